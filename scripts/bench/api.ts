import './production-env';
import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { AuthUser, Role } from '@jalin/authz';
import { AppConfig, loadConfig } from '@jalin/config';
import { dropDatabase, ensureDatabase } from '@jalin/database';
import { createJalinDataSource, runMigrations } from '@jalin/db-schema';
import { AccessTokenService } from '@jalin/identity';
import { benchGraphql as graphql, deleteRedisKeys } from './bench-clients';
import { median, round } from './bench-stats';
import type { LoadResult } from './api-load';
import { FLOOR, MY_MATCHES, RFQ_PAGE } from './api-workloads';
import { cpuMsSince, cpuSnapshot } from './process-cpu';
import { load } from './run-load';
import { BenchMarket, seedBenchApiMarket } from './seed-bench-api';
import { API_BASELINE_REF, baselineTree } from './baseline-tree';
import { cpuProfileArgs } from '../demo/cpu-profile-args';

/**
 * `npm run bench:api`: GraphQL throughput, latency and server CPU of the real Jalin API against
 * the baseline, today's path before issue 18: a plain @apollo/server running graphql-js over the
 * schema and resolvers Nest built, at commit API_BASELINE_REF (baseline-tree.ts), in one run.
 *
 * - A scratch database of its own (jalin_bench_api_<pid>, dropped at the end unless
 *   KEEP_BENCH_DB=1), migrated, with a market made by seed-bench-api.ts: 2,000 IKM profiles, 8
 *   buyers, 60 RFQs matched by the real matching job body (top 20 each, real breakdowns); one IKM
 *   matched on the 50 metal RFQs; the buyer's first RFQ with 20 matches and 10 quotes (submitted
 *   through the API).
 * - Two servers, each in a process of its own (api-server.ts): `jalin`, the API as main.ts starts
 *   it in production (NODE_ENV=production, logs silent: compiled execution, plain-row reads), and
 *   `plain`, api-server.ts of the baseline commit, run from a `git archive` copy of it that shares
 *   this tree's node_modules (BENCH_BASELINE_REF=<rev> picks another): the executable schema that
 *   commit's Nest built and the same context function on plain Apollo + Express 5, executed by
 *   graphql-js with TypeORM entity reads and Nest's per-field parameter wrappers. Both use the
 *   same database, so the baseline commit must share this one's migrations for the tables read.
 *   For an A/B of a change, BENCH_BASELINE_REF=HEAD BENCH_BASELINE_AS_JALIN=1 runs that commit
 *   as Jalin's own server: the CPU share is then the working tree's cost against HEAD's.
 * - The load generator, autocannon, in a third process (api-load.ts) on loopback, so it never
 *   shares an event loop with a server; PostgreSQL, the servers and autocannon share the
 *   machine's cores (2 on the project machine), so absolute figures are lower than on a server
 *   with a separate load generator, and the same for both servers.
 * - Workloads: `myMatches(first: 50)` as the IKM (its inbox: each match with breakdown, IKM,
 *   profile, RFQ, buyer and own quotes) and `rfq(id)` as its buyer (the RFQ page: matches with
 *   breakdowns and profiles, quotes with IKMs, deals, consortium suggestions). Before measuring,
 *   both servers must give byte-identical answers without errors; the warm-up run checks every
 *   response body against that answer under full load.
 * - Per workload: a warm-up per server, then BENCH_ROUNDS rounds alternating the order (Jalin
 *   first, then plain first, ...), BENCH_DURATION seconds at BENCH_CONNECTIONS connections each;
 *   the table reports medians over rounds of req/s, p99 and server CPU per request (user + system
 *   time of the server process, asked over IPC: steadier than req/s on a shared machine), and as
 *   the ratio the median of the rounds' Jalin / plain req/s. Then one connection per server for
 *   BENCH_DURATION: a request's own latency, without the queue 50 connections build.
 * - Per round, also PostgreSQL's CPU (every postgres process, read from /proc) and the load
 *   generator's, per answer: the three share the cores, so the machine's CPU per answer bounds
 *   the throughput, and the report says what server CPU 3 x plain's throughput would leave room for.
 *   The `floor` workload ({ __typename }) is the framework's own cost per answer, outside the targets.
 * - Targets: Jalin req/s >= 3 x plain; server CPU per answer <= 5 ms (myMatches) and <= 2 ms (rfq);
 *   Jalin p99 <= 50 ms at 50 connections; proposed for the CPU targets' intent: Jalin's server CPU
 *   per answer <= 0.32 (myMatches) and 0.35 (rfq) of plain's, the median of the rounds' pairs
 *   (`<workload>CpuShare`). With 50
 *   connections each waiting for its answer, latency is at least 50 / throughput (Little's law):
 *   p99 <= 50 ms needs about 1,000 answers a second.
 *
 * Last line: {"bench":"api","jalinRps":…,"plainRps":…,"ratio":…,"p99Ms":…}: jalinRps, plainRps
 * and ratio of the harder workload (the one with the lower Jalin req/s), p99Ms the worst Jalin p99
 * over both workloads; per-workload fields follow.
 *
 * Environment: BENCH_DURATION (10 s), BENCH_WARMUP (10 s), BENCH_ROUNDS (5), BENCH_CONNECTIONS (50),
 * BENCH_ADMIN_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), KEEP_BENCH_DB=1,
 * JALIN_CPU_PROF_DIR=<dir> (each server writes <dir>/<jalin|plain>-<time>.cpuprofile when stopped),
 * BENCH_WORKLOADS=myMatches,rfq (a subset, for profiling).
 */

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SIZES = { backgroundIkms: 2000, buyers: 8, metalRfqs: 50, plasticRfqs: 10 };
const QUOTES_ON_FOCUS_RFQ = 10;
const QUOTES_BY_FOCUS_IKM = 10;
const TARGET_RATIO = 3;
const TARGET_P99_MS = 50;
/** Server CPU per answer (issue 18): what the data costs, not the framework. */
const TARGET_CPU_MS: Record<string, number> = { myMatches: 5, rfq: 2 };
/**
 * Proposed in issue 18's closing note: the CPU targets as a share of the baseline's CPU in the same
 * rounds, which the machine's state does not move. The issue set 5 and 2 ms where the baseline
 * measured 15.5 and 5.7 ms on the quiet machine of the time: 0.32 and 0.35 of it.
 */
