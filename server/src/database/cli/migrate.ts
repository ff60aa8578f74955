import { runMigrations } from '../migrations-runner';
import { withDatabase } from './cli-database';

void withDatabase(async (server) => {
  const applied = await runMigrations(server.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
});
