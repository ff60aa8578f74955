import { expect, type APIRequestContext } from '@playwright/test';
import { hiredAgo } from './dates';
import { ADMIN, apiToken, freshPerson } from './session';

export interface TeamMember {
  id: string;
  name: string;
  email: string;
  password: string;
}

export interface FreshTeam {
  department: { id: string; name: string };
  manager: TeamMember;
  staff: TeamMember[];
  /** With `admin`: an admin of the journey's own (in the team's department), for company settings it changes. */
  admin?: TeamMember;
}

const PASSWORD = 'a fresh team member passphrase';

/** "2026-Q4" for today, by the runner's calendar (the app's too in these runs). */
export function currentQuarter(today = new Date()): string {
  return `${today.getFullYear()}-Q${Math.floor(today.getMonth() / 3) + 1}`;
}

/**
 * A department of the journey's own, with a manager who manages it and `staff` people in it, each able to sign in
 * (invited and accepted through the API, as the admin would). Journeys that change people, budgets or a roster
 * change these instead of the shared demo company, so no journey depends on what another one left behind, and
 * each can run alone. With `admin`, the team has an admin of its own too. With `budget`, the manager has that many points this quarter; with `spent`, they have
 * already rewarded the first staff member that many of them.
 */
export async function freshTeam(
  request: APIRequestContext,
  label: string,
  options: { staff?: number; budget?: number; spent?: number; admin?: boolean } = {},
): Promise<FreshTeam> {
  const auth = { Authorization: `Bearer ${await apiToken(request, ADMIN.email)}` };
  const ok = async <T>(response: Promise<import('@playwright/test').APIResponse>, status: number): Promise<T> => {
    const answer = await response;
    expect(answer.status(), `${answer.url()}: ${await answer.text()}`).toBe(status);
    return (await answer.json()) as T;
  };
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  const department = await ok<{ id: string; name: string }>(request.post('/api/departments', { headers: auth, data: { name: `${label} ${stamp}` } }), 201);
  const member = async (role: 'manager' | 'staff' | 'admin', first: string): Promise<TeamMember> => {
    const person = freshPerson(first);
    const created = await ok<{ id: string }>(
      request.post('/api/employees', {
        headers: auth,
        data: {
          ...person,
          jobTitle: { manager: 'Team Lead', staff: 'Associate', admin: 'People Operations' }[role],
          departmentId: department.id,
          role,
          hiredOn: hiredAgo(2, 3),
        },
      }),
      201,
    );
    const invitation = await ok<{ url: string }>(request.post(`/api/employees/${created.id}/invitations`, { headers: auth }), 201);
    const token = invitation.url.split('/invite/')[1];
    expect((await request.post(`/api/invitations/${token}/accept`, { data: { password: PASSWORD } })).ok()).toBe(true);
    return { id: created.id, ...person, password: PASSWORD };
  };
  const manager = await member('manager', 'Mara');
  await ok(request.patch(`/api/departments/${department.id}`, { headers: auth, data: { managerIds: [manager.id] } }), 200);
  const staff: TeamMember[] = [];
  for (let i = 0; i < (options.staff ?? 1); i++) staff.push(await member('staff', ['Sam', 'Tess', 'Uma', 'Vic'][i % 4]));

  if (options.budget !== undefined) {
    await ok(request.put('/api/budgets', { headers: auth, data: { holderId: manager.id, quarter: currentQuarter(), points: options.budget } }), 200);
  }
  if (options.spent) {
    const managerAuth = { Authorization: `Bearer ${await apiToken(request, manager.email, manager.password)}` };
    await ok(
      request.post('/api/rewards', {
        headers: managerAuth,
        data: { recipientId: staff[0].id, kind: 'points', points: options.spent, citation: 'Covered every shift of the holiday rush.' },
      }),
      201,
    );
  }
  const admin = options.admin ? await member('admin', 'Ada') : undefined;
  return { department, manager, staff, ...(admin ? { admin } : {}) };
}
