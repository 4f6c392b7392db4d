import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigModule, loadConfig } from '@jalin/config';
import { dropDatabase, ensureDatabase } from '@jalin/database';
import { createJalinDataSource, DatabaseModule, runMigrations } from '@jalin/db-schema';
import { CandidateReader, RfqMatcher } from '@jalin/matching';
import { CandidateProfile, MATCHING_ENGINE_VERSION, rankCandidates } from '@jalin/matching-engine';
import { OutboxModule } from '@jalin/outbox';
import { CapabilityProfileEntity } from '@jalin/profiles';
import { RfqEntity } from '@jalin/rfqs';
import { OrganizationEntity } from '@jalin/identity';
import { argValue, percentile, round } from './bench-stats';
import { seedBenchProfiles } from './seed-bench-profiles';
import { seedBenchRfqs } from './seed-bench-rfqs';

/**
 * `npm run bench:matching [-- --profiles N] [--rfqs K]`: per-RFQ time of the matching job body
 * (job start → candidates read → scored → matches, consortia and outbox events committed), p50 and
 * p95 over K RFQs, and in the same run the naive baseline: every profile loaded through the ORM
 * and scored in JavaScript. Runs on its own database, dropped at the end.
 */
@Module({
  imports: [DatabaseModule, OutboxModule],
  providers: [CandidateReader, RfqMatcher],
})
class BenchMatchingModule {}

async function benchAt(profiles: number, rfqCount: number) {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/jalin_bench_matching_${process.pid}`;
  const config = loadConfig({ ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' });
  await dropDatabase(config.DATABASE_URL);
  await ensureDatabase(config.DATABASE_URL);
  const setup = await createJalinDataSource(config, 'jalin-bench').initialize();
  await runMigrations(setup);
  const seedStarted = Date.now();
  await seedBenchProfiles(setup, profiles);
  const rfqIds = await seedBenchRfqs(setup, rfqCount);
  await setup.query('ANALYZE');
  console.log(`seeded ${profiles} profiles and ${rfqCount} RFQs in ${round((Date.now() - seedStarted) / 1000)} s`);
  await setup.destroy();

  const app = await NestFactory.createApplicationContext(
    { module: BenchMatchingModule, imports: [ConfigModule.forRoot(config)] },
    { logger: false, abortOnError: false },
  );
  try {
    const matcher = app.get(RfqMatcher);
    const dataSource = app.get(DataSource);
    // Warm-up: first statements plan and fill caches.
    await matcher.match(rfqIds[0], 1, { attempt: 1, maxAttempts: 1 });
    const samples: number[] = [];
    let stored = 0;
    for (const id of rfqIds.slice(1)) {
      const started = performance.now();
      const outcome = await matcher.match(id, 1, { attempt: 1, maxAttempts: 1 });
      samples.push(performance.now() - started);
      if (outcome === 'stored') stored += 1;
    }
    const [{ matches }] = await dataSource.query('SELECT count(*)::int AS matches FROM rfq_match');

    // Baseline: the naive way, every profile through the ORM, scored in JavaScript.
    const baseline: number[] = [];
    const rfqs = await dataSource.manager.findBy(RfqEntity, {});
    for (let run = 0; run < 3; run++) {
      const rfq = rfqs[run + 1];
      const started = performance.now();
      const all = await dataSource.manager.find(CapabilityProfileEntity, { relations: { organization: true } });
      const candidates: CandidateProfile[] = all.map((p) => toCandidate(p, p.organization!));
      rankCandidates(
        {
          id: rfq.id, sector: rfq.sector, processes: rfq.processes, materials: rfq.materials, requiredCertifications: rfq.requiredCertifications,
          quantity: rfq.quantity, deliveryLocation: { lat: rfq.deliveryLat, lng: rfq.deliveryLng },
          neededByDay: day(rfq.neededBy), quoteDeadlineDay: Math.floor(rfq.quoteDeadline.getTime() / 86_400_000), todayDay: Math.floor(Date.now() / 86_400_000),
        },
        candidates,
        { topK: config.MATCHING_TOP_K, threshold: config.MATCHING_THRESHOLD },
      );
      baseline.push(performance.now() - started);
    }
    return {
      profiles, rfqs: samples.length, stored, matchesStored: matches,
      e2eP50Ms: round(percentile(samples, 50), 2), e2eP95Ms: round(percentile(samples, 95), 2),
      baselineOrmMs: round(percentile(baseline, 50), 1),
    };
  } finally {
    await app.close();
    await dropDatabase(config.DATABASE_URL);
  }
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
  const counts = argValue('profiles') ? [Number(argValue('profiles'))] : [10_000, 100_000];
  const rfqCount = Number(argValue('rfqs') ?? 41);
  console.log(`matching engine ${MATCHING_ENGINE_VERSION}; per-RFQ job time, ${rfqCount - 1} RFQs after one warm-up`);
  let last: Awaited<ReturnType<typeof benchAt>> | null = null;
  for (const profiles of counts) {
    last = await benchAt(profiles, rfqCount);
    const ratio = round(last.baselineOrmMs / last.e2eP50Ms, 1);
    console.log(
      `${profiles} profiles: job p50 ${last.e2eP50Ms} ms, p95 ${last.e2eP95Ms} ms; ` +
        `baseline (ORM load + JS scoring) ${last.baselineOrmMs} ms; ${ratio}x faster; ${last.matchesStored} matches stored`,
    );
  }
  console.log(JSON.stringify({ bench: 'matching', profiles: last!.profiles, e2eP50Ms: last!.e2eP50Ms, e2eP95Ms: last!.e2eP95Ms, baselineOrmMs: last!.baselineOrmMs }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
