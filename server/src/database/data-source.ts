import 'reflect-metadata';
import { extname, join } from 'node:path';
import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Calendar dates stay 'YYYY-MM-DD' strings: turning them into Date objects would shift them by the time zone.
types.setTypeParser(types.builtins.DATE, (value) => value);

/** The one description of the database, used by the app, the tests and the TypeORM CLI. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    // migrations/ sits three levels above this folder both in src and in the compiled dist tree.
    migrations: [join(__dirname, '..', '..', '..', 'migrations', `*${extname(__filename)}`)],
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
  };
}
