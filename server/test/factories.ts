import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { hashPassword } from '../src/auth/password-hasher';
import { EmployeeRole } from '../src/employees/employee.entity';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

export async function createDepartment(dataSource: DataSource, name = `Dept ${uniqueSuffix()}`): Promise<{ id: string; name: string }> {
  const [row] = await dataSource.query('INSERT INTO departments (name) VALUES ($1) RETURNING id, name', [name]);
  return row;
}

export interface TestEmployee {
  id: string;
  name: string;
  email: string;
  role: EmployeeRole;
  departmentId: string;
}

/** Inserts an employee who can sign in with TEST_PASSWORD (unless `withPassword` is false). */
export async function createEmployee(
  dataSource: DataSource,
  options: { departmentId: string; role?: EmployeeRole; name?: string; hiredOn?: string; leftOn?: string; manages?: string[]; withPassword?: boolean },
): Promise<TestEmployee> {
  const suffix = uniqueSuffix();
  const name = options.name ?? `Test Person ${suffix}`;
  const email = `person.${suffix}@heroics.test`;
  const role = options.role ?? 'staff';
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [row] = await dataSource.query(
    `INSERT INTO employees (name, email, job_title, department_id, role, hired_on, left_on, leave_reason, password_hash)
     VALUES ($1, $2, 'Associate', $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      name,
      email,
      options.departmentId,
      role,
      options.hiredOn ?? '2020-01-15',
      options.leftOn ?? null,
      options.leftOn ? 'voluntary' : null,
      options.withPassword === false ? null : await passwordHash,
    ],
  );
  for (const departmentId of options.manages ?? []) {
    await dataSource.query('INSERT INTO department_managers (department_id, employee_id) VALUES ($1, $2)', [departmentId, row.id]);
  }
  return { id: row.id, name, email, role, departmentId: options.departmentId };
}

export interface SignedIn {
  accessToken: string;
  refreshCookie: string;
  auth: { Authorization: string };
}

/**
 * A client IP of its own for each caller, so login throttling of one test never touches another
 * (the counters live in the shared database, so the address is random rather than counted per file).
 */
export function clientIp(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

export function refreshCookieOf(response: request.Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('heroics_refresh='));
  if (!cookie) throw new Error(`no refresh cookie in ${JSON.stringify(cookies)}`);
  return cookie.split(';')[0];
}

export async function signIn(http: ReturnType<typeof request>, email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const response = await http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email, password });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { accessToken: response.body.accessToken, refreshCookie: refreshCookieOf(response), auth: { Authorization: `Bearer ${response.body.accessToken}` } };
}

export async function createValue(dataSource: DataSource, name = `Value ${uniqueSuffix()}`, retired = false): Promise<{ id: string; name: string }> {
  const [row] = await dataSource.query('INSERT INTO company_values (name, retired_at) VALUES ($1, $2) RETURNING id, name', [name, retired ? new Date() : null]);
  return row;
}

export async function createBadge(
  dataSource: DataSource,
  { name = `Badge ${uniqueSuffix()}`, icon = 'star', retired = false }: { name?: string; icon?: string; retired?: boolean } = {},
): Promise<{ id: string; name: string; icon: string }> {
  const [row] = await dataSource.query('INSERT INTO badges (name, icon, retired_at) VALUES ($1, $2, $3) RETURNING id, name, icon', [
    name,
    icon,
    retired ? new Date() : null,
  ]);
  return row;
}

export function storyBody(heroIds: string[], valueIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    title: 'Found the parcel on the first call',
    heroIds,
    situation: 'A customer called: a birthday present showed as delivered but never arrived.',
    action: 'Stayed on the line and traced it with the courier.',
    impact: 'It arrived the same evening.',
    occurredOn: '2025-06-02',
    channel: 'phone',
    resolvedWithoutHandoff: true,
    customerQuote: 'One call. That was all it took.',
    valueIds,
    ...overrides,
  };
}

/** Sets a holder's budget for the quarter that starts on `quarterStart`, straight in the database. */
export async function setBudget(dataSource: DataSource, holderId: string, quarterStart: string, points: number, spent = 0): Promise<void> {
  await dataSource.query(
    `INSERT INTO reward_budgets (holder_id, quarter_start, points, spent) VALUES ($1, $2, $3, $4)
     ON CONFLICT ON CONSTRAINT uq_reward_budgets_holder_quarter DO UPDATE SET points = EXCLUDED.points, spent = EXCLUDED.spent`,
    [holderId, quarterStart, points, spent],
  );
}

/**
 * A published story told at `createdAt`, written straight into the tables (for data sets that need
 * history). Leaderboard tallies are not touched: add them through RecognitionTalliesService.
 */
export async function insertStory(
  dataSource: DataSource,
  options: { authorId: string; heroes: { id: string; departmentId: string }[]; createdAt: string; title?: string; endorsementCount?: number },
): Promise<string> {
  const [story] = await dataSource.query(
    `INSERT INTO stories (author_id, title, situation, action, impact, occurred_on, channel, resolved_without_handoff, created_at, endorsement_count)
     VALUES ($1, $2, 'A customer needed help.', 'The hero helped.', 'It ended well.', ($3::timestamptz)::date, 'phone', true, $3, $4) RETURNING id`,
    [options.authorId, options.title ?? `Story ${uniqueSuffix()}`, options.createdAt, options.endorsementCount ?? 0],
  );
  for (const hero of options.heroes) {
    await dataSource.query('INSERT INTO story_heroes (story_id, employee_id, department_id, story_created_at) VALUES ($1, $2, $3, $4)', [
      story.id,
      hero.id,
      hero.departmentId,
      options.createdAt,
    ]);
  }
  return story.id;
}

export async function insertEndorsement(dataSource: DataSource, storyId: string, endorserId: string, createdAt: string): Promise<void> {
  await dataSource.query('INSERT INTO endorsements (story_id, endorser_id, created_at) VALUES ($1, $2, $3)', [storyId, endorserId, createdAt]);
  await dataSource.query('UPDATE stories SET endorsement_count = endorsement_count + 1 WHERE id = $1', [storyId]);
}

/**
 * A customer compliment as the thanks page and a manager's review leave it (written directly, without the page's
 * proof of work): `createdAt` is when the customer sent it, `reviewedAt` when a manager made it a story.
 */
export async function insertCustomerCompliment(
  dataSource: DataSource,
  options: {
    departmentId: string;
    employeeId?: string | null;
    createdAt: string;
    status?: 'new' | 'published' | 'discarded';
    reviewedAt?: string | null;
    storyId?: string | null;
    emailConfirmed?: boolean;
  },
): Promise<string> {
  const suffix = uniqueSuffix();
  const [row] = await dataSource.query(
    `INSERT INTO customer_compliments (link_id, employee_id, department_id, what_happened, how_it_ended, consent_to_quote, client_hash, text_hash,
                                       status, reviewed_at, story_id, email_confirmed_at, created_at)
     VALUES (gen_random_uuid(), $1, $2, 'She found my lost order.', 'I left happy.', true, md5($3) || md5($3), md5($3 || 't') || md5($3 || 't'),
             $4, $5, $6, CASE WHEN $7 THEN $8::timestamptz END, $8) RETURNING id`,
    [
      options.employeeId ?? null,
      options.departmentId,
      suffix,
      options.status ?? 'new',
      options.reviewedAt ?? null,
      options.storyId ?? null,
      options.emailConfirmed ?? false,
      options.createdAt,
    ],
  );
  return row.id;
}
