import { AppConfig, ConfigError, ensureDevelopmentSecret, loadConfig } from '../../config/app-config';
import { DatabaseServer, openDatabaseServer } from '../database-server';

/** Runs a command-line task against the configured database (embedded unless DATABASE_URL is set) and stops it after. */
export async function withDatabase(task: (server: DatabaseServer, config: AppConfig) => Promise<void>): Promise<void> {
  let server: DatabaseServer | undefined;
  try {
    ensureDevelopmentSecret();
    const config = loadConfig();
    server = await openDatabaseServer(config);
    await task(server, config);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : `Error: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await server?.stop();
  }
}
