/** Job kinds other features enqueue (through the global JobQueueService) for the emails this folder sends. */
export const NOTIFICATION_EMAIL_JOB = 'notification-email';
export const ENDORSEMENT_EMAIL_JOB = 'endorsement-email';
export const STORY_HIDDEN_EMAIL_JOB = 'story-hidden-email';
export const DAILY_EMAIL_DIGEST_JOB = 'daily-email-digest';
export const WEEKLY_DIGEST_JOB = 'weekly-manager-digest';
export const ANNIVERSARY_EMAILS_JOB = 'anniversary-emails';
