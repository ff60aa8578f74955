import { decodeCursor, encodeCursor } from './cursor';
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
});
