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
  throw new DomainError('bad_request', 'invalid_cursor', 'cursor is not a cursor this API returned', 'cursor');
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
