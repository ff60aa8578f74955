import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { createApp } from './app';
import { DatabaseServer, openDatabaseServer } from './database/database-server';
import { runMigrations } from './database/migrations-runner';
import { DEMO_PASSWORD, DEMO_SIGN_INS, seedDemoCompany } from './database/seed/demo-company';

async function main() {
  const startedAt = Date.now();
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  let database: DatabaseServer | undefined;
  try {
    database = await openDatabaseServer(config, (line) => config.logLevel === 'debug' && console.log(`[postgres] ${line}`));
    const applied = await runMigrations(database.url);
    const seeded = config.seedDemo ? await seedDemoCompany(database.url, config.companyTimeZone) : false;
    const app = await createApp(config, database.url);
    await app.listen({ port: config.port, host: config.host });

    const url = config.publicUrl ?? `http://localhost:${config.port}`;
    const lines = [
      '',
      `  Heroics is running at ${url}  (started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
      `  API docs: ${url}/api/docs   Database: ${database.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}`,
      applied.length ? `  Applied ${applied.length} migration(s).` : '',
      seeded ? '  Loaded the demo company.' : '',
      config.seedDemo ? `  Demo sign-ins (password "${DEMO_PASSWORD}"): ${DEMO_SIGN_INS.map((u) => `${u.email} (${u.role})`).join(', ')}` : '',
      '  Press Ctrl-C to stop.',
      '',
    ];
    console.log(lines.filter((l, i) => l !== '' || i === 0 || i === lines.length - 1).join('\n'));

    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal} received: stopping Heroics…`);
      await app.close();
      await database?.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  } catch (error) {
    console.error(`Heroics could not start: ${(error as Error).message}`);
    await database?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
