import './production-env';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Role } from '@jalin/authz';
import { ConfigModule, loadConfig } from '@jalin/config';
import { dropDatabase, ensureDatabase, TransactionRunner } from '@jalin/database';
import { createJalinDataSource, DatabaseModule, runMigrations } from '@jalin/db-schema';
import { OutboxModule } from '@jalin/outbox';
import { AwardService, MatchingStatus, QuoteService, SourcingWritersModule } from '@jalin/sourcing';
import { computeDashboardOracle, DASHBOARD_QUERY, dashboardAsOracle, OracleDashboard } from '../../test/support/dashboard-oracle';
import { BenchApiProcess, startBenchApi } from './bench-api-process';
import { benchGraphql, deleteRedisKeys, dinasToken } from './bench-clients';
import { argValue, median, round } from './bench-stats';
import { describeDifference } from './oracle-difference';
import { setRollupTriggers } from './rollup-triggers';
import { seedBenchProfiles } from './seed-bench-profiles';

/**
 * `npm run bench:writes [-- --rounds N]` (default 3): the write path under the dashboard's rollups.
 * Its own database: 200 IKMs of one kecamatan (Talang), 20 buyers. Each phase posts 50 RFQs of one
 * sector on one day (all matched to the IKMs); the 200 IKMs quote at once through the production
 * QuoteService (each on 20 of the RFQs: 4,000 quotes, 80 an RFQ), then the 20 buyers award at once
 * (AwardService, two deals an RFQ); 32 transactions in flight, the connections of about three API replicas. Phases alternate rollups off (the rollup triggers disabled; the
 * rollups rebuilt afterwards, as an operator would) and on (off, on, on, off, off, on …), so drift on
 * this shared machine falls on both alike. Throughput is the medians of the phases; the target is
 * on/off >= 0.8. The real API runs in its own process meanwhile (it folds the deltas every
 * DASHBOARD_FOLD_MS); after the last phase (rollups on) the DINAS dashboard is read over GraphQL,
 * as the page reads it, until it equals the GROUP BY oracle (test/support/dashboard-oracle.ts).
 * The database is dropped at the end. The last line is one JSON object.
 */
@Module({
  imports: [DatabaseModule, OutboxModule, SourcingWritersModule],
  providers: [TransactionRunner, QuoteService, AwardService],
})
class BenchWritesModule {}

const IKMS = 200;
const BUYERS = 20;
const RFQS = 50;
const QUOTES_PER_IKM = 20;
const RFQ_QUANTITY = 1000;
const TALANG = '3328140';
const ROUNDS = Number(argValue('rounds') ?? 3);
const TARGET_RATIO = 0.8;
/** Writers' transactions in flight at once: the database connections of about three API replicas (10 each). */
const IN_FLIGHT = 32;
/** The dashboard must equal the oracle within this long after the last write (a user's patience, not a timing assertion). */
const DASHBOARD_WAIT_MS = 30_000;

interface Actor { userId: string; organizationId: string }
interface PhaseResult { rollups: boolean; quotesPerSecond: number; awardsPerSecond: number }

