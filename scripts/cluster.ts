import 'reflect-metadata';
import { runCluster } from './cluster/run-cluster';

/** `npm run cluster`: see scripts/cluster/run-cluster.ts. */
runCluster().catch((error: Error) => {
  console.error(`[cluster] ${error.message}`);
  process.exit(1);
});
