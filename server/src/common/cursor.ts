import { DomainError } from './domain-error';
import { unreadableText } from './validation';

/** Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // A NUL or half a character would reach PostgreSQL as a parameter it cannot read.
    const readable = (k: unknown) => typeof k === 'number' || (typeof k === 'string' && unreadableText(k) === undefined);
    if (Array.isArray(key) && key.length === arity && key.every(readable)) return key;
  } catch {
    // fall through to the error below
  }
  throw invalidCursor();
}

function invalidCursor(): DomainError {
  return new DomainError('bad_request', 'invalid_cursor', 'cursor is not a cursor this API returned', 'cursor');
}

/**
 * Splits the `limit + 1` rows a keyset query fetched into the page and the cursor of the next one
 * (null when there is no further row).
 */
export function keysetPage<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]): { rows: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An instant as the API writes it (ISO in UTC, to the microsecond at most) that names a real moment. */
function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === value.slice(0, 19);
}

/**
 * The cursor of a list ordered by (time, id): the last row's instant and its UUID. A key of another shape is the
 * same 400 naming `cursor` as an unreadable cursor, never a value PostgreSQL fails to cast.
 */
export function decodeTimeIdCursor(cursor: string): [string, string] {
  const [at, id] = decodeCursor(cursor, 2);
  if (!isInstant(at) || typeof id !== 'string' || !UUID.test(id)) throw invalidCursor();
  return [at, id];
}

/** The cursor of a list ordered by (text, id), such as a title. */
export function decodeTextIdCursor(cursor: string): [string, string] {
  const [text, id] = decodeCursor(cursor, 2);
  if (typeof text !== 'string' || typeof id !== 'string' || !UUID.test(id)) throw invalidCursor();
  return [text, id];
}
