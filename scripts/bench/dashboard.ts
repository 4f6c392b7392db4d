import './production-env';
import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { loadConfig } from '@jalin/config';
import { dropDatabase, ensureDatabase } from '@jalin/database';
import { createJalinDataSource, runMigrations } from '@jalin/db-schema';
import { computeFigures, DashboardQueryFilter, MarketStoreSync } from '@jalin/dashboard';
import {
  computeDashboardOracle, computeDashboardOracleTimed, DASHBOARD_QUERY, dashboardAsOracle, OracleFilter,
} from '../../test/support/dashboard-oracle';
import { BenchApiProcess, startBenchApi } from './bench-api-process';
import { describeDifference } from './oracle-difference';
import { benchGraphql as graphql, deleteRedisKeys, dinasToken, waitUntil } from './bench-clients';
import { argValue, percentile, round } from './bench-stats';
import { seedBenchDashboard } from './seed-bench-dashboard';
import { loadStoreByText } from '../../test/support/dashboard-text-load';

/**
 * `npm run bench:dashboard [-- --deals N] [--rfqs N]` (default 1,000,000 deals, 100,000 RFQs):
 * seeds its own database (seed-bench-dashboard.ts: set-based SQL, rollups rebuilt once), starts the
 * real API in-process with the production settings, signs in a DINAS officer (created by the
 * bootstrap ADMIN) and measures over real HTTP:
 * - the page's query (every field of the contract, recentDeals(first: 10), no filter), sequentially;
 * - a filtered variant (last 12 months, METAL, Talang), for information;
 * - the baseline: the same figures computed by the test oracle with plain GROUP BY over the base
 *   tables (test/support/dashboard-oracle.ts), in one snapshot per run.
 * It checks once that the API's answer equals the oracle's. Targets: p95 <= 20 ms, and the GROUP BY
 * baseline's p95 at least 25 times the API's.
 * - the replica's store load (binary COPY), STORE_LOADS (3) times, median: storeLoadMs (target
 *   <= 3,000 ms at a million deals); baseline: the former keyset-paged text load
 *   (test/support/dashboard-text-load.ts) once, and the two stores' figures compared.
 * The last line is one JSON object.
 * The database is dropped at the end unless KEEP_BENCH_DB=1; `--reuse` measures again on a database
 * kept by an earlier run (no seeding, not dropped). BENCH_RUNS (200), BENCH_BASELINE_RUNS (10),
 * BENCH_DATABASE_NAME (jalin_bench_dashboard; another name lets two runs share the server).
 */

const DATABASE_NAME = process.env.BENCH_DATABASE_NAME ?? 'jalin_bench_dashboard';
const DEALS = Number(argValue('deals') ?? 1_000_000);
const RFQS = Number(argValue('rfqs') ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const FILTERED_RUNS = Math.max(20, Math.round(RUNS / 2));
const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 10);
const WARMUP = 30;
const TARGET_P95_MS = 20;
const TARGET_RATIO = 25;
const STORE_LOADS = Number(process.env.STORE_LOADS ?? 3);
const TARGET_LOAD_MS = 3_000;
const TALANG = '3328140';
const REUSE = process.argv.includes('--reuse');

