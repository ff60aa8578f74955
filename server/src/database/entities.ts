import { HelpdeskSource } from '../helpdesk/helpdesk-source.entity';
import { CustomerCompliment } from '../compliments/customer-compliment.entity';
import { ThankYouLink } from '../compliments/thank-you-link.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { LoginThrottle } from '../auth/login-throttle.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { DepartmentManager } from '../departments/department-manager.entity';
import { Department } from '../departments/department.entity';
import { Employee } from '../employees/employee.entity';
import { RosterVersion } from '../employees/roster-version.entity';
import { Endorsement } from '../endorsements/endorsement.entity';
import { Comment, CommentMention, CommentThanks } from '../comments/comment.entity';
import { RewardBudget } from '../budgets/reward-budget.entity';
import { Invitation } from '../invitations/invitation.entity';
import { QuickKudos } from '../kudos/quick-kudos.entity';
import { RecognitionTally } from '../leaderboards/recognition-tally.entity';
import { MailMessage } from '../mail/mail-message.entity';
import { PasswordResetToken } from '../password-reset/password-reset-token.entity';
import { EmailPreference } from '../email-preferences/email-preference.entity';
import { Notification } from '../notifications/notification.entity';
import { Reward } from '../rewards/reward.entity';
import { StoryHero } from '../stories/story-hero.entity';
import { StoryValue } from '../stories/story-value.entity';
import { Story } from '../stories/story.entity';
import { SlackChannelRoute } from '../slack/slack-channel-route.entity';
import { SlackInstallation } from '../slack/slack-installation.entity';
import { TeamsChannel } from '../teams/teams-channel.entity';
import { TeamsOutgoingWebhook } from '../teams/teams-outgoing-webhook.entity';
import { CompanyValue } from '../values/company-value.entity';
import { Badge } from '../badges/badge.entity';
import { ScimLink } from '../scim/scim-link.entity';
import { ScimToken } from '../scim/scim-token.entity';
import { SsoIdentity } from '../sso/sso-identity.entity';
import { SsoLoginAttempt } from '../sso/sso-login-attempt.entity';
import { SsoSettings } from '../sso/sso-settings.entity';
import { LanguageSettings } from '../languages/language-settings.entity';

import { CatalogueImage } from '../catalogue/catalogue-image.entity';
import { CatalogueItem } from '../catalogue/catalogue-item.entity';
import { PointsAccount } from '../points/points-account.entity';
import { PointsEntry } from '../points/points-entry.entity';
import { PointsSettings } from '../points/points-settings.entity';
import { Redemption } from '../redemptions/redemption.entity';
import { StoryReview } from '../review-queue/story-review.entity';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { WebhookSubscription } from '../webhooks/webhook-subscription.entity';

/** Every entity the DataSource knows; a new table starts here and in a generated migration. */
export const ENTITIES = [
  StoryReview,
  Department,
  DepartmentManager,
  Employee,
  RefreshToken,
  LoginThrottle,
  Invitation,
  AuditEntry,
  CompanyValue,
  Badge,
  Story,
  StoryHero,
  StoryValue,
  Endorsement,
  Comment,
  CommentMention,
  CommentThanks,
  QuickKudos,
  Notification,
  RewardBudget,
  Reward,
  RecognitionTally,
  RosterVersion,
  MailMessage,
  PasswordResetToken,
  EmailPreference,
  SsoSettings,
  LanguageSettings,
  SsoIdentity,
  SsoLoginAttempt,
  ScimToken,
  ScimLink,
  PointsAccount,
  PointsEntry,
  PointsSettings,
  CatalogueItem,
  CatalogueImage,
  Redemption,
  WebhookSubscription,
  WebhookDelivery,
  SlackInstallation,
  SlackChannelRoute,
  TeamsChannel,
  TeamsOutgoingWebhook,
  ThankYouLink,
  CustomerCompliment,
  HelpdeskSource,
];