async function main(): Promise<void> {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/jalin_bench_writes_${process.pid}`;
  const queuePrefix = `jalin_bench_writes_${process.pid}`;
  const adminEmail = `bench-admin-${process.pid}@bench.jalin.test`;
  const adminPassword = randomBytes(12).toString('hex');
  const env = {
    ...process.env, NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'), DATABASE_URL: url.toString(), QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent', PORT: '0', DATABASE_POOL_SIZE: String(IN_FLIGHT), BOOTSTRAP_ADMIN_EMAIL: adminEmail, BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
  };
  const config = loadConfig(env);
  console.log(`bench:writes — ${IKMS} IKMs of one kecamatan quote on ${RFQS} RFQs of one sector and day (${IKMS * QUOTES_PER_IKM} quotes), ${BUYERS} buyers award; ${ROUNDS * 2} phases`);
  await dropDatabase(config.DATABASE_URL);
  await ensureDatabase(config.DATABASE_URL);
  let api: BenchApiProcess | undefined;
  let pool: Pool | undefined;
  const app = await (async () => {
    const setup = await createJalinDataSource(config, 'jalin-bench-writes').initialize();
    try {
      await runMigrations(setup);
      await seedBenchProfiles(setup, IKMS);
    } finally {
      await setup.destroy();
    }
    return NestFactory.createApplicationContext({ module: BenchWritesModule, imports: [ConfigModule.forRoot(config)] }, { logger: false, abortOnError: false });
  })();
  try {
    const db = app.get(DataSource);
    const { ikms, buyers } = await seedActors(db);
    api = await startBenchApi(env);
    const token = await dinasToken(api.url, adminEmail, adminPassword);

    const phases: PhaseResult[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const rollups of r % 2 === 0 ? [false, true] : [true, false]) {
        const phase = await runPhase(app, db, ikms, buyers, rollups, phases.length);
        phases.push(phase);
        console.log(`  phase ${phases.length}, rollups ${rollups ? 'on ' : 'off'}: ${round(phase.quotesPerSecond)} quotes/s, ${round(phase.awardsPerSecond)} awards/s`);
      }
    }
    if (!phases[phases.length - 1].rollups) {
      // The last phase ran with the rollups off and rebuilt them: one more phase on, so the check below is the fold's.
      phases.push(await runPhase(app, db, ikms, buyers, true, phases.length));
    }
    const lastWrite = performance.now();

    pool = new Pool({ connectionString: config.DATABASE_URL, max: 2 });
    const { equal, waitedMs, oracle, dashboard } = await dashboardMeetsOracle(api.url, token, pool);
    if (equal) console.log(`the dashboard equals the GROUP BY oracle ${round((performance.now() - lastWrite) / 1000, 2)} s after the last write (read every 100 ms; waited ${Math.round(waitedMs)} ms): quotes ${oracle.totals.quotes}, deals ${oracle.totals.deals}, dealValue ${oracle.totals.dealValue}`);
    else console.log(`WARNING: the dashboard differs from the GROUP BY oracle after ${DASHBOARD_WAIT_MS} ms: ${describeDifference(dashboard, oracle)}`);

    const on = phases.filter((p) => p.rollups);
    const off = phases.filter((p) => !p.rollups);
    const quotesPerSecond = median(on.map((p) => p.quotesPerSecond));
    const quotesPerSecondWithoutRollups = median(off.map((p) => p.quotesPerSecond));
    const awardsPerSecond = median(on.map((p) => p.awardsPerSecond));
    const awardsPerSecondWithoutRollups = median(off.map((p) => p.awardsPerSecond));
    const ratio = quotesPerSecond / quotesPerSecondWithoutRollups;
    console.log(`quotes/s, medians: rollups on ${round(quotesPerSecond)}, off ${round(quotesPerSecondWithoutRollups)}: ratio ${round(ratio, 2)} (target >= ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT MET'})`);
    console.log(`awards/s, medians: rollups on ${round(awardsPerSecond)}, off ${round(awardsPerSecondWithoutRollups)}: ratio ${round(awardsPerSecond / awardsPerSecondWithoutRollups, 2)}`);
    console.log(JSON.stringify({
      bench: 'writes', quotesPerSecond: round(quotesPerSecond), quotesPerSecondWithoutRollups: round(quotesPerSecondWithoutRollups), ratio: round(ratio, 2),
      awardsPerSecond: round(awardsPerSecond), awardsPerSecondWithoutRollups: round(awardsPerSecondWithoutRollups), oracleEqual: equal,
    }));
  } finally {
    await api?.stop();
    await app.close();
    await pool?.end();
    await dropDatabase(config.DATABASE_URL);
    await deleteRedisKeys(config.REDIS_URL, queuePrefix);
  }
}

/** A user for each of the seeded IKMs, and the buyers with theirs. */
async function seedActors(db: DataSource): Promise<{ ikms: Actor[]; buyers: Actor[] }> {
  const ikms: Actor[] = await db.query(
    `INSERT INTO app_user (organization_id, email, password_hash, name, role)
     SELECT p.organization_id, 'bench-ikm-' || row_number() OVER (ORDER BY p.organization_id) || '@bench.jalin.test', 'x', 'Bench IKM', 'IKM'
       FROM capability_profile p WHERE p.kecamatan_code = $1 ORDER BY p.organization_id
     RETURNING id AS "userId", organization_id AS "organizationId"`, [TALANG]);
  const buyers: Actor[] = [];
  for (let i = 0; i < BUYERS; i++) {
    const [org] = await db.query(`INSERT INTO organization (name, kind) VALUES ($1, 'BUYER') RETURNING id`, [`Bench Buyer ${i + 1}`]);
    const [user] = await db.query(
      `INSERT INTO app_user (organization_id, email, password_hash, name, role) VALUES ($1, $2, 'x', 'Bench Buyer', 'BUYER') RETURNING id`,
      [org.id, `bench-buyer-${i + 1}@bench.jalin.test`],
    );
    buyers.push({ userId: user.id, organizationId: org.id });
  }
  if (ikms.length !== IKMS) throw new Error(`expected ${IKMS} IKMs in ${TALANG}, seeded ${ikms.length}`);
  return { ikms, buyers };
}

/**
 * One phase: 50 RFQs posted today (RFQ r by buyer r mod 20) and matched to the IKMs that will quote
 * on them (IKM i on RFQs i .. i+19 mod 50), then the timed quotes and the timed awards.
 */
