/**
 * The audit log in words: every action kind the services record, with the sentence an admin reads for it, and the
 * kinds of record an entry is about. A new `audit.record(...)` action belongs here too (the policy spec checks that
 * every action the code records has a sentence).
 */
export const AUDIT_ACTION_LABELS = {
  'badge.created': 'Added a badge',
  'badge.updated': 'Edited a badge',
  'badge.retired': 'Retired a badge',
  'badge.restored': 'Brought back a retired badge',
  'budget.set': 'Set a quarterly reward budget',
  'budget.topped_up': 'Topped up a quarterly reward budget',
  'catalogue.item_created': 'Added a reward to the catalogue',
  'catalogue.item_changed': 'Changed a catalogue reward',
  'catalogue.image_set': 'Changed the picture of a catalogue reward',
  'department.created': 'Created a department',
  'department.renamed': 'Renamed a department',
  'department.managers_changed': 'Changed who manages a department',
  'compliment.confirmed': 'Confirmed a customer compliment as a hero story',
  'compliment.discarded': 'Discarded a customer compliment',
  'compliment.merged': 'Added a customer compliment to an existing hero story',
  'thank_you_link.enabled': 'Turned on a thank-you link for customers',
  'thank_you_link.revoked': 'Turned off a thank-you link for customers',
  'employee.created': 'Added a person to the roster',
  'employee.updated': 'Edited a person’s details',
  'employee.role_changed': 'Changed a person’s role',
  'employee.department_changed': 'Moved a person to another department',
  'employee.leaver_hire_date_changed': 'Corrected the hire date of a person who left',
  'employee.departed': 'Recorded a departure',
  'employee.reinstated': 'Reinstated a person who had left',
  'employee.leaving_date_set': 'Recorded a leaving date still to come',
  'employee.leaving_date_cancelled': 'Called off a leaving date',
  'employee.departure_undone': 'Undid a departure recorded by mistake',
  'employee.invited': 'Sent an invitation to set a password',
  'employee.password_set': 'Set a password from an invitation',
  'employee.password_changed': 'Changed their password',
  'employee.password_reset': 'Reset a forgotten password',
  'employee.sign_in_locked': 'Locked sign-in after repeated wrong passwords',
  'kudos.given': 'Gave quick kudos',
  'kudos.deleted': 'Removed quick kudos',
  'comment.removed': 'Removed someone’s comment on a story',
  'points.settings_changed': 'Changed the points settings',
  'points.expired': 'Expired unspent points',
  'redemption.requested': 'Requested a redemption',
  'redemption.fulfilled': 'Fulfilled a redemption',
  'redemption.declined': 'Declined a redemption',
  'redemption.code_revealed': 'Revealed a redemption code',
  'helpdesk_source.created': 'Connected a helpdesk',
  'helpdesk_source.secret_rotated': 'Rotated a helpdesk’s secret',
  'helpdesk_source.deleted': 'Removed a helpdesk',
  'redemption.gift_given': 'Gave a catalogue item as a gift',
  'redemption.gift_withdrawn': 'Took back a gift not yet handed over (its reward was revoked)',
  'reward.given': 'Gave a reward',
  'reward.revoked': 'Revoked a reward',
  'roster.imported': 'Imported the roster from a CSV file',
  'scim_token.created': 'Created a provisioning (SCIM) token',
  'scim_token.revoked': 'Revoked a provisioning (SCIM) token',
  'slack.connected': 'Connected Slack',
  'slack.disconnected': 'Disconnected Slack',
  'slack.route_added': 'Added a Slack channel',
  'slack.route_removed': 'Removed a Slack channel',
  'teams.channel_added': 'Added a Microsoft Teams channel',
  'teams.channel_removed': 'Removed a Microsoft Teams channel',
  'teams.outgoing_webhook_added': 'Added a Microsoft Teams outgoing webhook',
  'teams.outgoing_webhook_removed': 'Removed a Microsoft Teams outgoing webhook',
  'sso.settings_changed': 'Changed the single sign-on settings',
  'story.deleted': 'Deleted a story',
  'story.hidden': 'Hid a story',
  'story.unhidden': 'Published a hidden story again',
  'story.featured': 'Featured a story',
  'story.unfeatured': 'Stopped featuring a story',
  'value.created': 'Added a company value',
  'value.updated': 'Edited a company value',
  'value.retired': 'Retired a company value',
  'value.restored': 'Restored a retired company value',
  'webhook.created': 'Added a webhook',
  'webhook.updated': 'Changed a webhook',
  'webhook.deleted': 'Deleted a webhook',
  'webhook.paused': 'Paused a webhook after repeated failures',
  'webhook.redelivered': 'Redelivered a webhook event',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export const AUDIT_SUBJECT_LABELS = {
  employee: 'Person',
  department: 'Department',
  story: 'Story',
  reward: 'Reward',
  company_value: 'Company value',
  badge: 'Badge',
  catalogue_item: 'Catalogue reward',
  redemption: 'Redemption',
  roster_import: 'Roster import',
  scim_token: 'SCIM token',
  slack: 'Slack',
  teams: 'Microsoft Teams',
  sso_settings: 'Single sign-on',
  webhook_subscription: 'Webhook',
  webhook_delivery: 'Webhook delivery',
  customer_compliment: 'Customer compliment',
  thank_you_link: 'Thank-you link',
  quick_kudos: 'Quick kudos',
  comment: 'Comment',
  helpdesk_source: 'Helpdesk',
} as const;

export type AuditSubjectType = keyof typeof AUDIT_SUBJECT_LABELS;
export const AUDIT_SUBJECT_TYPES = Object.keys(AUDIT_SUBJECT_LABELS) as AuditSubjectType[];

/** The sentence for an action; an action recorded before this list knew it reads as its code. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
}

export function auditSubjectLabel(subjectType: string): string {
  return (AUDIT_SUBJECT_LABELS as Record<string, string>)[subjectType] ?? subjectType;
}

/**
 * Who did it, in words: the person, or, for entries without one, the identity provider that provisioned the change
 * (its name kept in the entry) or Heroics itself (expiry, sign-in protection).
 */
export function auditActorName(actorName: string | null, after: Record<string, unknown> | null): string {
  if (actorName) return actorName;
  const via = after?.via as { provisioner?: unknown } | undefined;
  if (via && typeof via.provisioner === 'string') return `Identity provider (${via.provisioner})`;
  return 'Heroics (automatic)';
}

/** Most rows one export may hold: a larger one is refused with a request to narrow the dates. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

/** The listing counts matches up to this many; beyond it the page says "more than". */
export const AUDIT_COUNT_CAP = 1_000;

/** Keys of recorded values that are secrets (a webhook's own signing secret, a token): the viewer never shows them. */
const SECRET_KEY = /secret|password|passwordhash|^token$|^code$|^key$|encrypted/i;

/** The recorded values with any secret replaced, at every depth. */
export function redactAuditValues(values: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!values) return values;
  const redact = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(redact)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) && typeof inner !== 'boolean' ? '[redacted]' : redact(inner)]),
          )
        : value;
  return redact(values) as Record<string, unknown>;
}

/** One row per recorded field, its value before and after as text (JSON for anything but a string). */
export function auditChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): { field: string; before: string | null; after: string | null }[] {
  const text = (value: unknown) => (value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value));
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => ({ field, before: text(before?.[field]), after: text(after?.[field]) }));
}

/** The changes as one line for a spreadsheet cell: "points: 1000 → 1250; note: Holiday rush". */
export function auditChangesLine(changes: { field: string; before: string | null; after: string | null }[]): string {
  return changes
    .map((c) => (c.before === null ? `${c.field}: ${c.after}` : c.after === null ? `${c.field}: was ${c.before}` : `${c.field}: ${c.before} → ${c.after}`))
    .join('; ');
}