async function main(): Promise<void> {
  const adminUrl = new URL(process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const databaseUrl = new URL(adminUrl.toString());
  databaseUrl.pathname = `/${DATABASE_NAME}`;
  const queuePrefix = `${DATABASE_NAME}_${process.pid}`;
  const adminEmail = `bench-admin-${process.pid}@bench.jalin.test`;
  const adminPassword = randomBytes(12).toString('hex');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: databaseUrl.toString(),
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent',
    PORT: '0',
    BOOTSTRAP_ADMIN_EMAIL: adminEmail,
    BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
  };
  const config = loadConfig(env);

  console.log(`bench:dashboard — ${DEALS.toLocaleString('en')} deals, ${RFQS.toLocaleString('en')} RFQs`);
  if (!REUSE) {
    await dropDatabase(config.DATABASE_URL); // only ever this script's own database
    await ensureDatabase(config.DATABASE_URL);
  }
  let api: BenchApiProcess | undefined;
  let storeCopy: MarketStoreSync | undefined;
  let pool: Pool | undefined;
  try {
    const setup = await createJalinDataSource(config, 'jalin-bench-dashboard').initialize();
    try {
      await runMigrations(setup);
    } finally {
      await setup.destroy();
    }

    let seeded: { rfqs: number; deals: number };
    if (REUSE) {
      const counts = new Pool({ connectionString: config.DATABASE_URL, max: 1 });
      const { rows: [row] } = await counts.query('SELECT (SELECT count(*) FROM rfq)::int AS rfqs, (SELECT count(*) FROM deal)::int AS deals');
      await counts.end();
      seeded = row;
      console.log(`reusing ${DATABASE_NAME}: ${seeded.rfqs.toLocaleString('en')} RFQs, ${seeded.deals.toLocaleString('en')} deals`);
    } else {
      console.log('seeding:');
      const fresh = await seedBenchDashboard(config.DATABASE_URL, { rfqs: RFQS, deals: DEALS });
      console.log(`seeded ${fresh.rfqs.toLocaleString('en')} RFQs, ${fresh.matches.toLocaleString('en')} matches, ${fresh.quotes.toLocaleString('en')} quotes, `
        + `${fresh.deals.toLocaleString('en')} deals, ${fresh.ikms.toLocaleString('en')} IKM profiles, ${fresh.buyers} buyers in ${round(fresh.seconds)} s`);
      seeded = fresh;
    }

    const apiStarted = performance.now();
    api = await startBenchApi(env);
    const url = api.url;
    const token = await dinasToken(url, adminEmail, adminPassword);
    // The page's own query: recent deals and top buyers, ten of each (apps/web/src/areas/dinas/dashboard/queries.ts).
    const standard = { first: 10, buyers: 10 };
    await waitUntil('the dashboard answers', () => graphql(url, token, DASHBOARD_QUERY, standard), 300_000);
    console.log(`API up and the dashboard answering after ${round((performance.now() - apiStarted) / 1000)} s`);

    pool = new Pool({ connectionString: config.DATABASE_URL, max: 2 });
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10); // WIB
    const yearAgo = new Date(Date.now() + 7 * 3_600_000 - 365 * 86_400_000).toISOString().slice(0, 10);
    const filtered: OracleFilter = { from: yearAgo, to: today, sector: 'METAL', kecamatanCode: TALANG };

    // The answer is the oracle's (the API syncs its rollups about every second; nothing writes now).
    for (const [label, filter] of [['standard', {}], ['filtered', filtered]] as const) {
      const api = dashboardAsOracle((await graphql(url, token, DASHBOARD_QUERY, { ...standard, filter })).dashboard);
      const oracle = await computeDashboardOracle(pool, filter, { recentDeals: standard.first, byBuyer: standard.buyers });
      if (!isDeepStrictEqual(api, oracle)) {
        console.log(`WARNING: the ${label} dashboard differs from the GROUP BY oracle: ${describeDifference(api, oracle)}`);
      } else {
        console.log(`the ${label} answer equals the GROUP BY oracle (totals.deals ${oracle.totals.deals}, dealValue ${oracle.totals.dealValue})`);
      }
    }

    for (let i = 0; i < WARMUP; i += 1) await graphql(url, token, DASHBOARD_QUERY, standard);
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      await graphql(url, token, DASHBOARD_QUERY, standard);
      samples.push(performance.now() - started);
    }
    const filteredSamples: number[] = [];
    for (let i = 0; i < FILTERED_RUNS; i += 1) {
      const started = performance.now();
      await graphql(url, token, DASHBOARD_QUERY, { ...standard, filter: filtered });
      filteredSamples.push(performance.now() - started);
    }

    // The HTTP runs above see no writes, so after the first they are served from the replica's
    // memo (figures are computed once per filter and store change). The computation itself, as
    // it runs after every change, timed on a copy of the store loaded here:
    Logger.overrideLogger(false);
    const storeConfig = loadConfig({ ...env, DASHBOARD_SYNC_MS: '60000' });
    const loadSamples: number[] = [];
    for (let i = 0; i < STORE_LOADS; i += 1) {
      storeCopy = new MarketStoreSync(storeConfig);
      storeCopy.onModuleInit();
      await storeCopy.current();
      loadSamples.push(storeCopy.stats().loadMs);
      if (i < STORE_LOADS - 1) await storeCopy.onModuleDestroy();
    }
    const { store, asOf } = await storeCopy!.current();
    const textStarted = performance.now();
    const text = await loadStoreByText(config.DATABASE_URL);
    const textLoadMs = performance.now() - textStarted;
    const sameStore = ([noFilterOf(), { ...noFilterOf(), ...filtered }] as DashboardQueryFilter[]).every((f) => isDeepStrictEqual(computeFigures(store, f, asOf), computeFigures(text.store, f, asOf)));
    console.log(`store loaded by binary COPY ${STORE_LOADS}× (${loadSamples.map((ms) => Math.round(ms)).join(', ')} ms), by the former text load `
      + `${Math.round(textLoadMs)} ms; the two stores' figures ${sameStore ? 'are equal' : 'DIFFER'}`);
    const noFilter = noFilterOf();
    const computeSamples: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      computeFigures(store, noFilter, asOf);
      computeSamples.push(performance.now() - started);
    }

    await computeDashboardOracleTimed(pool, {}); // warm the buffers
    const baseline: number[] = [];
    const perStatement: Record<string, number[]> = {};
    for (let i = 0; i < BASELINE_RUNS; i += 1) {
      const started = performance.now();
      const { timings } = await computeDashboardOracleTimed(pool, {});
      baseline.push(performance.now() - started);
      for (const [name, ms] of Object.entries(timings)) (perStatement[name] ??= []).push(ms);
    }

    const p50 = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    const groupByP50 = percentile(baseline, 50);
    const groupByP95 = percentile(baseline, 95);
    const ratio = groupByP95 / p95;
    console.log('');
    console.log(`${'measure'.padEnd(58)} ${'runs'.padStart(5)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'p99 ms'.padStart(9)}`);
    const row = (label: string, values: number[]) => console.log(
      `${label.padEnd(58)} ${String(values.length).padStart(5)} ${fmt(percentile(values, 50))} ${fmt(percentile(values, 95))} ${fmt(percentile(values, 99))}`);
    row('dashboard over HTTP, no filter, page query (10 buyers, 10 deals)', samples);
    row(`dashboard over HTTP, ${yearAgo}..${today} + METAL + Talang`, filteredSamples);
    row('figures computed from the store after a change (no memo)', computeSamples);
    row('GROUP BY baseline (oracle over the base tables, 1 snapshot)', baseline);
    for (const [name, values] of Object.entries(perStatement)) row(`  of which ${name}`, values);
    console.log('');
    console.log(`ratio groupByP95 / p95 = ${round(groupByP95, 1)} / ${round(p95, 2)} = ${round(ratio, 1)}`);
    console.log(`target p95 <= ${TARGET_P95_MS} ms: ${p95 <= TARGET_P95_MS ? 'met' : 'NOT MET'} (${round(p95, 2)} ms)`);
    console.log(`target ratio >= ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT MET'} (${round(ratio, 1)})`);
    const storeLoadMs = percentile(loadSamples, 50);
    console.log(`store load median ${Math.round(storeLoadMs)} ms, former text load ${Math.round(textLoadMs)} ms (${round(textLoadMs / storeLoadMs, 1)}×); `
      + `target <= ${TARGET_LOAD_MS} ms: ${storeLoadMs <= TARGET_LOAD_MS ? 'met' : 'NOT MET'}`);
    console.log(JSON.stringify({
      bench: 'dashboard', deals: seeded.deals, rfqs: seeded.rfqs, p50Ms: round(p50, 2), p95Ms: round(p95, 2),
      groupByP50Ms: round(groupByP50, 1), groupByP95Ms: round(groupByP95, 1), ratio: round(ratio, 1),
      computeP95Ms: round(percentile(computeSamples, 95), 2),
      storeLoadMs: Math.round(storeLoadMs), textLoadMs: Math.round(textLoadMs), storeLoadRatio: round(textLoadMs / storeLoadMs, 1), sameStore,
    }));
  } finally {
    await storeCopy?.onModuleDestroy();
    await api?.stop();
    await pool?.end();
    if (process.env.KEEP_BENCH_DB !== '1' && !REUSE) await dropDatabase(config.DATABASE_URL);
    else console.error(`kept ${config.DATABASE_URL}`);
    await deleteRedisKeys(config.REDIS_URL, queuePrefix);
  }
}



const noFilterOf = () => ({ from: null, to: null, sector: null, kecamatanCode: null });

const fmt = (ms: number) => ms.toFixed(2).padStart(9);

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
