import { AuditEntry } from '../audit/audit-entry.entity';
import { LoginThrottle } from '../auth/login-throttle.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { DepartmentManager } from '../departments/department-manager.entity';
import { Department } from '../departments/department.entity';
import { Employee } from '../employees/employee.entity';
import { Endorsement } from '../endorsements/endorsement.entity';
import { RewardBudget } from '../budgets/reward-budget.entity';
import { Invitation } from '../invitations/invitation.entity';
import { RecognitionTally } from '../leaderboards/recognition-tally.entity';
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
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { WebhookSubscription } from '../webhooks/webhook-subscription.entity';

/** Every entity the DataSource knows; a new table starts here and in a generated migration. */
export const ENTITIES = [Department, DepartmentManager, Employee, RefreshToken, LoginThrottle, Invitation, AuditEntry, CompanyValue, Story, StoryHero, StoryValue, Endorsement, Notification, RewardBudget, Reward, RecognitionTally, WebhookSubscription, WebhookDelivery, SlackInstallation, SlackChannelRoute, TeamsChannel, TeamsOutgoingWebhook];
