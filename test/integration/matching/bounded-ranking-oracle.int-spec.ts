import { DataSource } from 'typeorm';
import { loadConfig } from '@jalin/config';
import { createJalinDataSource } from '@jalin/db-schema';
import { CandidateReader } from '@jalin/matching';
import { boundsForRfq, rankBounded } from '@jalin/testing';
import { rankCandidates, resolveEngineOptions } from '@jalin/matching-engine';
import { RfqEntity } from '@jalin/sourcing';
import { seedBenchProfiles } from '../../../scripts/bench/seed-bench-profiles';
import { seedBenchRfqs } from '../../../scripts/bench/seed-bench-rfqs';
import { startScratchRun, ScratchRun } from '../../support/scratch-run';
import { toRfqSpec } from '../../../libs/matching/src/rfq-spec.mapper';

/**
 * The matcher reads candidates best bound first and stops early; the reference engine scores every
 * candidate. On 3,000 seeded profiles, several RFQ shapes, K and batch sizes, both must give the
 * same matches with the same scores and ranks.
 */
describe('bounded ranking equals the reference engine', () => {
  let run: ScratchRun;
  let db: DataSource;

  beforeAll(async () => {
    run = await startScratchRun('bounded_oracle');
    db = await createJalinDataSource(loadConfig({ ...process.env, ...run.env }), 'jalin-test-oracle').initialize();
    await seedBenchProfiles(db, 3000);
    await seedBenchRfqs(db, 5);
    await db.query('ANALYZE');
  });
  afterAll(async () => {
    await db?.destroy();
    await run?.drop();
  });

  it.each([
    [20, 0.35, 5000, 200],
    [5, 0.35, 50, 10],
    [50, 0.2, 100, 30],
    [20, 0.8, 25, 7],
  ])('top %i above %f, bounds read %i and scored %i at a time', async (topK, threshold, boundPage, scoreChunk) => {
    const reader = new CandidateReader(db);
    const options = resolveEngineOptions({ topK, threshold });
    const now = new Date();
    let compared = 0;
    for (const rfq of await db.manager.find(RfqEntity, { order: { title: 'ASC' } })) {
      const spec = toRfqSpec(rfq, now);
      const reference = rankCandidates(spec, await reader.forRfq(rfq), { topK, threshold }).matches;
      const source = { bounds: (limit: number, offset: number, tier: 'all' | 'rest' | 'any') => boundsForRfq(db, spec, limit, offset, tier), candidates: (ids: readonly string[]) => reader.byProfileIds(ids) };
      const bounded = await rankBounded(spec, source, options, { boundPage, scoreChunk });
      expect(bounded.map((m) => [m.profileId, m.score, m.rank])).toEqual(reference.map((m) => [m.profileId, m.score, m.rank]));
      compared += reference.length;
    }
    expect(compared).toBeGreaterThan(0);
  });
});
