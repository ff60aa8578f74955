import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every TypeScript source file of the server (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * Guard rail: lists page by keyset (a cursor on the sort key), never by OFFSET, which reads and throws away every
 * row before the page — a page 50,000 stories deep would cost 50,000 rows. Neither SQL nor TypeORM's skip().
 */
/**
 * SCIM clients page by startIndex (RFC 7644 §3.4.2.4), a protocol the identity provider speaks, not a list of ours;
 * the repository bounds it (startIndex ≤ 10,000, count ≤ 200).
 */
const PROTOCOL_PAGING = new Set(['scim/scim.repository.ts']);

describe('pagination guard', () => {
  it('no server query skips rows with OFFSET or skip()', () => {
    const root = join(__dirname, '..');
    const offenders = sources(root).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, file: relative(root, file), at: `${relative(root, file)}:${i + 1}` }))
        .filter(({ file }) => !PROTOCOL_PAGING.has(file))
        .filter(({ line }) => /\bOFFSET\s+(\$|\d)/i.test(line) || /\.skip\(|\bskip:\s/.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
