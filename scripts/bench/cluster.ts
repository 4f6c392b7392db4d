import './production-env';
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { AuthUser, Role } from '@jalin/authz';
import { AppConfig, loadConfig } from '@jalin/config';
import { dropDatabase, ensureDatabase } from '@jalin/database';
import { createJalinDataSource, runMigrations } from '@jalin/db-schema';
import { AccessTokenService } from '@jalin/identity';
import { DeliveryStatus } from '@jalin/notifications';
import { MatchingStatus } from '@jalin/sourcing';
import { bullmqPrefix, createRedisConnection, QueueName } from '@jalin/jobs';
import { Queue } from 'bullmq';
import { ClusterLayout } from '../cluster/cluster-layout';
import { until } from '../cluster/native-process';
import { RFQ_PAGE } from './api-workloads';
import { benchGraphql } from './bench-clients';
import { median, round } from './bench-stats';
import { load } from './run-load';
import { seedBenchApiMarket } from './seed-bench-api';

/**
 * `npm run bench:cluster`: what a second API replica and a second worker add, on the scaled-out
 * layout of `npm run cluster` (HAProxy, PgBouncer in transaction mode, a 3-master Redis Cluster),
 * all on this machine, in one run.
 *
 * - API: the buyer's RFQ page (`rfq(id)`, bench:api's heavier workload, same seeded market) through
 *   HAProxy by autocannon (a process of its own) at BENCH_CONNECTIONS connections for
 *   BENCH_DURATION s, with 1 replica in rotation (the other set to maintenance on HAProxy's
 *   runtime socket, still running) and with 2; BENCH_ROUNDS rounds, the order alternating.
 * - Workers: BENCH_WORKER_RFQS RFQs posted through the balancer while no worker runs (they wait as
 *   unpublished outbox events), then 1 or 2 workers started; RFQs/s = RFQs waiting / time from the
 *   workers' start-up line until every RFQ is matched, every outbox event relayed and every
 *   notification delivered (relay, fan-out, matching and notifications all run). BENCH_WORKER_ROUNDS rounds, the order alternating.
 * - Everything shares the machine's cores (2 on the project machine, shared with other work):
 *   medians over rounds and the ratios of the same run are the figures to read.
 *
 * Last line: {"bench":"cluster","api1Rps":…,"api2Rps":…,"apiRatio":…,"api1P99Ms":…,"api2P99Ms":…,
 * "worker1RfqsPerS":…,"worker2RfqsPerS":…,"workerRatio":…}.
 */

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const WORKER_RFQS = Number(process.env.BENCH_WORKER_RFQS ?? 300);
const WORKER_ROUNDS = Number(process.env.BENCH_WORKER_ROUNDS ?? 2);
const SIZES = { backgroundIkms: 2000, buyers: 8, metalRfqs: 50, plasticRfqs: 10 };
const POST_CONCURRENCY = 10;

const CREATE_RFQ = `mutation C($input: CreateRfqInput!) { createRfq(input: $input) { id } }`;

interface ApiSample { replicas: number; round: number; rps: number; p99Ms: number; bad: number }
interface WorkerSample { workers: number; round: number; rfqsPerS: number; seconds: number }

