import type { EntityManager } from 'typeorm';
/** What other systems can be told about. Webhook subscribers choose among these; Slack and Teams post a subset. */
export const INTEGRATION_EVENT_TYPES = [
  'story.published',
  'story.featured',
  'endorsement.created',
  'reward.given',
  'reward.revoked',
  'employee.departed',
] as const;
export type IntegrationEventType = (typeof INTEGRATION_EVENT_TYPES)[number];

/** What a publishing feature says happened: ids only, read into a snapshot when the event is fanned out. */
export interface IntegrationEventSubject {
  storyId?: string;
  rewardId?: string;
  employeeId?: string;
  endorserId?: string;
}

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

export interface StorySnapshot {
  id: string;
  title: string;
  situation: string;
  action: string;
  impact: string;
  customerQuote: string | null;
  occurredOn: string;
  channel: string;
  resolvedWithoutHandoff: boolean;
  featured: boolean;
  endorsementCount: number;
  url: string;
  author: PersonRef;
  heroes: PersonRef[];
  values: string[];
  departmentIds: string[];
}

/** The body every webhook receives, and what Slack and Teams messages are built from. */
export interface IntegrationEvent {
  id: string;
  type: IntegrationEventType;
  createdAt: string;
  data: {
    story?: StorySnapshot;
    endorsement?: { endorser: PersonRef; comment: string | null };
    reward?: {
      id: string;
      kind: string;
      points: number;
      citation: string;
      championPeriod: string | null;
      periodStart: string | null;
      recipient: PersonRef;
      giver: PersonRef;
      departmentId: string;
      revoked: boolean;
    };
    employee?: PersonRef & { departmentId: string; leftOn: string | null; leaveReason: string | null };
  };
  /** The departments the event concerns, for routing to department channels (not part of the webhook body). */
  departmentIds: string[];
}

/** A destination kind (webhooks, Slack, Teams). It queues its own deliveries, so each is retried on its own. */
export interface IntegrationEventSink {
  name: string;
  /** Whether any destination of this kind is configured: when none is, nothing is queued for a change. */
  configured(manager: EntityManager): Promise<boolean>;
  accept(event: IntegrationEvent): Promise<void>;
}
