import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, loadConfig } from '@jalin/config';
import { dropDatabase, ensureDatabase } from '@jalin/database';
import { createJalinDataSource, DatabaseModule, runMigrations } from '@jalin/db-schema';
import { OrganizationEntity } from '@jalin/identity';
import { CandidateReader, RfqMatcher } from '@jalin/matching';
import { boundsForRfq, rankBounded } from '@jalin/testing';
import { CandidateProfile, MATCHING_ENGINE_VERSION, rankCandidates, resolveEngineOptions, RfqSpec } from '@jalin/matching-engine';
import { MatchingIndex, MatchingIndexModule } from '@jalin/matching-index';
import { OutboxModule } from '@jalin/outbox';
import { CapabilityProfileEntity } from '@jalin/profiles';
import { MatchingStatus, RfqEntity, SourcingWritersModule } from '@jalin/sourcing';
import { MarketRollupFolder } from '@jalin/dashboard';
import { toRfqSpec } from '../../libs/matching/src/rfq-spec.mapper';
import { argValue, percentile, round } from './bench-stats';
import { seedBenchProfiles } from './seed-bench-profiles';
import { seedBenchRfqs } from './seed-bench-rfqs';
import { setRollupTriggers } from './rollup-triggers';

/**
 * `npm run bench:matching [-- --profiles N] [--rfqs K]` (default 10,000, 100,000 and 1,000,000
 * profiles, 101 RFQs). For each size, in one run:
 * - the worker's matching index: build time (one binary COPY) and bytes;
 * - score-and-top-50 over the index, p50 and p99;
 * - end to end, the matching job body (job start → scored → matches, consortium suggestions and
 *   outbox events committed), p50, p95, p99, and RFQs a second for one worker running
 *   WORKER_CONCURRENCY jobs at once, and again with the dashboard's rollup triggers off;
 * - the baselines: every profile loaded through the ORM and scored in JavaScript, and SQL scoring
 *   with a GIN prefilter (the bounded SQL ranking Jalin used before the index).
 * The dashboard's rollup folder runs meanwhile, as it does on the API replicas.
 * Each size runs on its own database, dropped at the end.
 */
@Module({
  imports: [DatabaseModule, OutboxModule, MatchingIndexModule, SourcingWritersModule],
  // The dashboard's folder runs beside the jobs, as an API replica runs it on the same database.
  providers: [RfqMatcher, MarketRollupFolder],
})
class BenchMatchingModule {}

const SCORE_TOP_K = 50;

