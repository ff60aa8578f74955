import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, ConfigError, ensureDevelopmentSecret, loadConfig, unknownVariables } from './config/app-config';
import { createApp } from './app';
import { DatabaseServer, openDatabaseServer } from './database/database-server';
import { runMigrations } from './database/migrations-runner';
import { DEMO_PASSWORD, DEMO_SIGN_INS, seedDemoCompany } from './database/seed/demo-company';

const SHUTDOWN_GRACE_MS = 10_000;

async function main() {
  const startedAt = Date.now();
  let config: AppConfig;
  try {
    // The one write before reading: outside production without JWT_SECRET, the signing key kept in DATA_DIR.
    ensureDevelopmentSecret();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const unknown = unknownVariables();
  if (unknown.length > 0) {
    console.warn(`WARNING: ignoring ${unknown.join(', ')}: not a Heroics setting (the README's Configuration lists them all).`);
  }

  let database: DatabaseServer | undefined;
  let app: NestFastifyApplication | undefined;

  // Registered before anything starts, so a signal at any moment drains requests and then stops PostgreSQL.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping Heroics…`);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    const drainStarted = Date.now();
    await app?.close().catch((error) => console.error(`Stopping the app: ${(error as Error).message}`));
    console.log(`Requests drained and connections closed in ${Date.now() - drainStarted} ms.`);
    await database?.stop().catch((error) => console.error(`Stopping PostgreSQL: ${(error as Error).message}`));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    database = await openDatabaseServer(config, (line) => config.logLevel === 'debug' && console.log(`[postgres] ${line}`));
    const applied = await runMigrations(database.url);
    const seeded = config.seedDemo ? await seedDemoCompany(database.url, config.companyTimeZone) : false;
    app = await createApp(config, database.url);
    await app.listen({ port: config.port, host: config.host });

    const url = config.publicUrl ?? `http://localhost:${config.port}`;
    const lines = [
      `  Heroics is running at ${url}  (started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
      `  API docs: ${url}/api/docs   Database: ${database.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}`,
      applied.length ? `  Applied ${applied.length} migration(s).` : '',
      seeded ? '  Loaded the demo company.' : '',
      config.mail.smtpUrl
        ? `  Email: sent through ${new URL(config.mail.smtpUrl).host} as ${config.mail.from}.`
        : `  Email: NOT DELIVERED (no SMTP_URL). Every email goes to the outbox; admins read it at ${url}/outbox.`,
      config.seedDemo ? `  Demo sign-ins (password "${DEMO_PASSWORD}"): ${DEMO_SIGN_INS.map((u) => `${u.email} (${u.role})`).join(', ')}` : '',
      '  Press Ctrl-C to stop.',
    ];
    console.log(`\n${lines.filter(Boolean).join('\n')}\n`);
    if (config.env === 'production' && !config.mail.smtpUrl) {
      console.warn(
        'WARNING: NODE_ENV=production and SMTP_URL is not set: no email (invitations, password resets, notifications) reaches anyone. Set SMTP_URL.',
      );
    }
  } catch (error) {
    if (stopping) return;
    console.error(`Heroics could not start: ${(error as Error).message}`);
    await database?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
