export type Role = 'staff' | 'manager' | 'admin';
export const EVERYONE: Role[] = ['staff', 'manager', 'admin'];

/**
 * Who may call each route. Every operation in the OpenAPI document must have a rule here, so a new route
 * without a decision about access fails the API5 part of owasp-top-10.api-spec.ts.
 */
export const ACCESS_RULES: Record<string, { public: true; anonymousStatus?: number; signedBy?: 'slack' | 'teams' } | { roles: Role[] } | { scim: true }> = {
  'GET /api/health': { public: true },
  'GET /api/config': { public: true },
  'POST /api/auth/login': { public: true },
  'POST /api/auth/refresh': { public: true, anonymousStatus: 401 },
  'POST /api/auth/logout': { public: true },
  'GET /api/me': { roles: EVERYONE },
  'POST /api/me/password': { roles: EVERYONE },
  'GET /api/employees': { roles: EVERYONE },
  'GET /api/employees/{id}': { roles: EVERYONE },
  'POST /api/employees': { roles: ['admin'] },
  'PATCH /api/employees/{id}': { roles: ['manager', 'admin'] },
  'POST /api/employees/{id}/departure': { roles: ['manager', 'admin'] },
  'POST /api/employees/import': { roles: ['admin'] },
  'GET /api/employees/export': { roles: ['admin'] },
  'POST /api/employees/{id}/invitations': { roles: ['admin'] },
  'POST /api/invitations/bulk': { roles: ['admin'] },
  'GET /api/invitations/{token}': { public: true },
  'POST /api/password-resets': { public: true },
  'POST /api/password-resets/complete': { public: true },
  'GET /api/jobs': { roles: ['admin'] },
  'GET /api/jobs/failed': { roles: ['admin'] },
  'POST /api/jobs/scheduled/{kind}/run': { roles: ['admin'] },
  'GET /api/me/email-preferences': { roles: EVERYONE },
  'PUT /api/me/email-preferences': { roles: EVERYONE },
  'POST /api/email-preferences/unsubscribe': { public: true },
  'POST /api/jobs/failed/{id}/retry': { roles: ['admin'] },
  'DELETE /api/jobs/failed/{id}': { roles: ['admin'] },
  'GET /api/outbox': { roles: ['admin'] },
  'GET /api/audit': { roles: ['admin'] },
  'GET /api/audit/actions': { roles: ['admin'] },
  'GET /api/audit/export': { roles: ['admin'] },
  'POST /api/invitations/{token}/accept': { public: true },
  'GET /api/departments': { roles: EVERYONE },
  'GET /api/departments/{id}': { roles: EVERYONE },
  'POST /api/departments': { roles: ['admin'] },
  'PATCH /api/departments/{id}': { roles: ['admin'] },
  'GET /api/values': { roles: EVERYONE },
  'POST /api/values': { roles: ['admin'] },
  'PATCH /api/values/{id}': { roles: ['admin'] },
  'POST /api/stories': { roles: EVERYONE },
  'GET /api/stories/{id}': { roles: EVERYONE },
  'PATCH /api/stories/{id}': { roles: EVERYONE },
  'DELETE /api/stories/{id}': { roles: EVERYONE },
  'POST /api/stories/{id}/hide': { roles: ['manager', 'admin'] },
  'POST /api/stories/{id}/unhide': { roles: ['manager', 'admin'] },
  'POST /api/stories/{id}/feature': { roles: ['manager', 'admin'] },
  'DELETE /api/stories/{id}/feature': { roles: ['manager', 'admin'] },
  'GET /api/employees/{id}/recognition': { roles: EVERYONE },
  'GET /api/stories/{id}/endorsements': { roles: EVERYONE },
  'POST /api/stories/{id}/endorsements': { roles: EVERYONE },
  'DELETE /api/stories/{id}/endorsements/mine': { roles: EVERYONE },
  'GET /api/feed': { roles: EVERYONE },
  'GET /api/feed/huddle': { roles: EVERYONE },
  'GET /api/search': { roles: EVERYONE },
  'GET /api/notifications': { roles: EVERYONE },
  'GET /api/notifications/unread-count': { roles: EVERYONE },
  'POST /api/notifications/read': { roles: EVERYONE },
  'GET /api/reports/tenure': { roles: ['manager', 'admin'] },
  'GET /api/reports/retention': { roles: ['manager', 'admin'] },
  'GET /api/reports/recognition-retention': { roles: ['manager', 'admin'] },
  'GET /api/reports/recognition-coverage': { roles: ['manager', 'admin'] },
  'GET /api/reports/empowerment': { roles: ['manager', 'admin'] },
  'GET /api/budgets/mine': { roles: ['manager', 'admin'] },
  'GET /api/budgets': { roles: ['admin'] },
  'PUT /api/budgets': { roles: ['admin'] },
  'POST /api/budgets/top-ups': { roles: ['admin'] },
  'POST /api/rewards': { roles: ['manager', 'admin'] },
  'GET /api/rewards': { roles: EVERYONE },
  'GET /api/rewards/champions': { roles: EVERYONE },
  'GET /api/rewards/{id}': { roles: EVERYONE },
  'POST /api/rewards/{id}/revoke': { roles: ['manager', 'admin'] },
  'GET /api/review-queue': { roles: ['manager', 'admin'] },
  'PUT /api/review-queue/{id}/reviewed': { roles: ['manager', 'admin'] },
  'DELETE /api/review-queue/{id}/reviewed': { roles: ['manager', 'admin'] },
  'GET /api/leaderboards': { roles: EVERYONE },
  'GET /api/champions/unrecognised': { roles: ['manager', 'admin'] },
  'GET /api/fairness': { roles: ['admin'] },
  'GET /api/sso/provider': { public: true },
  'GET /api/sso/login': { public: true },
  'GET /api/sso/callback': { public: true },
  'POST /api/sso/backchannel-logout': { public: true },
  'POST /api/sso/logout': { public: true },
  'GET /api/sso/settings': { roles: ['admin'] },
  'PUT /api/sso/settings': { roles: ['admin'] },
  'GET /api/scim-tokens': { roles: ['admin'] },
  'POST /api/scim-tokens': { roles: ['admin'] },
  'DELETE /api/scim-tokens/{id}': { roles: ['admin'] },
  // SCIM takes SCIM tokens only: a person's session is refused (401) whatever their role.
  'GET /scim/v2/ServiceProviderConfig': { scim: true },
  'GET /scim/v2/ResourceTypes': { scim: true },
  'GET /scim/v2/Schemas': { scim: true },
  'GET /scim/v2/Users': { scim: true },
  'POST /scim/v2/Users': { scim: true },
  'GET /scim/v2/Users/{id}': { scim: true },
  'PUT /scim/v2/Users/{id}': { scim: true },
  'PATCH /scim/v2/Users/{id}': { scim: true },
  'DELETE /scim/v2/Users/{id}': { scim: true },
  'GET /scim/v2/Groups': { scim: true },
  'POST /scim/v2/Groups': { scim: true },
  'GET /scim/v2/Groups/{id}': { scim: true },
  'PATCH /scim/v2/Groups/{id}': { scim: true },
  // Points: your own for everyone (others' for their managers and admins, checked per person: 403 points_not_visible).
  'GET /api/points': { roles: EVERYONE },
  'GET /api/points/ledger': { roles: EVERYONE },
  'GET /api/points/settings': { roles: EVERYONE },
  'PUT /api/points/settings': { roles: ['admin'] },
  'GET /api/catalogue': { roles: EVERYONE },
  'POST /api/catalogue': { roles: ['admin'] },
  'GET /api/catalogue/{id}': { roles: EVERYONE },
  'PATCH /api/catalogue/{id}': { roles: ['admin'] },
  'PUT /api/catalogue/{id}/image': { roles: ['admin'] },
  // Pictures load in <img>, which sends no bearer token; an unknown id is a 404.
  'GET /api/catalogue/images/{id}': { public: true },
  'POST /api/redemptions': { roles: EVERYONE },
  'POST /api/redemptions/custom': { roles: EVERYONE },
  'GET /api/redemptions/mine': { roles: EVERYONE },
  'GET /api/redemptions': { roles: ['admin'] },
  'GET /api/redemptions/export': { roles: ['admin'] },
  'GET /api/redemptions/{id}': { roles: EVERYONE },
  'POST /api/redemptions/{id}/fulfil': { roles: ['admin'] },
  'POST /api/redemptions/{id}/decline': { roles: ['admin'] },
  'POST /api/redemptions/{id}/code': { roles: EVERYONE },
  'GET /api/webhooks': { roles: ['admin'] },
  'POST /api/webhooks': { roles: ['admin'] },
  'PATCH /api/webhooks/{id}': { roles: ['admin'] },
  'DELETE /api/webhooks/{id}': { roles: ['admin'] },
  'GET /api/webhooks/{id}/deliveries': { roles: ['admin'] },
  'POST /api/webhooks/{id}/deliveries/{deliveryId}/redeliver': { roles: ['admin'] },
  'GET /api/slack': { roles: ['admin'] },
  'GET /api/slack/manifest': { roles: ['admin'] },
  'PUT /api/slack': { roles: ['admin'] },
  'DELETE /api/slack': { roles: ['admin'] },
  'POST /api/slack/routes': { roles: ['admin'] },
  'DELETE /api/slack/routes/{id}': { roles: ['admin'] },
  // Called by Slack or Teams, not by people: the platform's signature over the raw body is the access check.
  'POST /api/integrations/slack/commands': { public: true, anonymousStatus: 401, signedBy: 'slack' },
  'POST /api/integrations/slack/interactions': { public: true, anonymousStatus: 401, signedBy: 'slack' },
  'GET /api/teams': { roles: ['admin'] },
  'POST /api/teams/channels': { roles: ['admin'] },
  'DELETE /api/teams/channels/{id}': { roles: ['admin'] },
  'POST /api/teams/outgoing-webhooks': { roles: ['admin'] },
  'DELETE /api/teams/outgoing-webhooks/{id}': { roles: ['admin'] },
  'POST /api/integrations/teams/outgoing': { public: true, anonymousStatus: 401, signedBy: 'teams' },
};

