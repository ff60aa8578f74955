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
    [name, email, options.departmentId, role, options.hiredOn ?? '2020-01-15', options.leftOn ?? null, options.leftOn ? 'voluntary' : null, options.withPassword === false ? null : await passwordHash],
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
