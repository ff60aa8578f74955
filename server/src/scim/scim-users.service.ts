import { Inject, Injectable } from '@nestjs/common';
import { todayIn } from '../common/calendar';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DepartmentsService } from '../departments/departments.service';
import { EmployeesService } from '../employees/employees.service';
import { ProvisioningSource } from '../employees/roster-actor';
import { ScimErrors } from './scim.errors';
import { ScimRepository, ScimUserRow } from './scim.repository';
import { ScimCaller } from './scim-tokens.service';
import { applyPatch, emailOf, ENTERPRISE_SCHEMA, fullName, LIST_SCHEMA, parseFilter, ScimUserState, stateFromResource, USER_SCHEMA } from './scim-user.mapper';

/** SCIM's startIndex/count is its protocol's paging; it is kept bounded so no request walks a large table. */
export const MAX_COUNT = 200;
export const MAX_START_INDEX = 10_000;
const DEFAULT_DEPARTMENT = 'Unassigned';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function paging(startIndex?: string, count?: string): { offset: number; count: number; startIndex: number } {
  const start = startIndex && /^\d{1,9}$/.test(startIndex) ? Math.max(1, Number(startIndex)) : 1;
  const size = count && /^\d{1,9}$/.test(count) ? Math.min(MAX_COUNT, Number(count)) : 100;
  if (start > MAX_START_INDEX) throw ScimErrors.tooMany();
  return { offset: start - 1, count: size, startIndex: start };
}

const sourceOf = (caller: ScimCaller): ProvisioningSource => ({ provisioner: 'scim', tokenId: caller.tokenId, tokenName: caller.tokenName });

@Injectable()
export class ScimUsersService {
  constructor(
    private readonly repository: ScimRepository,
    private readonly employees: EmployeesService,
    private readonly departments: DepartmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(base: string, id: string): Promise<Record<string, unknown>> {
    return toResource(await this.load(id), base);
  }

  async list(base: string, query: { filter?: string; startIndex?: string; count?: string }) {
    const filter = parseFilter(query.filter, ['userName', 'externalId']);
    const page = paging(query.startIndex, query.count);
    const { rows, total } = await this.repository.users(filter ? { [filter.attribute]: filter.value } : {}, page.offset, page.count);
    return {
      schemas: [LIST_SCHEMA],
      totalResults: total,
      startIndex: page.startIndex,
      itemsPerPage: rows.length,
      Resources: rows.map((r) => toResource(r, base)),
    };
  }

  async create(caller: ScimCaller, base: string, body: unknown): Promise<Record<string, unknown>> {
    const state = stateFromResource(body);
    const email = this.validEmail(state);
    if ((await this.repository.users({ userName: email }, 0, 0)).total > 0) throw ScimErrors.uniqueness();
    if (state.externalId && (await this.repository.externalIdTaken(state.externalId))) throw ScimErrors.uniqueness();
    const source = sourceOf(caller);
    const departmentId = await this.departments.findOrCreateByName(source, state.department ?? DEFAULT_DEPARTMENT);
    const managerId = state.managerId && (await this.isManager(state.managerId)) ? state.managerId : null;
    const created = await this.employees.create(
      source,
      { name: fullName(state), email, jobTitle: state.title.slice(0, 120), departmentId, managerId, role: 'staff', hiredOn: this.today() },
      (manager, id) => this.repository.link(id, state.externalId, caller.tokenId, manager),
    );
    if (!state.active) await this.employees.recordDeparture(source, created.id, { leftOn: this.today(), reason: 'other' });
    return this.get(base, created.id);
  }

  async replace(caller: ScimCaller, base: string, id: string, body: unknown): Promise<Record<string, unknown>> {
    const current = await this.load(id);
    return this.apply(caller, base, current, stateFromResource(body));
  }

  async patch(caller: ScimCaller, base: string, id: string, body: unknown): Promise<Record<string, unknown>> {
    const current = await this.load(id);
    return this.apply(caller, base, current, applyPatch(toState(current), body));
  }

  /** Heroics never deletes a person's history: a DELETE records the departure, as `active: false` does. */
  async remove(caller: ScimCaller, id: string): Promise<void> {
    const current = await this.load(id);
    await this.repository.link(id, current.externalId, caller.tokenId);
    if (!current.leftOn) await this.employees.recordDeparture(sourceOf(caller), id, { leftOn: this.today(), reason: 'other' });
  }

  private async apply(caller: ScimCaller, base: string, current: ScimUserRow, next: ScimUserState): Promise<Record<string, unknown>> {
    const source = sourceOf(caller);
    const email = this.validEmail(next);
    if (email !== current.email && (await this.repository.users({ userName: email }, 0, 0)).total > 0) throw ScimErrors.uniqueness();
    if (next.externalId && next.externalId !== current.externalId && (await this.repository.externalIdTaken(next.externalId, current.id)))
      throw ScimErrors.uniqueness();
    await this.repository.link(current.id, next.externalId, caller.tokenId);
    const departmentId =
      next.department && next.department.toLowerCase() !== current.departmentName.toLowerCase()
        ? await this.departments.findOrCreateByName(source, next.department.slice(0, 80))
        : current.departmentId;
    const managerId =
      next.managerId && next.managerId !== current.id && (await this.isManager(next.managerId)) ? next.managerId : next.managerId ? current.managerId : null;
    await this.employees.update(source, current.id, { name: fullName(next), email, jobTitle: next.title.slice(0, 120), departmentId, managerId });
    const wasActive = current.leftOn === null;
    if (wasActive && !next.active) await this.employees.recordDeparture(source, current.id, { leftOn: this.today(), reason: 'other' });
    if (!wasActive && next.active) await this.employees.reinstate(source, current.id);
    return this.get(base, current.id);
  }

  private async isManager(id: string): Promise<boolean> {
    return /^[0-9a-f-]{36}$/i.test(id) && this.repository.isCurrentEmployee(id);
  }

  private validEmail(state: ScimUserState): string {
    const email = emailOf(state);
    if (!EMAIL.test(email) || email.length > 254) throw ScimErrors.invalidValue('userName (or the primary email) must be an email address.');
    return email;
  }

  private async load(id: string): Promise<ScimUserRow> {
    const row = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? await this.repository.user(id) : null;
    if (!row) throw ScimErrors.notFound('User');
    return row;
  }

  private today(): string {
    return todayIn(this.config.companyTimeZone);
  }
}

function toState(row: ScimUserRow): ScimUserState {
  const [givenName, ...rest] = row.name.split(' ');
  return {
    userName: row.email,
    externalId: row.externalId,
    displayName: row.name,
    givenName,
    familyName: rest.join(' '),
    email: row.email,
    title: row.jobTitle,
    active: row.leftOn === null,
    department: row.departmentName,
    managerId: row.managerId,
  };
}

export function toResource(row: ScimUserRow, base: string): Record<string, unknown> {
  const state = toState(row);
  return {
    schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    userName: row.email,
    name: { formatted: row.name, givenName: state.givenName, familyName: state.familyName },
    displayName: row.name,
    title: row.jobTitle,
    active: row.leftOn === null,
    emails: [{ value: row.email, type: 'work', primary: true }],
    [ENTERPRISE_SCHEMA]: {
      department: row.departmentName,
      ...(row.managerId ? { manager: { value: row.managerId, $ref: `${base}/Users/${row.managerId}` } } : {}),
    },
    meta: {
      resourceType: 'User',
      created: new Date(row.createdAt).toISOString(),
      lastModified: new Date(row.updatedAt).toISOString(),
      location: `${base}/Users/${row.id}`,
    },
  };
}