async function runPhase(
  app: INestApplicationContext, db: DataSource, ikms: Actor[], buyers: Actor[], rollups: boolean, phase: number,
): Promise<PhaseResult> {
  const rfqIds: string[] = (await db.query(
    `INSERT INTO rfq (buyer_organization_id, created_by_user_id, title, description, sector, processes, materials, required_certifications,
                      quantity, unit, delivery_lat, delivery_lng, needed_by, quote_deadline, matching_status)
     SELECT (b.v->>'organizationId')::uuid, (b.v->>'userId')::uuid, 'Bench writes ' || $2 || '-' || g, 'bench', 'METAL', ARRAY['LASER_CUTTING'], ARRAY['SS400'],
            ARRAY[]::text[], $3, 'pcs', -6.93, 110.22, current_date + 60, now() + interval '14 days', '${MatchingStatus.DONE}'
       FROM generate_series(0, $4 - 1) g, LATERAL (SELECT ($1::jsonb)->(g % jsonb_array_length($1::jsonb)) AS v) b
      ORDER BY g RETURNING id`,
    [JSON.stringify(buyers), phase, RFQ_QUANTITY, RFQS],
  )).map((r: { id: string }) => r.id);
  const plan = ikms.map((ikm, i) => Array.from({ length: QUOTES_PER_IKM }, (_, k) => rfqIds[(i + k) % RFQS]));
  await db.query(
    `INSERT INTO rfq_match (rfq_id, ikm_organization_id, profile_id, score, initial_rank, breakdown, deliverable_quantity, engine_version)
     SELECT x.rfq_id, p.organization_id, p.id, 0.5, row_number() OVER (PARTITION BY x.rfq_id ORDER BY p.organization_id), '[]'::jsonb, $3, 'bench'
       FROM unnest($1::uuid[], $2::uuid[]) x(rfq_id, ikm) JOIN capability_profile p ON p.organization_id = x.ikm`,
    [plan.flat(), plan.flatMap((rfqs, i) => rfqs.map(() => ikms[i].organizationId)), RFQ_QUANTITY],
  );
  await setRollupTriggers(db, rollups);

  const quotes = app.get(QuoteService);
  const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const quoteIds = new Map<string, string[]>(rfqIds.map((id) => [id, []]));
  const slot = slots(IN_FLIGHT);
  const quotesStarted = performance.now();
  await Promise.all(ikms.map(async (ikm, i) => {
    const user = { ...ikm, role: Role.IKM, locale: 'id' };
    for (const rfqId of plan[i]) {
      const quote = await slot(() => quotes.submit({ rfqId, unitPrice: 10_000n + BigInt(i), quantity: RFQ_QUANTITY / 2, leadTimeDays: 30, validUntil }, user));
      quoteIds.get(rfqId)!.push(quote.id);
    }
  }));
  const quoteSeconds = (performance.now() - quotesStarted) / 1000;

  const awards = app.get(AwardService);
  const awardsStarted = performance.now();
  await Promise.all(buyers.map(async (buyer, b) => {
    const user = { ...buyer, role: Role.BUYER, locale: 'id' };
    for (let r = b; r < RFQS; r += BUYERS) {
      const [first, second] = quoteIds.get(rfqIds[r])!;
      await slot(() => awards.award(rfqIds[r], [{ quoteId: first, quantity: RFQ_QUANTITY / 2 }, { quoteId: second, quantity: RFQ_QUANTITY / 2 }], user));
    }
  }));
  const awardSeconds = (performance.now() - awardsStarted) / 1000;

  if (!rollups) {
    await setRollupTriggers(db, true);
    await db.transaction(async (manager) => {
      await manager.query('SET LOCAL statement_timeout = 0');
      await manager.query('SELECT market_rollups_rebuild()');
    });
  }
  return { rollups, quotesPerSecond: (IKMS * QUOTES_PER_IKM) / quoteSeconds, awardsPerSecond: RFQS / awardSeconds };
}

/** Runs at most `count` tasks at once, the rest queued in order (as the API's pool queues its requests). */
function slots(count: number): <T>(work: () => Promise<T>) => Promise<T> {
  let free = count;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}


/** Reads the DINAS dashboard every 100 ms, as the page would, until it equals the oracle or the wait runs out. */
async function dashboardMeetsOracle(url: string, token: string, pool: Pool): Promise<{ equal: boolean; waitedMs: number; oracle: OracleDashboard; dashboard: OracleDashboard }> {
  const variables = { first: 10, buyers: 100 };
  const oracle = await computeDashboardOracle(pool, {}, { recentDeals: variables.first, byBuyer: variables.buyers });
  const started = performance.now();
  for (;;) {
    const dashboard = dashboardAsOracle((await benchGraphql(url, token, DASHBOARD_QUERY, variables)).dashboard);
    const waitedMs = performance.now() - started;
    if (isDeepStrictEqual(dashboard, oracle)) return { equal: true, waitedMs, oracle, dashboard };
    if (waitedMs > DASHBOARD_WAIT_MS) return { equal: false, waitedMs, oracle, dashboard };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
