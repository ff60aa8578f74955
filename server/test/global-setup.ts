import { createTestDatabase } from './test-database';

/** One migrated database for the whole API test run; test files share it and never depend on each other's rows. */
export default async function globalSetup() {
  const database = await createTestDatabase();
  (globalThis as { __heroicsTestDatabase?: unknown }).__heroicsTestDatabase = database;
  process.env.HEROICS_TEST_DATABASE_URL = database.url;
}
