import { ScimErrors } from './scim.errors';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** What Heroics keeps of a SCIM user. Attributes outside it are ignored, as RFC 7644 §3.3 allows. */
export interface ScimUserState {
  userName: string;
  externalId: string | null;
  displayName: string;
  givenName: string;
  familyName: string;
  email: string;
  title: string;
  active: boolean;
  department: string | null;
  managerId: string | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
/** Entra ID sends booleans as the strings "True" and "False". */
const bool = (v: unknown): boolean | undefined =>
  typeof v === 'boolean' ? v : typeof v === 'string' && /^(true|false)$/i.test(v) ? v.toLowerCase() === 'true' : undefined;

/** Lower-cased attribute path without the core schema prefix; the enterprise prefix becomes `enterprise:`. */
function normalisePath(path: string): string {
  let p = path.trim();
  if (p.toLowerCase().startsWith(USER_SCHEMA.toLowerCase() + ':')) p = p.slice(USER_SCHEMA.length + 1);
  if (p.toLowerCase().startsWith(ENTERPRISE_SCHEMA.toLowerCase() + ':')) p = 'enterprise:' + p.slice(ENTERPRISE_SCHEMA.length + 1);
  return p.toLowerCase();
}

function primaryEmail(emails: unknown): string | undefined {
  if (!Array.isArray(emails)) return undefined;
  const objects = emails.filter(isObject);
  const chosen = objects.find((e) => bool(e.primary) === true) ?? objects.find((e) => str(e.type)?.toLowerCase() === 'work') ?? objects[0];
  return chosen ? str(chosen.value) : undefined;
}

function managerValue(v: unknown): string | null | undefined {
  if (v === null || v === '') return null;
  if (typeof v === 'string') return v;
  if (isObject(v)) return v.value === null || v.value === '' ? null : str(v.value);
  return undefined;
}

/** Sets one attribute by its (normalised) path; unknown paths are ignored, `remove` clears. */
function setPath(state: ScimUserState, path: string, value: unknown, remove = false): void {
  const p = normalisePath(path);
  const text = remove ? '' : str(value);
  switch (p) {
    case 'username':
      if (text) state.userName = text;
      return;
    case 'externalid':
      state.externalId = remove ? null : (text ?? state.externalId);
      return;
    case 'displayname':
      if (text !== undefined) state.displayName = text;
      return;
    case 'name.givenname':
      if (text !== undefined) state.givenName = text;
      return;
    case 'name.familyname':
      if (text !== undefined) state.familyName = text;
      return;
    case 'name.formatted':
      if (text && !state.givenName && !state.familyName) state.displayName = text;
      return;
    case 'name':
      if (isObject(value)) for (const [k, v] of Object.entries(value)) setPath(state, `name.${k}`, v);
      return;
    case 'title':
      if (text !== undefined) state.title = text;
      return;
    case 'active': {
      const b = bool(value);
      if (b === undefined && !remove) throw ScimErrors.invalidValue('active must be true or false.');
      if (b !== undefined) state.active = b;
      return;
    }
    case 'emails': {
      const email = primaryEmail(value);
      if (email) state.email = email;
      return;
    }
    case 'enterprise:department':
      state.department = remove ? null : (text ?? state.department);
      return;
    case 'enterprise:manager':
    case 'enterprise:manager.value': {
      const m = remove ? null : managerValue(value);
      if (m !== undefined) state.managerId = m;
      return;
    }
    default:
      // emails[type eq "work"].value (Entra ID) and emails[primary eq true].value
      if (/^emails\[.*\]\.value$/.test(p) && text) state.email = text;
      // anything else (phone numbers, addresses, roles, locale...) is not Heroics' to keep
      return;
  }
}

/** Applies a resource body (POST, PUT, or the value of a patch op without a path) onto the state. */
function applyObject(state: ScimUserState, body: Json): void {
  for (const [key, value] of Object.entries(body)) {
    if (key === 'schemas' || key === 'id' || key === 'meta') continue;
    if (key.toLowerCase() === ENTERPRISE_SCHEMA.toLowerCase()) {
      if (isObject(value)) for (const [k, v] of Object.entries(value)) setPath(state, `enterprise:${k}`, v);
      continue;
    }
    // Entra ID sends dotted keys inside a value object: {"name.givenName": "Ana"}.
    setPath(state, key, value);
  }
}

const EMPTY: ScimUserState = {
  userName: '',
  externalId: null,
  displayName: '',
  givenName: '',
  familyName: '',
  email: '',
  title: '',
  active: true,
  department: null,
  managerId: null,
};

/** A full resource (POST or PUT): what it leaves out is empty, as a replace means. */
export function stateFromResource(body: unknown): ScimUserState {
  if (!isObject(body)) throw ScimErrors.invalidSyntax('The request body must be a SCIM User object.');
  const state = { ...EMPTY };
  applyObject(state, body);
  if (!state.userName) throw ScimErrors.invalidValue('userName is required.');
  return state;
}

/** PATCH (RFC 7644 §3.5.2) in the shapes Okta and Entra ID send: ops in any case, with or without a path. */
export function applyPatch(current: ScimUserState, body: unknown): ScimUserState {
  if (!isObject(body) || (!Array.isArray(body.Operations) && !Array.isArray(body.operations)))
    throw ScimErrors.invalidSyntax('A PatchOp needs an Operations array.');
  const operations = (body.Operations ?? body.operations) as unknown[];
  if (operations.length > 100) throw ScimErrors.invalidSyntax('At most 100 operations per request.');
  const state = { ...current };
  for (const operation of operations) {
    if (!isObject(operation)) throw ScimErrors.invalidSyntax('Each operation must be an object.');
    const op = str(operation.op)?.toLowerCase();
    const path = str(operation.path);
    if (op !== 'add' && op !== 'replace' && op !== 'remove') throw ScimErrors.invalidSyntax('op must be add, replace or remove.');
    if (op === 'remove') {
      if (!path) throw ScimErrors.invalidSyntax('remove needs a path.');
      setPath(state, path, undefined, true);
    } else if (path) {
      setPath(state, path, operation.value);
    } else if (isObject(operation.value)) {
      applyObject(state, operation.value);
    } else {
      throw ScimErrors.invalidSyntax('An operation without a path needs an object value.');
    }
  }
  return state;
}

/** The person's name as Heroics keeps it: given and family name, else the display name, else the userName. */
export function fullName(state: ScimUserState): string {
  const joined = `${state.givenName} ${state.familyName}`.trim();
  return (joined || state.displayName.trim() || state.userName).slice(0, 120);
}

/** The email Heroics signs the person in with: the primary email, or the userName when it is an address. */
export function emailOf(state: ScimUserState): string {
  return (state.email || state.userName).trim().toLowerCase();
}

export interface ScimFilter {
  attribute: 'userName' | 'externalId' | 'displayName';
  value: string;
}

/** The filters identity providers send when they look a user or group up: `<attr> eq "<value>"`. */
export function parseFilter(filter: string | undefined, attributes: ScimFilter['attribute'][]): ScimFilter | null {
  if (filter === undefined || filter.trim() === '') return null;
  const match = /^\s*([A-Za-z.:]+)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
  if (!match) throw ScimErrors.invalidFilter('Only filters of the form attribute eq "value" are supported.');
  const attribute = attributes.find((a) => a.toLowerCase() === normalisePath(match[1]));
  if (!attribute) throw ScimErrors.invalidFilter(`Filtering on ${match[1].slice(0, 60)} is not supported.`);
  return { attribute, value: match[2].replace(/\\(.)/g, '$1') };
}