async function main(): Promise<void> {
  const adminUrl = new URL(process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const databaseUrl = new URL(adminUrl.toString());
  databaseUrl.pathname = `/jalin_bench_cluster_${process.pid}`;
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    JWT_ACCESS_TTL_SECONDS: '3600',
    DATABASE_URL: databaseUrl.toString(),
    QUEUE_PREFIX: `jalin_bench_cluster_${process.pid}`,
    LOG_LEVEL: 'error',
  };
  const baseEnv = { ...process.env };
  delete baseEnv.BOOTSTRAP_ADMIN_EMAIL;
  delete baseEnv.BOOTSTRAP_ADMIN_PASSWORD;
  const childEnv = { ...baseEnv, ...env };
  const config = loadConfig(childEnv);

  console.log(`bench:cluster on ${cpus().length} cores (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  await dropDatabase(config.DATABASE_URL);
  await ensureDatabase(config.DATABASE_URL);
  let layout: ClusterLayout | undefined;
  try {
    const market = await seed(config);
    const tokens = new AccessTokenService(config, undefined as never);
    const sign = (user: { userId: string; organizationId: string }, role: Role) =>
      tokens.sign({ ...user, role, locale: 'id' } as AuthUser, { version: 0, sessionId: randomUUID() });
    const buyerTokens = await Promise.all(market.buyers.map((buyer) => sign(buyer, Role.BUYER)));

    const stopOnSignal = () => void (layout?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
    process.once('SIGINT', stopOnSignal);
    process.once('SIGTERM', stopOnSignal);
    layout = await ClusterLayout.start({ databaseUrl: config.DATABASE_URL, apis: 2, workers: 0, env: childEnv, print: (line) => /ERROR|FATAL/.test(line) && console.log(line) });
    const url = `${layout.url}/graphql`;
    console.log(`layout up: HAProxy ${layout.url}, 2 API replicas, PgBouncer, Redis Cluster ${layout.redis.url}`);

    const apiSamples = await measureApi(layout, url, buyerTokens[0], market.focusRfqId);
    const workerSamples = await measureWorkers(layout, url, buyerTokens, config, loadConfig({ ...childEnv, REDIS_URL: layout.redis.url }));
    report(apiSamples, workerSamples);
  } finally {
    await layout?.stop();
    if (process.env.KEEP_BENCH_DB !== '1') await dropDatabase(config.DATABASE_URL);
  }
}

async function seed(config: AppConfig) {
  const dataSource = await createJalinDataSource(config, 'jalin-bench-cluster').initialize();
  try {
    await runMigrations(dataSource);
    return await seedBenchApiMarket(dataSource, config, SIZES);
  } finally {
    await dataSource.destroy();
  }
}

async function measureApi(layout: ClusterLayout, url: string, token: string, rfqId: string): Promise<ApiSample[]> {
  const body = JSON.stringify({ query: RFQ_PAGE, variables: { id: rfqId } });
  await benchGraphql(url, token, RFQ_PAGE, { id: rfqId }); // answers without errors, or the bench stops
  const inRotation = async (replicas: number) => {
    await layout.haproxy.setApiInRotation(1, replicas === 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
  };
  console.log('');
  console.log(`API: rfq(id) as its buyer through HAProxy, ${CONNECTIONS} connections, ${DURATION} s per run`);
  for (const replicas of [2, 1]) {
    await inRotation(replicas);
    const warm = await load({ url, token, body, connections: CONNECTIONS, durationSeconds: DURATION });
    const bad = warm.non2xx + warm.errors + warm.timeouts;
    console.log(`  warm-up ${replicas} replica(s): ${warm.rps.toFixed(0)} req/s${bad ? `, ${bad} failed` : ''}`);
  }
  const samples: ApiSample[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    for (const replicas of r % 2 === 1 ? [1, 2] : [2, 1]) {
      await inRotation(replicas);
      const result = await load({ url, token, body, connections: CONNECTIONS, durationSeconds: DURATION });
      const bad = result.non2xx + result.errors + result.timeouts;
      samples.push({ replicas, round: r, rps: result.rps, p99Ms: result.p99Ms, bad });
      console.log(`  round ${r}, ${replicas} replica(s): ${result.rps.toFixed(0)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms${bad ? `, ${bad} failed` : ''}`);
    }
  }
  await inRotation(2);
  return samples;
}

async function measureWorkers(layout: ClusterLayout, url: string, buyerTokens: string[], config: AppConfig, clusterConfig: AppConfig): Promise<WorkerSample[]> {
  const dataSource = await createJalinDataSource(config, 'jalin-bench-cluster-watch').initialize();
  const connection = createRedisConnection(clusterConfig.REDIS_URL, 'producer');
  const queues = Object.values(QueueName).map((name) => new Queue(name, { connection, prefix: bullmqPrefix(clusterConfig) }));
  // Jobs to run now: the relayed events' fan-out and the deliveries are queued, not in a table.
  // Delayed jobs (deadline reminders, the maintenance schedule) are not work of the round.
  const queuedJobs = async () => {
    const counts = await Promise.all(queues.map((queue) => queue.getJobCounts('wait', 'active', 'prioritized', 'waiting-children')));
    return counts.reduce((sum, count) => sum + Object.values(count).reduce((a, b) => a + b, 0), 0);
  };
  const samples: WorkerSample[] = [];
  try {
    const pending = async () => Number((await dataSource.query(`SELECT count(*) AS n FROM rfq WHERE matching_status <> $1`, [MatchingStatus.DONE]))[0].n);
    // The round ends when its work is done, notifications included: the RFQs matched, the outbox
    // relayed, no job waiting or running and no delivery pending. Work a round leaves queued would
    // otherwise be charged to the next round (the first rounds looked fast, the later ones slow).
    const outstanding = async () => Number((await dataSource.query(
      `SELECT (SELECT count(*) FROM rfq WHERE matching_status <> $1) + (SELECT count(*) FROM outbox_event WHERE published_at IS NULL)
            + (SELECT count(*) FROM notification_delivery WHERE status = $2) AS n`,
      [MatchingStatus.DONE, DeliveryStatus.PENDING],
    ))[0].n);
    console.log('');
    console.log(`workers: ${WORKER_RFQS} RFQs posted while no worker runs, then drained by 1 or 2 workers`);
    for (let r = 1; r <= WORKER_ROUNDS; r++) {
      for (const workers of r % 2 === 1 ? [1, 2] : [2, 1]) {
        await postRfqs(url, buyerTokens, WORKER_RFQS);
        const waiting = await pending();
        const slots = Array.from({ length: workers }, () => layout.addWorker());
        await Promise.all(slots.map((slot) => slot.ready()));
        const started = Date.now();
        await until('every RFQ matched and notified', async () => (await outstanding()) === 0 && (await queuedJobs()) === 0, 600000, 100);
        const seconds = (Date.now() - started) / 1000;
        samples.push({ workers, round: r, seconds, rfqsPerS: waiting / seconds });
        console.log(`  round ${r}, ${workers} worker(s): ${waiting} RFQs in ${seconds.toFixed(1)} s, ${(waiting / seconds).toFixed(1)} RFQs/s`);
        await layout.stopWorkers();
      }
    }
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
    connection.disconnect();
    await dataSource.destroy();
  }
  return samples;
}

async function postRfqs(url: string, tokens: string[], count: number): Promise<void> {
  let next = 0;
  const neededBy = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const quoteDeadline = new Date(Date.now() + 14 * 86_400_000).toISOString();
  const lane = async () => {
    while (next < count) {
      const i = next++;
      // A connection the balancer dropped is posted again: the drain counts the RFQs that are in the database.
      await retryOnce(() => benchGraphql(url, tokens[i % tokens.length], CREATE_RFQ, {
        input: {
          title: `Bracket dudukan kursi bus ${i}`, description: 'Bracket SS400 3 mm, laser cut dan bending', sector: 'METAL',
          processes: ['LASER_CUTTING', 'BENDING'], materials: ['SS400'], requiredCertifications: ['SNI'], quantity: 1000, unit: 'pcs',
          targetUnitPrice: '12500', deliveryLocation: { lat: -6.93, lng: 110.22 }, neededBy, quoteDeadline,
        },
      }));
    }
  };
  await Promise.all(Array.from({ length: POST_CONCURRENCY }, lane));
}

const retryOnce = <T>(work: () => Promise<T>): Promise<T> => work().catch(() => new Promise((resolve) => setTimeout(resolve, 500)).then(work));

function report(api: ApiSample[], workers: WorkerSample[]): void {
  const apiOf = (n: number) => api.filter((s) => s.replicas === n);
  const workerOf = (n: number) => workers.filter((s) => s.workers === n);
  const apiRatios = apiOf(2).map((two) => two.rps / apiOf(1).find((one) => one.round === two.round)!.rps);
  const workerRatios = workerOf(2).map((two) => two.rfqsPerS / workerOf(1).find((one) => one.round === two.round)!.rfqsPerS);
  const figures = {
    api1Rps: median(apiOf(1).map((s) => s.rps)), api2Rps: median(apiOf(2).map((s) => s.rps)), apiRatio: median(apiRatios),
    api1P99Ms: median(apiOf(1).map((s) => s.p99Ms)), api2P99Ms: median(apiOf(2).map((s) => s.p99Ms)),
    worker1RfqsPerS: median(workerOf(1).map((s) => s.rfqsPerS)), worker2RfqsPerS: median(workerOf(2).map((s) => s.rfqsPerS)), workerRatio: median(workerRatios),
  };
  console.log('');
  console.log(`medians over rounds (ratio = median of the rounds' 2 / 1), ${cpus().length} cores, load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}:`);
  console.log('| | 1 replica | 2 replicas | ratio |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| API rfq(id), req/s (p99) | ${figures.api1Rps.toFixed(0)} (${figures.api1P99Ms} ms) | ${figures.api2Rps.toFixed(0)} (${figures.api2P99Ms} ms) | ${figures.apiRatio.toFixed(2)} |`);
  console.log(`| workers, RFQs/s matched and notified | ${figures.worker1RfqsPerS.toFixed(1)} | ${figures.worker2RfqsPerS.toFixed(1)} | ${figures.workerRatio.toFixed(2)} |`);
  console.log(JSON.stringify({ bench: 'cluster', ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v, k.endsWith('Ratio') ? 2 : 1)])), connections: CONNECTIONS, workerRfqs: WORKER_RFQS }));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
