import { loadConfig } from '@jalin/config';
import { ensureDatabase } from '@jalin/database';
import { redactUrl } from '../demo/lines';
import { findFreePort } from '../demo/ports';
import { migrateAndSeedDemo } from '../demo/seed-demo-data';
import { ClusterLayout } from './cluster-layout';

const say = (line: string) => console.log(`[cluster] ${line}`);

/**
 * `npm run cluster`: the scaled-out layout on this machine (see ClusterLayout) on the PostgreSQL
 * of DATABASE_URL, migrated and seeded with the demo data as `npm run demo` does; Ctrl-C stops and
 * removes everything it started. CLUSTER_APIS and CLUSTER_WORKERS change the replica counts (2 each).
 */
export async function runCluster(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(env);
  await ensureDatabase(config.DATABASE_URL);
  await migrateAndSeedDemo(config.DATABASE_URL, 'jalin-cluster', say);
  const layout = await ClusterLayout.start({
    databaseUrl: config.DATABASE_URL,
    apis: Number(env.CLUSTER_APIS ?? 2),
    workers: Number(env.CLUSTER_WORKERS ?? 2),
    env: { ...env, NODE_ENV: env.NODE_ENV || 'development' },
    print: (line) => console.log(line),
    rawLogs: env.JALIN_DEMO_RAW_LOGS === '1',
    port: await findFreePort(config.PORT || 3000),
  });
  say(`ready: ${layout.url}/graphql through HAProxy to ${layout.apis.length} API replicas; ${layout.workers.length} workers`);
  say(`PostgreSQL ${redactUrl(config.DATABASE_URL)} through PgBouncer (transaction mode) at ${redactUrl(layout.appEnv.DATABASE_URL!)}`);
  say(`Redis Cluster ${layout.redis.url}`);
  say('Ctrl-C stops everything');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  say('stopping');
  await layout.stop();
}
