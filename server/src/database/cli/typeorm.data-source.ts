import { DataSource } from 'typeorm';
import { ensureDevelopmentSecret, loadConfig } from '../../config/app-config';
import { dataSourceOptions } from '../data-source';

/** The DataSource the TypeORM CLI loads; migration-generate.ts sets DATABASE_URL for it. */
ensureDevelopmentSecret();
export default new DataSource(dataSourceOptions(loadConfig().databaseUrl ?? 'postgres://127.0.0.1/heroics'));