const PROPOSED_CPU_SHARE: Record<string, number> = { myMatches: 0.32, rfq: 0.35 };

const ROOT = join(__dirname, '..', '..');

const SUBMIT_QUOTE = `mutation Q($input: SubmitQuoteInput!) { submitQuote(input: $input) { id } }`;

type ServerName = 'jalin' | 'plain';
interface Server { name: ServerName; url: string; child: ChildProcess }
interface Workload { name: string; token: string; body: string; expect?: string; describe: string }
interface Sample extends LoadResult {
  server: ServerName;
  workload: string;
  round: number;
  cpuMsPerRequest: number;
  /** PostgreSQL's CPU (every backend) and the load generator's, per answer, in the same window. */
  pgCpuMsPerRequest: number;
  loadCpuMsPerRequest: number;
}

async function main(): Promise<void> {
  const adminUrl = new URL(process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const databaseUrl = new URL(adminUrl.toString());
  databaseUrl.pathname = `/jalin_bench_api_${process.pid}`;
  const queuePrefix = `jalin_bench_api_${process.pid}`;
  // The servers read the same settings from their environment.
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    JWT_ACCESS_TTL_SECONDS: '3600',
    DATABASE_URL: databaseUrl.toString(),
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent',
    PORT: '0',
  };
  const baseEnv = { ...process.env };
  delete baseEnv.BOOTSTRAP_ADMIN_EMAIL;
  delete baseEnv.BOOTSTRAP_ADMIN_PASSWORD;
  const childEnv = { ...baseEnv, ...env };
  const config = loadConfig(childEnv);

  console.log(`bench:api on ${cpus().length} cores (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}), ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s after ${WARMUP} s warm-up`);
  await dropDatabase(config.DATABASE_URL); // only ever this run's own database
  await ensureDatabase(config.DATABASE_URL);
  const servers: Server[] = [];
  const cleanups: (() => void)[] = [];
  try {
    const seedStarted = Date.now();
    const market = await seed(config);
    console.log(`seeded in ${round((Date.now() - seedStarted) / 1000)} s: ${SIZES.backgroundIkms + 1} IKM profiles, ${market.buyers.length} buyers, `
      + `${market.rfqCount} RFQs, ${market.matchCount} matches (the IKM: ${market.focusIkmRfqIds.length}; the RFQ: ${market.focusRfqIkms.length})`);

    const baselineRef = process.env.BENCH_BASELINE_REF ?? API_BASELINE_REF;
    const baseline = baselineTree(ROOT, baselineRef);
    cleanups.push(baseline.remove);
    console.log(`plain: the baseline's code at ${baselineRef} (${baseline.dir})`);
    const [jalin, plain] = await Promise.all([startServer('jalin', childEnv, ROOT), startServer('plain', childEnv, baseline.dir)]);
    servers.push(jalin, plain);

    // Signing only (verify() would need the session revocations): seeded users are at version 0,
    // and a session id no refresh token has is a session that never ended.
    const tokens = new AccessTokenService(config, undefined as never);
    const sign = (user: { userId: string; organizationId: string }, role: Role) =>
      tokens.sign({ ...user, role, locale: 'id' } as AuthUser, { version: 0, sessionId: randomUUID() });
    const buyerToken = await sign(market.buyers[0], Role.BUYER);
    const ikmToken = await sign(market.focusIkm, Role.IKM);
    const quotes = await submitQuotes(jalin.url, market, sign);
    console.log(`quotes submitted through the API: ${quotes}`);

    const workloads: Workload[] = [
      { name: 'myMatches', token: ikmToken, body: JSON.stringify({ query: MY_MATCHES, variables: { first: 50 } }), describe: '' },
      { name: 'rfq', token: buyerToken, body: JSON.stringify({ query: RFQ_PAGE, variables: { id: market.focusRfqId } }), describe: '' },
      { name: 'floor', token: ikmToken, body: JSON.stringify({ query: FLOOR }), describe: '' },
    ];
    const only = process.env.BENCH_WORKLOADS?.split(',');
    if (only) workloads.splice(0, workloads.length, ...workloads.filter((w) => only.includes(w.name)));
    for (const w of workloads) await checkSameAnswers(w, jalin, plain);

    const samples: Sample[] = [];
    for (const w of workloads) {
      console.log('');
      console.log(`${w.name}: ${w.describe}`);
      for (const server of [jalin, plain]) {
        const warm = await load({ url: server.url, token: w.token, body: w.body, connections: CONNECTIONS, durationSeconds: WARMUP, expectBody: w.expect });
        const bad = warm.mismatches + warm.non2xx + warm.errors + warm.timeouts;
        console.log(`  warm-up ${server.name.padEnd(5)} ${fmt(warm.rps, 0).padStart(6)} req/s, p99 ${fmt(warm.p99Ms)} ms, ${warm.requests} answers checked, ${warm.mismatches} different, ${warm.non2xx} non-2xx, ${warm.errors} errors`);
        if (bad > 0) throw new Error(`${server.name} gave wrong answers under load for ${w.name}`);
      }
      for (let r = 1; r <= ROUNDS; r++) {
        const order = r % 2 === 1 ? [jalin, plain] : [plain, jalin];
        for (const server of order) {
          const cpuBefore = await cpuMsOf(server);
          const pgBefore = cpuSnapshot('postgres');
          const result = await load({ url: server.url, token: w.token, body: w.body, connections: CONNECTIONS, durationSeconds: DURATION });
          const answers = Math.max(1, result.requests);
          const cpuMsPerRequest = (await cpuMsOf(server) - cpuBefore) / answers;
          const pgCpuMsPerRequest = cpuMsSince(pgBefore, 'postgres') / answers;
          const loadCpuMsPerRequest = result.cpuMs / answers;
          samples.push({ ...result, server: server.name, workload: w.name, round: r, cpuMsPerRequest, pgCpuMsPerRequest, loadCpuMsPerRequest });
          console.log(`  round ${r} ${server.name.padEnd(5)} ${fmt(result.rps, 0).padStart(6)} req/s, p50 ${fmt(result.p50Ms)} ms, p99 ${fmt(result.p99Ms)} ms, max ${fmt(result.maxMs)} ms, `
            + `CPU per request: server ${fmt(cpuMsPerRequest, 2)} ms, PostgreSQL ${fmt(pgCpuMsPerRequest, 2)} ms, load generator ${fmt(loadCpuMsPerRequest, 2)} ms`
            + `${result.non2xx + result.errors + result.timeouts ? `, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts` : ''}`);
        }
      }
    }

    const alone: Sample[] = [];
    console.log('');
    console.log(`one connection (a request's own latency, no queue), ${DURATION} s each:`);
    for (const w of workloads) {
      for (const server of [jalin, plain]) {
        const result = await load({ url: server.url, token: w.token, body: w.body, connections: 1, durationSeconds: DURATION });
        alone.push({ ...result, server: server.name, workload: w.name, round: 0, cpuMsPerRequest: NaN, pgCpuMsPerRequest: NaN, loadCpuMsPerRequest: NaN });
        console.log(`  ${w.name.padEnd(9)} ${server.name.padEnd(5)} ${fmt(result.rps, 0).padStart(6)} req/s, p50 ${fmt(result.p50Ms)} ms, p99 ${fmt(result.p99Ms)} ms`);
      }
    }

    report(workloads, samples, alone);
  } finally {
    await Promise.all(servers.map(stopServer));
    for (const cleanup of cleanups) cleanup();
    if (process.env.KEEP_BENCH_DB !== '1') await dropDatabase(config.DATABASE_URL);
    else console.error(`kept ${config.DATABASE_URL}`);
    await deleteRedisKeys(config.REDIS_URL, queuePrefix);
  }
}

