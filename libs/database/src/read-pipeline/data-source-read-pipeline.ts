import { DataSource } from 'typeorm';
import { poolOf } from '../data-source-pool';
import { ReadPipeline } from './read-pipeline';

const pipelines = new WeakMap<DataSource, ReadPipeline>();

/**
 * Gives a data source a read pipeline of `connections` connections, opened on first use with the
 * settings of its pool (the same client class, type parsers and statement timeout) and its
 * application name with ` reads` after it (so pg_stat_activity tells them apart): `arrayRows`
 * then sends its reads outside a transaction there instead of to the pool.
 */
export function attachReadPipeline(dataSource: DataSource, connections: number, onError: (err: Error) => void): ReadPipeline {
  const pool = poolOf(dataSource);
  const applicationName = `${String(pool.options.application_name ?? 'jalin')} reads`;
  const pipeline = new ReadPipeline(pool.Client, { ...pool.options, application_name: applicationName }, connections, onError);
  pipelines.set(dataSource, pipeline);
  return pipeline;
}

/** The data source's read pipeline, if it has one. */
export function readPipelineOf(dataSource: DataSource): ReadPipeline | undefined {
  return pipelines.get(dataSource);
}

/** Closes the data source's read pipeline; its reads go to the pool again. */
export async function closeReadPipeline(dataSource: DataSource): Promise<void> {
  const pipeline = pipelines.get(dataSource);
  pipelines.delete(dataSource);
  await pipeline?.close();
}
