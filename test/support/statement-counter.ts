import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DataSourcePool, poolOf, readPipelineOf } from '@jalin/database';

/**
 * An API replica's own timers that send SQL on its data source whatever the requests: the rollup
 * fold every DASHBOARD_FOLD_MS. Counted, they land inside a measured request at random.
 */
const BACKGROUND = /market_rollups_fold\(/;

/** pg-pool's own list of the clients it opened. */
type PoolWithClients = DataSourcePool & { _clients: Client[] };

/**
 * The SQL statements an in-process API sends on its data source's pool and read pipeline while
 * counting, whether through TypeORM or straight to pg (the plain reads); stop() detaches.
 */
export function countStatements(dataSource: DataSource): { statements: string[]; stop(): void } {
  const statements: string[] = [];
  const pool = poolOf(dataSource) as PoolWithClients;
  const pipeline = readPipelineOf(dataSource);
  const prototype = pool.Client.prototype;
  const ownQuery = Object.prototype.hasOwnProperty.call(prototype, 'query') ? prototype.query : undefined;
  const query = prototype.query as (this: Client, ...args: unknown[]) => unknown;
  prototype.query = function counted(this: Client, config: unknown, ...rest: unknown[]) {
    const text = typeof config === 'string' ? config : (config as { text?: string } | undefined)?.text;
    if (text !== undefined && (pool._clients.includes(this) || pipeline?.owns(this)) && !BACKGROUND.test(text)) statements.push(text);
    return query.call(this, config, ...rest);
  } as Client['query'];
  return {
    statements,
    stop: () => {
      if (ownQuery) prototype.query = ownQuery;
      else delete (prototype as Partial<Client>).query;
    },
  };
}