async function seed(config: AppConfig): Promise<BenchMarket> {
  const dataSource = await createJalinDataSource(config, 'jalin-bench-api').initialize();
  try {
    await runMigrations(dataSource);
    return await seedBenchApiMarket(dataSource, config, SIZES);
  } finally {
    await dataSource.destroy();
  }
}

/** Quotes as IKMs send them: the focus RFQ's best matches, and the focus IKM on some of its RFQs. */
async function submitQuotes(
  url: string,
  market: BenchMarket,
  sign: (user: { userId: string; organizationId: string }, role: Role) => Promise<string>,
): Promise<string> {
  const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const quote = async (ikm: { userId: string; organizationId: string }, rfqId: string, i: number) => {
    await graphql(url, await sign(ikm, Role.IKM), SUBMIT_QUOTE, {
      input: { rfqId, unitPrice: String(11_500 + 125 * i), quantity: 1000, leadTimeDays: 14 + i, validUntil, notes: 'Harga termasuk ongkos kirim ke Kendal' },
    });
  };
  const onFocusRfq = market.focusRfqIkms.slice(0, QUOTES_ON_FOCUS_RFQ);
  for (const [i, ikm] of onFocusRfq.entries()) await quote(ikm, market.focusRfqId, i);
  const byFocusIkm = market.focusIkmRfqIds.filter((id) => id !== market.focusRfqId || !onFocusRfq.some((q) => q.organizationId === market.focusIkm.organizationId));
  const theirs = byFocusIkm.slice(0, QUOTES_BY_FOCUS_IKM);
  for (const [i, rfqId] of theirs.entries()) await quote(market.focusIkm, rfqId, i);
  return `${onFocusRfq.length} on the buyer's RFQ, ${theirs.length} by the IKM on its matched RFQs`;
}

