import { DataSource } from 'typeorm';
import { loadConfig } from '@jalin/config';
import { createJalinDataSource } from '@jalin/db-schema';
import { MatchEntity, MatchStatus, MatchStatusWriter, MatchWriter, RfqEntity, RfqStatus, RfqStatusWriter } from '@jalin/sourcing';
import { seedBenchProfiles } from '../../../scripts/bench/seed-bench-profiles';
import { seedBenchRfqs } from '../../../scripts/bench/seed-bench-rfqs';
import { startScratchRun, ScratchRun } from '../../support/scratch-run';

/**
 * The status writers against real rows: a step the table forbids is refused, and a row that moved
 * on since it was read is left alone (the conditional UPDATE), never overwritten.
 */
describe('status writers', () => {
  let run: ScratchRun;
  let db: DataSource;
  const matches = new MatchWriter();
  const matchStatus = new MatchStatusWriter();
  const rfqStatus = new RfqStatusWriter();

  beforeAll(async () => {
    run = await startScratchRun('status_writers');
    db = await createJalinDataSource(loadConfig({ ...process.env, ...run.env }), 'jalin-test-status-writers').initialize();
    await seedBenchProfiles(db, 3);
  });
  afterAll(async () => {
    await db?.destroy();
    await run?.drop();
  });

  it('marks viewed once, withdraws only unanswered matches, and refuses stale or forbidden steps', async () => {
    const [rfqId] = await seedBenchRfqs(db, 1);
    const profiles: { id: string }[] = await db.query('SELECT id FROM capability_profile ORDER BY id LIMIT 3');
    const stored = await matches.insertInitial(db.manager, rfqId, 'test', profiles.map((p, i) => ({ profileId: p.id, score: 0.9 - i / 10, rank: i + 1, breakdown: [], deliverableQuantity: 10 })));
    expect(stored).toHaveLength(3);
    const [viewed, quoted, untouched] = stored;
    const row = (id: string) => db.manager.findOneByOrFail(MatchEntity, { id });

    expect(await matchStatus.markViewed(db.manager, rfqId, viewed.ikm_organization_id)).toBe(true);
    expect(await matchStatus.markViewed(db.manager, rfqId, viewed.ikm_organization_id)).toBe(false);
    expect((await row(viewed.id)).status).toBe(MatchStatus.VIEWED);

    await matchStatus.transitionRow(db.manager, await row(quoted.id), MatchStatus.QUOTED);
    const staleCopy = await row(untouched.id);
    const withdrawn = await matchStatus.withdrawUnanswered(db.manager, stored.map((m) => m.id));
    expect(withdrawn.sort()).toEqual([viewed.id, untouched.id].sort());
    expect((await row(quoted.id)).status).toBe(MatchStatus.QUOTED);

    // The copy read before the withdrawal still says NEW: quoting on it must not revive the match.
    await expect(matchStatus.transitionRow(db.manager, staleCopy, MatchStatus.QUOTED)).rejects.toThrow('left NEW');
    expect((await row(untouched.id)).status).toBe(MatchStatus.EXPIRED);
    await expect(matchStatus.transitionRow(db.manager, await row(quoted.id), MatchStatus.VIEWED)).rejects.toThrow('No transition QUOTED → VIEWED');

    expect(await rfqStatus.transition(db.manager, [rfqId], RfqStatus.AWARDED)).toEqual([rfqId]);
    expect(await rfqStatus.transition(db.manager, [rfqId], RfqStatus.CLOSED)).toEqual([]);
    expect((await db.manager.findOneByOrFail(RfqEntity, { id: rfqId })).status).toBe(RfqStatus.AWARDED);
  });
});