/**
 * Who an actor is to the person a route acts on. A manager's department holds, besides the manager: a staff
 * member (`staff below`), a staff member who has left (`leaver below`), another manager and an admin.
 * `self (upper-case id)` names the actor by their own id in upper case, which must change nothing.
 */
export type Target = 'staff below' | 'leaver below' | 'manager in department' | 'admin in department' | 'self' | 'self (upper-case id)';

export interface TargetRule {
  route: 'PATCH /api/employees/{id}' | 'POST /api/employees/{id}/departure';
  actor: 'manager' | 'admin';
  target: Target;
  /** The body; `$self` is replaced by the actor's own id in upper case. */
  body: Record<string, unknown>;
  status: number;
}

const RENAME = { name: 'Renamed By Someone Else' };
const LEAVE = { leftOn: '2025-06-30', reason: 'voluntary' };

/**
 * The route × role × target matrix: the rows the role-only table above cannot say. A manager acts only on staff
 * below them, never on an admin, another manager or themselves; self-edits are an admin's; a leaver's hire date
 * is an admin's. Run by owasp-top-10.api-spec.ts (API1), which also checks that a refused row changed nothing.
 */
export const TARGET_RULES: TargetRule[] = [
  { route: 'PATCH /api/employees/{id}', actor: 'manager', target: 'staff below', body: RENAME, status: 200 },
  { route: 'POST /api/employees/{id}/departure', actor: 'manager', target: 'staff below', body: LEAVE, status: 200 },
  { route: 'PATCH /api/employees/{id}', actor: 'manager', target: 'admin in department', body: RENAME, status: 403 },
  { route: 'PATCH /api/employees/{id}', actor: 'manager', target: 'admin in department', body: { email: 'takeover@heroics.test' }, status: 403 },
  { route: 'POST /api/employees/{id}/departure', actor: 'manager', target: 'admin in department', body: LEAVE, status: 403 },
  { route: 'PATCH /api/employees/{id}', actor: 'manager', target: 'manager in department', body: RENAME, status: 403 },
  { route: 'PATCH /api/employees/{id}', actor: 'manager', target: 'manager in department', body: { email: 'takeover2@heroics.test' }, status: 403 },
  { route: 'POST /api/employees/{id}/departure', actor: 'manager', target: 'manager in department', body: LEAVE, status: 403 },
  { route: 'PATCH /api/employees/{id}', actor: 'manager', target: 'self', body: { hiredOn: '2001-01-01' }, status: 403 },
  { route: 'PATCH /api/employees/{id}', actor: 'manager', target: 'self', body: { managerId: null }, status: 403 },
  { route: 'PATCH /api/employees/{id}', actor: 'manager', target: 'self', body: { jobTitle: 'Chief Everything' }, status: 403 },
  { route: 'PATCH /api/employees/{id}', actor: 'manager', target: 'self', body: RENAME, status: 403 },
  { route: 'POST /api/employees/{id}/departure', actor: 'manager', target: 'self', body: LEAVE, status: 403 },
  { route: 'PATCH /api/employees/{id}', actor: 'manager', target: 'self (upper-case id)', body: { hiredOn: '2001-01-01' }, status: 403 },
  { route: 'POST /api/employees/{id}/departure', actor: 'manager', target: 'self (upper-case id)', body: LEAVE, status: 403 },
  { route: 'PATCH /api/employees/{id}', actor: 'manager', target: 'staff below', body: { managerId: '$self' }, status: 200 },
  { route: 'PATCH /api/employees/{id}', actor: 'manager', target: 'leaver below', body: { hiredOn: '2019-01-01' }, status: 403 },
  { route: 'PATCH /api/employees/{id}', actor: 'admin', target: 'leaver below', body: { hiredOn: '2019-01-01' }, status: 200 },
  { route: 'PATCH /api/employees/{id}', actor: 'admin', target: 'self', body: { role: 'staff' }, status: 403 },
  { route: 'PATCH /api/employees/{id}', actor: 'admin', target: 'self (upper-case id)', body: { managerId: '$self' }, status: 422 },
  { route: 'POST /api/employees/{id}/departure', actor: 'admin', target: 'self (upper-case id)', body: LEAVE, status: 403 },
  { route: 'PATCH /api/employees/{id}', actor: 'admin', target: 'manager in department', body: RENAME, status: 200 },
];
