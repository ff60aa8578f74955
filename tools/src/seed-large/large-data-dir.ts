import { join } from 'node:path';
import { AppConfig, ensureDevelopmentSecret, loadConfig, REPOSITORY_ROOT } from '../../../server/src/config/app-config';

/**
 * The large data set lives in its own embedded database (`.data-large`), so it never mixes with the demo
 * company under `.data`; DATA_DIR or DATABASE_URL choose another place. `npm run seed:large` and
 * `npm run bench` both use this. Like start-up, it first makes sure the data folder has its signing key.
 */
export function largeDataSetConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const withDataDir = { DATA_DIR: join(REPOSITORY_ROOT, '.data-large'), ...env };
  ensureDevelopmentSecret(withDataDir);
  return loadConfig(withDataDir);
}
