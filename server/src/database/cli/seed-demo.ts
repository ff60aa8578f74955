import { runMigrations } from '../migrations-runner';
import { DEMO_PASSWORD, DEMO_SIGN_INS, seedDemoCompany } from '../seed/demo-company';
import { withDatabase } from './cli-database';

void withDatabase(async (server, config) => {
  await runMigrations(server.url);
  if (await seedDemoCompany(server.url, config.companyTimeZone)) {
    console.log(`Loaded the demo company. Sign in as ${DEMO_SIGN_INS.map((u) => `${u.email} (${u.role})`).join(', ')} with password "${DEMO_PASSWORD}".`);
  } else {
    console.log('The database already has employees; the demo company was not loaded.');
  }
});
