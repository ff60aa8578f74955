import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { REPOSITORY_ROOT } from '../../config/app-config';
import { ensureDatabaseExists } from '../embedded-postgres';
import { runMigrations } from '../migrations-runner';
import { withDatabase } from './cli-database';

/**
 * `npm run migration:generate -- Name` writes migrations/<timestamp>-<Name>.ts with what the entities need;
 * `--check` fails when the entities and the migrations disagree (schema drift).
 * Both compare against a scratch database built from the migrations alone, so local data never matters.
 */
const args = process.argv.slice(2);
const check = args.includes('--check');
const name = args.find((a) => !a.startsWith('--'));
if (!check && !name) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(1);
}

void withDatabase(async (server) => {
  const scratch = `heroics_schema_${process.pid}`;
  const serverUrl = new URL(server.url);
  serverUrl.pathname = '/postgres';
  await ensureDatabaseExists(serverUrl.toString(), scratch);
  const scratchUrl = new URL(server.url);
  scratchUrl.pathname = `/${scratch}`;
  try {
    await runMigrations(scratchUrl.toString());
    const cli = require.resolve('typeorm/cli.js');
    const dataSource = join(__dirname, 'typeorm.data-source.js');
    const target = join(REPOSITORY_ROOT, 'migrations', check ? 'SchemaDrift' : name!);
    const result = spawnSync(
      process.execPath,
      [cli, 'migration:generate', '-d', dataSource, ...(check ? ['--check'] : ['--pretty']), target],
      // eslint-disable-next-line no-restricted-properties -- the child process inherits this one's environment
      { stdio: 'inherit', env: { ...process.env, DATABASE_URL: scratchUrl.toString() } },
    );
    if (result.status !== 0) {
      if (check) console.error('Schema drift: the entities need a migration. Run `npm run migration:generate -- <Name>`.');
      process.exitCode = result.status ?? 1;
    } else if (check) {
      console.log('No schema drift: the migrations match the entities.');
    }
  } finally {
    const admin = new Client({ connectionString: serverUrl.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    await admin.end();
  }
});
