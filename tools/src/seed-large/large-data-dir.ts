import { join } from 'node:path';
import { AppConfig, loadConfig, REPOSITORY_ROOT } from '../../../server/src/config/app-config';

/**
 * The large data set lives in its own embedded database (`.data-large`), so it never mixes with the demo
 * company under `.data`; DATA_DIR or DATABASE_URL choose another place. `npm run seed:large` and
 * `npm run bench` both use this.
 */
export function largeDataSetConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  return loadConfig({ DATA_DIR: join(REPOSITORY_ROOT, '.data-large'), ...env });
}
