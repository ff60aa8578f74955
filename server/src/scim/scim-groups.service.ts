import { Injectable } from '@nestjs/common';
import { DepartmentsService } from '../departments/departments.service';
import { EmployeesService } from '../employees/employees.service';
import { ScimErrors } from './scim.errors';
import { ScimRepository } from './scim.repository';
import { ScimCaller } from './scim-tokens.service';
import { paging } from './scim-users.service';
import { GROUP_SCHEMA, LIST_SCHEMA, parseFilter } from './scim-user.mapper';

const MEMBERS_SHOWN = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * SCIM Groups are Heroics departments. Adding a member moves that person into the department; removing a member
 * leaves them where they are (everyone belongs to a department) until the provider adds them to another group.
 */
@Injectable()
export class ScimGroupsService {
  constructor(
    private readonly repository: ScimRepository,
    private readonly departments: DepartmentsService,
    private readonly employees: EmployeesService,
  ) {}

  async list(base: string, query: { filter?: string; startIndex?: string; count?: string; excludedAttributes?: string }) {
    const filter = parseFilter(query.filter, ['displayName']);
    const page = paging(query.startIndex, query.count);
    const { rows, total } = await this.repository.groups(filter ? { displayName: filter.value } : {}, page.offset, page.count);
    const withMembers = !/members/i.test(query.excludedAttributes ?? '');
    const Resources = await Promise.all(rows.map((row) => this.resource(base, row, withMembers)));
    return { schemas: [LIST_SCHEMA], totalResults: total, startIndex: page.startIndex, itemsPerPage: rows.length, Resources };
  }

  async get(base: string, id: string, excludedAttributes?: string) {
    return this.resource(base, await this.load(id), !/members/i.test(excludedAttributes ?? ''));
  }

  async create(caller: ScimCaller, base: string, body: unknown) {
    if (!isObject(body) || typeof body.displayName !== 'string' || !body.displayName.trim()) throw ScimErrors.invalidValue('displayName is required.');
    const name = body.displayName.trim().slice(0, 80);
    const id = await this.departments.findOrCreateByName(source(caller), name);
    await this.addMembers(caller, id, body.members);
    return this.get(base, id);
  }

  async patch(caller: ScimCaller, base: string, id: string, body: unknown) {
    await this.load(id);
    const operations = isObject(body) ? (body.Operations ?? body.operations) : undefined;
    if (!Array.isArray(operations)) throw ScimErrors.invalidSyntax('A PatchOp needs an Operations array.');
    for (const operation of operations.slice(0, 100)) {
      if (!isObject(operation)) throw ScimErrors.invalidSyntax('Each operation must be an object.');
      const op = String(operation.op ?? '').toLowerCase();
      const path = typeof operation.path === 'string' ? operation.path.toLowerCase() : '';
      if (!['add', 'replace', 'remove'].includes(op)) throw ScimErrors.invalidSyntax('op must be add, replace or remove.');
      if (op === 'remove') continue;
      if (path === 'members') await this.addMembers(caller, id, operation.value);
      else if (path === 'displayname' && typeof operation.value === 'string') await this.rename(caller, id, operation.value);
      else if (!path && isObject(operation.value)) {
        if (typeof operation.value.displayName === 'string') await this.rename(caller, id, operation.value.displayName);
        if (operation.value.members !== undefined) await this.addMembers(caller, id, operation.value.members);
      }
    }
    return this.get(base, id);
  }

  private async rename(caller: ScimCaller, id: string, name: string) {
    if (!name.trim()) throw ScimErrors.invalidValue('displayName must not be empty.');
    try {
      await this.departments.renameByProvider(source(caller), id, name.trim().slice(0, 80));
    } catch {
      throw ScimErrors.uniqueness();
    }
  }

  private async addMembers(caller: ScimCaller, departmentId: string, members: unknown) {
    if (members === undefined) return;
    if (!Array.isArray(members)) throw ScimErrors.invalidValue('members must be a list.');
    for (const member of members.slice(0, 1000)) {
      const userId = isObject(member) ? member.value : undefined;
      if (typeof userId !== 'string' || !UUID.test(userId) || !(await this.repository.user(userId))) continue;
      await this.repository.link(userId, (await this.repository.user(userId))!.externalId, caller.tokenId);
      await this.employees.update(source(caller), userId, { departmentId });
    }
  }

  private async resource(base: string, row: { id: string; name: string; createdAt: Date; updatedAt: Date }, withMembers: boolean) {
    const members = withMembers
      ? (await this.repository.members(row.id, MEMBERS_SHOWN)).map((m) => ({ value: m.id, display: m.name, $ref: `${base}/Users/${m.id}` }))
      : undefined;
    return {
      schemas: [GROUP_SCHEMA],
      id: row.id,
      displayName: row.name,
      ...(members ? { members } : {}),
      meta: {
        resourceType: 'Group',
        created: new Date(row.createdAt).toISOString(),
        lastModified: new Date(row.updatedAt).toISOString(),
        location: `${base}/Groups/${row.id}`,
      },
    };
  }

  private async load(id: string) {
    const row = UUID.test(id) ? await this.repository.group(id) : null;
    if (!row) throw ScimErrors.notFound('Group');
    return row;
  }
}

const source = (caller: ScimCaller) => ({ provisioner: 'scim' as const, tokenId: caller.tokenId, tokenName: caller.tokenName });
