import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig, loadConfig } from '@jalin/config';
import { buildDataSourceOptions } from '@jalin/database';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** What the data source reads of the configuration; without DATABASE_PREPARED_STATEMENTS, statements run unnamed. */
type DataSourceConfig = Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'> & Partial<Pick<AppConfig, 'DATABASE_PREPARED_STATEMENTS'>>;

export function jalinDataSourceOptions(config: DataSourceConfig, applicationName?: string): DataSourceOptions {
  return buildDataSourceOptions({
    url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, entities: ENTITIES, migrations: MIGRATIONS, applicationName,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
  });
}

/** For the TypeORM CLI (migration:generate) and scripts. */
export function createJalinDataSource(config: DataSourceConfig = loadConfig(), applicationName?: string): DataSource {
  return new DataSource(jalinDataSourceOptions(config, applicationName));
}
