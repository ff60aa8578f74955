import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDatabaseExists, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrations-runner';

export interface TestDatabase {
  url: string;
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database for one test run: on the PostgreSQL that DATABASE_URL points at (a new database,
 * dropped afterwards), or else on an embedded PostgreSQL in a temporary folder.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `heroics_test_${process.pid}_${Date.now().toString(36)}`;
  const shared = process.env.DATABASE_URL;
  if (shared) return freshDatabaseOn(shared, name);
  const dataDir = mkdtempSync(join(tmpdir(), 'heroics-test-'));
  const server = await startEmbeddedPostgres({ dataDir });
  await ensureDatabaseExists(server.urlFor('postgres'), name);
  const url = server.urlFor(name);
  await runMigrations(url);
  return {
    url,
    dispose: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Another fresh, migrated database beside the run's test database (same server), for a test that needs a
 * database of its own, such as loading the demo company into an empty one. Dropped by dispose().
 */
export function createSiblingDatabase(prefix: string): Promise<TestDatabase> {
  const base = process.env.HEROICS_TEST_DATABASE_URL;
  if (!base) throw new Error('HEROICS_TEST_DATABASE_URL is not set: run API tests through jest --selectProjects api');
  return freshDatabaseOn(base, `${prefix}_${process.pid}_${Date.now().toString(36)}`);
}

/** A new database called `name` on the server `serverUrl` points at, migrated; dispose() drops it. */
async function freshDatabaseOn(serverUrl: string, name: string): Promise<TestDatabase> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  await ensureDatabaseExists(admin.toString(), name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  return {
    url: url.toString(),
    dispose: async () => {
      const client = new Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
