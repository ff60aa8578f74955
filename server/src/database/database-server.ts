import { AppConfig } from '../config/app-config';
import { ensureDatabaseExists, startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'heroics';

/** DATABASE_URL when it is set, otherwise the embedded PostgreSQL under the data folder. */
export async function openDatabaseServer(config: AppConfig, log: (line: string) => void = () => undefined): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log });
  await ensureDatabaseExists(server.urlFor('postgres'), DATABASE_NAME);
  return { url: server.urlFor(DATABASE_NAME), embedded: true, stop: () => server.stop() };
}
