import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** pg's pool, with the two fields pg-pool sets but does not type: the client class it opens and the options it opens them with. */
export type DataSourcePool = Pool & { Client: typeof Client; options: Record<string, unknown> };

/** The pg pool under a TypeORM data source. */
export const poolOf = (dataSource: DataSource): DataSourcePool => (dataSource.driver as PostgresDriver).master as DataSourcePool;