async function benchAt(profiles: number, rfqCount: number) {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/jalin_bench_matching_${process.pid}`;
  const config = loadConfig({ ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'silent', MATCHING_INDEX_SYNC_MS: '600000' });
  await dropDatabase(config.DATABASE_URL);
  await ensureDatabase(config.DATABASE_URL);
  const setup = await createJalinDataSource(config, 'jalin-bench').initialize();
  await runMigrations(setup);
  const seedStarted = Date.now();
  await seedBenchProfiles(setup, profiles);
  const rfqIds = await seedBenchRfqs(setup, rfqCount);
  await setup.query('VACUUM ANALYZE');
  console.log(`  seeded ${profiles} profiles and ${rfqCount} RFQs in ${round((Date.now() - seedStarted) / 1000)} s`);
  await setup.destroy();

  const rssBefore = process.memoryUsage().rss;
  const app = await NestFactory.createApplicationContext(
    { module: BenchMatchingModule, imports: [ConfigModule.forRoot(config)] },
    { logger: false, abortOnError: false },
  );
  try {
    const index = app.get(MatchingIndex);
    const { buildMs, indexBytes } = index.stats();
    const rssGrowthMb = (process.memoryUsage().rss - rssBefore) / 1e6;
    const dataSource = app.get(DataSource);
    const rfqs = await dataSource.manager.find(RfqEntity, { order: { title: 'ASC' } });
    const now = new Date();
    const specs = rfqs.map((rfq) => toRfqSpec(rfq, now));

    // Score and top 50 over every profile, each RFQ five times.
    const top50 = resolveEngineOptions({ topK: SCORE_TOP_K, threshold: config.MATCHING_THRESHOLD });
    for (const spec of specs.slice(0, 5)) index.rank(spec, top50); // warm-up
    const scoreSamples: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const spec of specs) {
        const started = performance.now();
        index.rank(spec, top50);
        scoreSamples.push(performance.now() - started);
      }
    }

    // End to end, one job at a time.
    const matcher = app.get(RfqMatcher);
    await matcher.match(rfqIds[0], 1, { attempt: 1, maxAttempts: 1 });
    const e2eSamples: number[] = [];
    for (const id of rfqIds.slice(1)) {
      const started = performance.now();
      await matcher.match(id, 1, { attempt: 1, maxAttempts: 1 });
      e2eSamples.push(performance.now() - started);
    }
    const [{ matches }] = await dataSource.query('SELECT count(*)::int AS matches FROM rfq_match');

    // Throughput: the same RFQs again, as one worker runs them (WORKER_CONCURRENCY at once).
    await resetMatching(dataSource);
    const burstStarted = performance.now();
    await runConcurrently(rfqIds, config.WORKER_CONCURRENCY, (id) => matcher.match(id, 1, { attempt: 1, maxAttempts: 1 }));
    const rfqsPerSecond = rfqIds.length / ((performance.now() - burstStarted) / 1000);
    // The same burst with the dashboard's rollup triggers off: what the rollups cost the jobs.
    await resetMatching(dataSource);
    await setRollupTriggers(dataSource, false);
    const bareStarted = performance.now();
    await runConcurrently(rfqIds, config.WORKER_CONCURRENCY, (id) => matcher.match(id, 1, { attempt: 1, maxAttempts: 1 }));
    const rfqsPerSecondWithoutRollups = rfqIds.length / ((performance.now() - bareStarted) / 1000);
    await setRollupTriggers(dataSource, true);

    const baselineSqlMs = await sqlBaseline(dataSource, specs.slice(0, 5), config);
    const baselineOrmMs = await ormBaseline(dataSource, specs, config, profiles >= 1_000_000 ? 1 : 3);
    return {
      profiles, rfqs: e2eSamples.length, matchesStored: matches, buildMs: round(buildMs, 0), indexBytes, rssGrowthMb: round(rssGrowthMb, 0),
      scoreP50Ms: round(percentile(scoreSamples, 50), 2), scoreP99Ms: round(percentile(scoreSamples, 99), 2),
      e2eP50Ms: round(percentile(e2eSamples, 50), 2), e2eP95Ms: round(percentile(e2eSamples, 95), 2), e2eP99Ms: round(percentile(e2eSamples, 99), 2),
      rfqsPerSecond: round(rfqsPerSecond, 1), rfqsPerSecondWithoutRollups: round(rfqsPerSecondWithoutRollups, 1), baselineOrmMs, baselineSqlMs,
    };
  } finally {
    await app.close();
    await dropDatabase(config.DATABASE_URL);
  }
}

async function resetMatching(dataSource: DataSource): Promise<void> {
  await dataSource.query('DELETE FROM consortium_suggestion');
  await dataSource.query('DELETE FROM rfq_match');
  await dataSource.query('DELETE FROM outbox_event');
  await dataSource.query(`UPDATE rfq SET matching_status = $1, matched_at = NULL`, [MatchingStatus.PENDING]);
}

async function runConcurrently<T>(items: T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

/** The bounded SQL ranking (bounds computed in SQL over the GIN-prefiltered rows), p50 ms. */
async function sqlBaseline(dataSource: DataSource, specs: RfqSpec[], config: AppConfig): Promise<number> {
  const reader = new CandidateReader(dataSource);
  const options = resolveEngineOptions({ topK: config.MATCHING_TOP_K, threshold: config.MATCHING_THRESHOLD });
  const samples: number[] = [];
  for (const spec of specs) {
    const started = performance.now();
    await rankBounded(spec, { bounds: (limit, offset, tier) => boundsForRfq(dataSource, spec, limit, offset, tier), candidates: (ids) => reader.byProfileIds(ids) }, options);
    samples.push(performance.now() - started);
  }
  return round(percentile(samples, 50), 1);
}

/** The naive way: every profile through the ORM, scored in JavaScript, p50 ms. */
async function ormBaseline(dataSource: DataSource, specs: RfqSpec[], config: AppConfig, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const all = await dataSource.transaction(async (manager) => {
      // A million hydrated rows take longer than the application's statement timeout.
      await manager.query('SET LOCAL statement_timeout = 0');
      return manager.find(CapabilityProfileEntity, { relations: { organization: true } });
    });
    rankCandidates(specs[run], all.map((p) => toCandidate(p, p.organization!)), { topK: config.MATCHING_TOP_K, threshold: config.MATCHING_THRESHOLD });
    samples.push(performance.now() - started);
  }
  return round(percentile(samples, 50), 0);
}

const day = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

function toCandidate(p: CapabilityProfileEntity, org: OrganizationEntity): CandidateProfile {
  return {
    profileId: p.id, organizationId: p.organizationId, sectors: p.sectors, processes: p.processes, materials: p.materials,
    certifications: p.certifications.map((c) => ({ code: c.code, validUntilDay: c.validUntil ? day(c.validUntil) : null })),
    monthlyCapacity: p.monthlyCapacity, minOrderQuantity: p.minOrderQuantity, leadTimeDays: p.leadTimeDays,
    location: p.lat === null || p.lng === null ? null : { lat: p.lat, lng: p.lng }, verified: p.verified, suspended: org.suspended,
    trackRecord: { completedDeals: 0, onTimeDeliveries: 0, quotesSubmitted: 0, matchesReceived: 0 }, openMatches: 0,
  };
}

async function main(): Promise<void> {
  const counts = argValue('profiles') ? argValue('profiles')!.split(',').map(Number) : [10_000, 100_000, 1_000_000];
  const rfqCount = Number(argValue('rfqs') ?? 101);
  console.log(`matching engine ${MATCHING_ENGINE_VERSION}; ${rfqCount - 1} RFQs after one warm-up; medians and tails of this run`);
  let last: Awaited<ReturnType<typeof benchAt>> | null = null;
  for (const profiles of counts) {
    console.log(`${profiles} profiles`);
    last = await benchAt(profiles, rfqCount);
    console.log(`  index: built in ${last.buildMs} ms, ${round(last.indexBytes / 2 ** 20, 1)} MiB (${round(last.indexBytes / profiles, 1)} B a profile; process RSS +${last.rssGrowthMb} MB)`);
    console.log(`  score and top ${SCORE_TOP_K}: p50 ${last.scoreP50Ms} ms, p99 ${last.scoreP99Ms} ms`);
    console.log(`  job end to end: p50 ${last.e2eP50Ms} ms, p95 ${last.e2eP95Ms} ms, p99 ${last.e2eP99Ms} ms; ${last.rfqsPerSecond} RFQs/s for one worker `
      + `(${last.rfqsPerSecondWithoutRollups} with the rollup triggers off, same run); ${last.matchesStored} matches stored`);
    console.log(`  baselines: ORM load + JS scoring ${last.baselineOrmMs} ms (${round(last.baselineOrmMs / last.e2eP50Ms, 1)}x the job p50); ` +
      `SQL scoring with GIN prefilter ${last.baselineSqlMs} ms (${round(last.baselineSqlMs / last.scoreP50Ms, 1)}x the index scan p50)`);
  }
  const { rfqs: _r, matchesStored: _m, rssGrowthMb: _g, ...figures } = last!;
  console.log(JSON.stringify({ bench: 'matching', ...figures }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
