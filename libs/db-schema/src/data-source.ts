import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig, loadConfig } from '@jalin/config';
import { buildDataSourceOptions } from '@jalin/database';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function jalinDataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>, applicationName?: string): DataSourceOptions {
  return buildDataSourceOptions({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, entities: ENTITIES, migrations: MIGRATIONS, applicationName });
}

/** For the TypeORM CLI (migration:generate) and scripts. */
export function createJalinDataSource(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'> = loadConfig(), applicationName?: string): DataSource {
  return new DataSource(jalinDataSourceOptions(config, applicationName));
}
