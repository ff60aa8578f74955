import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './app-config';
import { withConfigTable } from './config-docs';

/**
 * `npm run config:docs` rewrites the README's configuration table from the declarations in app-config.ts;
 * `--check` (`npm run config:check`, CI) fails instead when the committed table differs from them.
 */
const readmePath = join(REPOSITORY_ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const updated = withConfigTable(readme);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error("Configuration docs drift: the README's table differs from server/src/config/app-config.ts. Run `npm run config:docs`.");
    process.exitCode = 1;
  } else {
    console.log("No configuration docs drift: the README's table matches the declarations.");
  }
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log(`Rewrote the configuration table in ${readmePath}`);
} else {
  console.log('The configuration table in README.md is up to date.');
}
