import { decodeCursor, decodeTextIdCursor, decodeTimeIdCursor, encodeCursor } from './cursor';
import { DomainError } from './domain-error';

describe('keyset cursors', () => {
  it('round-trips the sort key of the last row', () => {
    const key = ["O'Brien, Zoë", '6f1c2b1e-8d1a-4c1e-9a4e-2f6f0c9f2a11'];
    expect(decodeCursor(encodeCursor(key), 2)).toEqual(key);
  });

  it.each([
    '',
    'not base64 at all!',
    Buffer.from('{"a":1}').toString('base64url'),
    encodeCursor(['only one']),
    Buffer.from('[null, {}]').toString('base64url'),
    // What the fuzzer sent (a NUL inside the key reached PostgreSQL as a 500), and half a UTF-16 pair.
    'WyJhXHUwMDAwYiIsIl8iXQ',
    encodeCursor(['\ud800', 'x']),
  ])('refuses %p as a 400 naming the cursor field', (cursor) => {
    try {
      decodeCursor(cursor, 2);
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ kind: 'bad_request', field: 'cursor' });
    }
  });

  it('reads a (time, id) cursor as the API writes it, to the millisecond or the microsecond', () => {
    const id = '6f1c2b1e-8d1a-4c1e-9a4e-2f6f0c9f2a11';
    expect(decodeTimeIdCursor(encodeCursor(['2026-12-03T10:15:00.123Z', id]))).toEqual(['2026-12-03T10:15:00.123Z', id]);
    expect(decodeTimeIdCursor(encodeCursor(['2026-12-03T10:15:00.123456Z', id]))).toEqual(['2026-12-03T10:15:00.123456Z', id]);
    expect(decodeTextIdCursor(encodeCursor(['Bookshop gift card', id]))).toEqual(['Bookshop gift card', id]);
  });

  // What the fuzzer sent to the notifications and redemptions lists: keys PostgreSQL could not cast, once a 400
  // that named no field.
  it.each([
    ['x', 'y'],
    [1, 2],
    ['2026-01-01T00:00:00Z', 'not-a-uuid'],
    ['2026-13-45T00:00:00Z', '6f1c2b1e-8d1a-4c1e-9a4e-2f6f0c9f2a11'],
    ['2026-02-30T00:00:00Z', '6f1c2b1e-8d1a-4c1e-9a4e-2f6f0c9f2a11'],
    ['yesterday', '6f1c2b1e-8d1a-4c1e-9a4e-2f6f0c9f2a11'],
  ])('refuses a (time, id) cursor holding %p, %p as a 400 naming the cursor field', (at, id) => {
    expect(() => decodeTimeIdCursor(encodeCursor([at, id]))).toThrow(expect.objectContaining({ kind: 'bad_request', field: 'cursor' }));
  });
});
