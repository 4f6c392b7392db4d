import { Pool, PoolClient } from 'pg';
import { EntityManager, QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { endsConnection, queryArrayRows } from './array-rows-query';
import { poolOf } from './data-source-pool';
import { readPipelineOf } from './read-pipeline/data-source-read-pipeline';

/**
 * Rows of a read as arrays of column values, sent straight to pg on the manager's connection: its
 * transaction's when it is in one, else the data source's read pipeline when it has one
 * (read-pipeline.ts), else a pooled connection for just this statement.
 *
 * The hot reads go around TypeORM's query runner (a runner object, its logger and subscriber
 * events, two clocks and a result object per statement) and around pg's row objects (a clone and
 * a keyed store per column, megamorphic at pg's one call site): pg's client gets an
 * ArrayRowsQuery, and the mapper that makes each row an object knows its columns in advance
 * (plain-rows.ts). A failed statement throws TypeORM's
 * QueryFailedError, as every other statement does, so logs and the error map see one kind.
 */
export async function arrayRows(manager: EntityManager, text: string, values: readonly unknown[]): Promise<unknown[][]> {
  const runner = manager.queryRunner;
  if (runner?.isReleased) throw new QueryRunnerAlreadyReleasedError();
  try {
    if (runner) return await queryArrayRows((await runner.connect()) as PoolClient, text, values);
    const pipeline = readPipelineOf(manager.connection);
    if (pipeline) return await pipeline.query(text, values);
    return await fromPool(poolOf(manager.connection), text, values);
  } catch (err) {
    throw new QueryFailedError(text, values as unknown[], err as Error);
  }
}

/** A pooled connection for just this statement. */
async function fromPool(pool: Pool, text: string, values: readonly unknown[]): Promise<unknown[][]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A checked-out client has no listener of its own: a socket error would otherwise be thrown as an unhandled 'error' event.
  const onError = (err: Error) => (broken = err);
  client.on('error', onError);
  try {
    return await queryArrayRows(client, text, values);
  } catch (err) {
    // It must not go back to the pool.
    if (endsConnection(err)) broken = err;
    throw err;
  } finally {
    client.removeListener('error', onError);
    client.release(broken);
  }
}
