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
describe('pagination guard', () => {
  it('no server query skips rows with OFFSET or skip()', () => {
    const root = join(__dirname, '..');
    const offenders = sources(root).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(root, file)}:${i + 1}` }))
        .filter(({ line }) => /\bOFFSET\s+(\$|\d)/i.test(line) || /\.skip\(|\bskip:\s/.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
