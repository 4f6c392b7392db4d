import { PoolClient, QueryArrayConfig } from 'pg';
import { EntityManager, QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { poolOf } from './data-source-pool';
import { readPipelineOf } from './read-pipeline/data-source-read-pipeline';

/**
 * Rows of a read as arrays of column values, sent straight to pg on the manager's connection: its
 * transaction's when it is in one, else the data source's read pipeline when it has one
 * (read-pipeline.ts), else a pooled connection for just this statement.
 *
 * The hot reads go around TypeORM's query runner (a runner object, its logger and subscriber
 * events, two clocks and a result object per statement) and around pg's row objects (a clone and
 * a keyed store per column, megamorphic at pg's one call site): the mapper that makes each row
 * an object knows its columns in advance (plain-rows.ts). A failed statement throws TypeORM's
 * QueryFailedError, as every other statement does, so logs and the error map see one kind.
 */
export async function arrayRows(manager: EntityManager, text: string, values: readonly unknown[]): Promise<unknown[][]> {
  // pg reads the values without changing them.
  const config: QueryArrayConfig = { text, values: values as unknown[], rowMode: 'array' };
  const runner = manager.queryRunner;
  if (runner?.isReleased) throw new QueryRunnerAlreadyReleasedError();
  try {
    if (runner) {
      const client = (await runner.connect()) as PoolClient;
      return (await client.query(config)).rows;
    }
    const pipeline = readPipelineOf(manager.connection);
    if (pipeline) return (await pipeline.query(config)).rows;
    return (await poolOf(manager.connection).query(config)).rows;
  } catch (err) {
    throw new QueryFailedError(text, values as unknown[], err as Error);
  }
}