/** Both servers must answer the workload with the same bytes and no error; the answer is kept to check the warm-up. */
async function checkSameAnswers(w: Workload, jalin: Server, plain: Server): Promise<void> {
  const answer = async (server: Server) => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${w.token}` }, body: w.body });
    const text = await response.text();
    const parsed = JSON.parse(text) as { data?: Record<string, any>; errors?: unknown[] };
    if (response.status !== 200 || parsed.errors || !parsed.data) throw new Error(`${server.name} ${w.name}: HTTP ${response.status} ${text.slice(0, 500)}`);
    return { text, data: parsed.data };
  };
  const a = await answer(jalin);
  const b = await answer(plain);
  if (a.text !== b.text) throw new Error(`${w.name}: the two servers answer differently`);
  w.expect = a.text;
  if (w.name === 'myMatches') {
    const nodes = a.data.myMatches.nodes as any[];
    w.describe = `myMatches(first: 50) as the IKM: ${nodes.length} matches of ${a.data.myMatches.totalCount}, `
      + `${nodes.reduce((n, m) => n + m.rfq.quotes.length, 0)} own quotes, ${new Set(nodes.map((m) => m.rfq.buyer.id)).size} buyers, ${(a.text.length / 1024).toFixed(0)} KiB`;
  } else if (w.name === 'floor') {
    w.describe = `{ __typename } as the IKM: HTTP, token check, GraphQL pipeline and response, no data (${a.text.length} bytes)`;
  } else {
    const rfq = a.data.rfq;
    w.describe = `rfq(id) as its buyer: ${rfq.matches.length} matches, ${rfq.quotes.length} quotes, ${rfq.consortiumSuggestions.length} consortium suggestions, ${(a.text.length / 1024).toFixed(0)} KiB`;
  }
}

function report(workloads: Workload[], samples: Sample[], alone: Sample[]): void {
  const rows = workloads.map((w) => {
    const of = (server: ServerName) => samples.filter((s) => s.workload === w.name && s.server === server);
    const single = (server: ServerName) => alone.find((s) => s.workload === w.name && s.server === server)!;
    const stat = (server: ServerName) => ({
      rps: median(of(server).map((s) => s.rps)), p99: median(of(server).map((s) => s.p99Ms)), p50: median(of(server).map((s) => s.p50Ms)),
      cpuMs: median(of(server).map((s) => s.cpuMsPerRequest)), aloneP50: single(server).p50Ms, aloneP99: single(server).p99Ms,
      pgCpuMs: median(of(server).map((s) => s.pgCpuMsPerRequest)), loadCpuMs: median(of(server).map((s) => s.loadCpuMsPerRequest)),
    });
    const jalin = stat('jalin');
    const plain = stat('plain');
    // Each round runs the two back to back, so the machine's slow spells hit both sides of a pair;
    // the median of the per-round ratios is steadier than the ratio of the medians.
    const ratios = of('jalin').map((j) => j.rps / of('plain').find((p) => p.round === j.round)!.rps);
    // The same pairing for CPU: an absolute CPU figure moves with the machine's state (the same code
    // measured 1.95 and 3.12 ms per rfq(id) in two quiet runs), Jalin's share of the baseline's does not.
    const cpuShares = of('jalin').map((j) => j.cpuMsPerRequest / of('plain').find((p) => p.round === j.round)!.cpuMsPerRequest);
    return { workload: w.name, jalin, plain, ratio: median(ratios), ratios, cpuShare: median(cpuShares), cpuShares };
  });
  console.log('');
  console.log(`medians over ${ROUNDS} rounds, ${CONNECTIONS} connections, ${DURATION} s each; ratio = median of the rounds' Jalin / plain req/s:`);
  console.log('| workload | Jalin req/s | plain req/s | ratio | Jalin p50 / p99 | plain p50 / p99 | server CPU per request, Jalin / plain | one connection p50 / p99, Jalin / plain |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(`| ${r.workload} | ${fmt(r.jalin.rps, 0)} | ${fmt(r.plain.rps, 0)} | ${fmt(r.ratio, 2)} | ${fmt(r.jalin.p50)} / ${fmt(r.jalin.p99)} ms | ${fmt(r.plain.p50)} / ${fmt(r.plain.p99)} ms `
      + `| ${fmt(r.jalin.cpuMs)} / ${fmt(r.plain.cpuMs)} ms | ${fmt(r.jalin.aloneP50)} / ${fmt(r.jalin.aloneP99)} ms, ${fmt(r.plain.aloneP50)} / ${fmt(r.plain.aloneP99)} ms |`);
  }
  // The floor is a yardstick, not a page: the targets are the two pages'.
  const pages = rows.filter((r) => r.workload !== 'floor');
  const harder = pages.reduce((a, b) => (b.jalin.rps < a.jalin.rps ? b : a));
  const worstP99 = Math.max(...pages.map((r) => r.jalin.p99));
  const minRatio = Math.min(...pages.map((r) => r.ratio));
  for (const r of rows) console.log(`${r.workload}: per-round ratios ${r.ratios.map((x) => fmt(x, 2)).join(', ')}; server CPU, Jalin / plain per round ${r.cpuShares.map((x) => fmt(x, 2)).join(', ')} (median ${fmt(r.cpuShare, 2)})`);
  console.log('');
  console.log(`CPU per answer on this machine (${cpus().length} cores), medians: the server, PostgreSQL (every backend), the load generator (autocannon):`);
  console.log('| workload | Jalin: server + PostgreSQL + load generator | plain: server + PostgreSQL + load generator | the most the machine answers, Jalin / plain | server CPU Jalin would need for 3 x plain |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const total = (x: typeof r.jalin) => x.cpuMs + x.pgCpuMs + x.loadCpuMs;
    // Three times plain's answers a second on the same cores: the machine's CPU per answer must be a third of plain's.
    const serverFor3x = total(r.plain) / TARGET_RATIO - r.jalin.pgCpuMs - r.jalin.loadCpuMs;
    console.log(`| ${r.workload} | ${fmt(r.jalin.cpuMs, 2)} + ${fmt(r.jalin.pgCpuMs, 2)} + ${fmt(r.jalin.loadCpuMs, 2)} = ${fmt(total(r.jalin), 2)} ms `
      + `| ${fmt(r.plain.cpuMs, 2)} + ${fmt(r.plain.pgCpuMs, 2)} + ${fmt(r.plain.loadCpuMs, 2)} = ${fmt(total(r.plain), 2)} ms `
      + `| ${fmt((cpus().length * 1000) / total(r.jalin), 0)} / ${fmt((cpus().length * 1000) / total(r.plain), 0)} req/s | ${fmt(serverFor3x, 2)} ms |`);
  }
  console.log('');
  console.log(`target: Jalin >= ${TARGET_RATIO} x plain req/s: ${pages.map((r) => `${r.workload} ${fmt(r.ratio, 2)}`).join(', ')}: ${minRatio >= TARGET_RATIO ? 'met' : 'NOT met'}`);
  for (const r of rows.filter((x) => TARGET_CPU_MS[x.workload] !== undefined)) {
    console.log(`target: Jalin server CPU per ${r.workload} answer <= ${TARGET_CPU_MS[r.workload]} ms: ${fmt(r.jalin.cpuMs, 2)} ms (plain ${fmt(r.plain.cpuMs, 2)} ms): ${r.jalin.cpuMs <= TARGET_CPU_MS[r.workload] ? 'met' : 'NOT met'}`);
  }
  for (const r of pages) {
    const share = PROPOSED_CPU_SHARE[r.workload];
    console.log(`proposed target (the same intent, steady across machine states): Jalin server CPU per ${r.workload} answer <= ${share} x plain's, median of the rounds: ${fmt(r.cpuShare, 2)}: ${r.cpuShare <= share ? 'met' : 'NOT met'}`);
  }
  console.log(`target: Jalin p99 <= ${TARGET_P99_MS} ms at ${CONNECTIONS} connections: ${pages.map((r) => `${r.workload} ${fmt(r.jalin.p99)} ms`).join(', ')}: ${worstP99 <= TARGET_P99_MS ? 'met' : 'NOT met'}`);
  console.log(`(the JSON line: jalinRps, plainRps and ratio of the harder workload, ${harder.workload}; p99Ms the worst Jalin p99 of both)`);
  const perWorkload = Object.fromEntries(rows.flatMap((r) => [
    [`${r.workload}JalinRps`, round(r.jalin.rps, 0)], [`${r.workload}PlainRps`, round(r.plain.rps, 0)], [`${r.workload}Ratio`, round(r.ratio, 3)],
    [`${r.workload}JalinP99Ms`, round(r.jalin.p99, 1)], [`${r.workload}PlainP99Ms`, round(r.plain.p99, 1)],
    [`${r.workload}JalinCpuMsPerRequest`, round(r.jalin.cpuMs, 2)], [`${r.workload}PlainCpuMsPerRequest`, round(r.plain.cpuMs, 2)],
    [`${r.workload}CpuShare`, round(r.cpuShare, 3)],
    [`${r.workload}JalinOneConnectionP99Ms`, round(r.jalin.aloneP99, 1)],
    [`${r.workload}JalinPgCpuMsPerRequest`, round(r.jalin.pgCpuMs, 2)], [`${r.workload}PlainPgCpuMsPerRequest`, round(r.plain.pgCpuMs, 2)],
    [`${r.workload}LoadGeneratorCpuMsPerRequest`, round(r.jalin.loadCpuMs, 2)],
  ]));
  console.log(JSON.stringify({
    bench: 'api', jalinRps: round(harder.jalin.rps, 0), plainRps: round(harder.plain.rps, 0), ratio: round(harder.ratio, 3), p99Ms: round(worstP99, 1),
    workload: harder.workload, connections: CONNECTIONS, ...perWorkload,
  }));
}

function startServer(name: ServerName, env: NodeJS.ProcessEnv, tree: string): Promise<Server> {
  const execArgv = [...process.execArgv, ...cpuProfileArgs(name)];
  const mode = name === 'plain' && process.env.BENCH_BASELINE_AS_JALIN === '1' ? 'jalin' : name;
  const child = fork(join(tree, 'scripts', 'run-ts.js'), [join('scripts', 'bench', 'api-server.ts'), mode], { cwd: tree, env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ name, url: `http://127.0.0.1:${m.port}/graphql`, child }));
    child.once('exit', (code) => reject(new Error(`the ${name} server exited with ${code} before listening`)));
  });
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.send('stop');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

/** The server process's user + system CPU time so far, in ms (asked over IPC). */
function cpuMsOf(server: Server): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (m: { cpu?: NodeJS.CpuUsage }) => {
      if (!m.cpu) return;
      server.child.off('message', onMessage);
      resolve((m.cpu.user + m.cpu.system) / 1000);
    };
    server.child.on('message', onMessage);
    server.child.send('cpu');
  });
}

const fmt = (value: number, digits = 1) => value.toFixed(digits);

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
