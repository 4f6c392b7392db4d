import { DataSourceOptions, MixedList } from 'typeorm';
import { PreparingClient } from './preparing-client';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { typeParsers } from './type-parsers';

/**
 * Longest a statement may run. Sent at connection start; behind PgBouncer in transaction mode,
 * which does not pass start-up settings on, the pooler sets it on its server connections instead.
 */
export const STATEMENT_TIMEOUT_MS = 30000;

export interface DataSourceParts {
  url: string;
  poolSize?: number;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  applicationName?: string;
  /** Keep repeated statements prepared per connection (PreparingClient); off unless asked. */
  preparedStatements?: boolean;
}

/**
 * TypeORM options shared by the apps, the migration CLI and the tests. Migrations only:
 * synchronize stays off, and the migration classes are listed, not globbed, so the same options
 * work under tsc output, SWC and Jest.
 */
export function buildDataSourceOptions(parts: DataSourceParts): DataSourceOptions {
  return {
    type: 'postgres',
    url: parts.url,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: parts.applicationName ?? 'jalin',
    extra: {
      max: parts.poolSize ?? 10,
      // Fail fast rather than hang when the database is down; readiness reports it.
      connectionTimeoutMillis: 3000,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      ...(parts.preparedStatements ? { Client: PreparingClient } : {}),
      types: typeParsers(),
    },
  };
}
