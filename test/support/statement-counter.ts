import { DataSource, EntitySubscriberInterface } from 'typeorm';

/**
 * An API replica's own timers that send SQL on its data source whatever the requests: the rollup
 * fold every DASHBOARD_FOLD_MS. Counted, they land inside a measured request at random.
 */
const BACKGROUND = /market_rollups_fold\(/;

/** The SQL statements an in-process API sends on its TypeORM data source while counting; stop() detaches. */
export function countStatements(dataSource: DataSource): { statements: string[]; stop(): void } {
  const statements: string[] = [];
  const counter: EntitySubscriberInterface = { beforeQuery: (event) => void (BACKGROUND.test(event.query) || statements.push(event.query)) };
  dataSource.subscribers.push(counter);
  return {
    statements,
    stop: () => {
      const at = dataSource.subscribers.indexOf(counter);
      if (at >= 0) dataSource.subscribers.splice(at, 1);
    },
  };
}
