import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@jalin/config';
import { createJalinDataSource } from '@jalin/db-schema';
import { CandidateReader } from '@jalin/matching';
import { CandidateProfile, rankCandidates, resolveEngineOptions } from '@jalin/matching-engine';
import { MatchingIndex, MatchingIndexChanges } from '@jalin/matching-index';
import { RfqEntity } from '@jalin/sourcing';
import { seedBenchProfiles } from '../../../scripts/bench/seed-bench-profiles';
import { seedBenchRfqs } from '../../../scripts/bench/seed-bench-rfqs';
import { startScratchRun, ScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';
import { toRfqSpec } from '../../../libs/matching/src/rfq-spec.mapper';

/** Same content, whatever the order of code lists (the index keeps codes in taxonomy order). */
const canonical = (p: CandidateProfile) => ({
  ...p,
  organizationId: '',
  sectors: [...p.sectors].sort(),
  processes: [...p.processes].sort(),
  materials: [...p.materials].sort(),
  certifications: Object.entries(
    p.certifications.reduce<Record<string, number | null>>((latest, c) => {
      const held = latest[c.code];
      latest[c.code] = held === null || c.validUntilDay === null ? null : Math.max(held ?? -Infinity, c.validUntilDay);
      return latest;
    }, {}),
  ).sort(),
});

/**
 * The worker's matching index, loaded from real PostgreSQL through matching_profile_vector, against
 * the reference engine scoring candidates read with plain SQL; then kept fresh across two replicas.
 */
describe('matching index on the database', () => {
  let run: ScratchRun;
  let db: DataSource;
  let config: AppConfig;
  /** Two replicas whose periodic look is too rare to matter here: only announcements reach them. */
  const replicas: MatchingIndex[] = [];
  /** A replica that looks at the table every 200 ms. */
  let polling: MatchingIndex;
  let changes: MatchingIndexChanges;

  beforeAll(async () => {
    run = await startScratchRun('matching_index');
    config = loadConfig({ ...process.env, ...run.env, MATCHING_INDEX_SYNC_MS: '600000', LOG_LEVEL: 'silent' });
    db = await createJalinDataSource(config, 'jalin-test-index').initialize();
    await seedBenchProfiles(db, 3000);
    await seedBenchRfqs(db, 5);
    // Track records, suspensions and certificates of several dates, as a live market has them.
    await db.query(`INSERT INTO ikm_track_record (organization_id, matches_received, quotes_submitted, open_matches, completed_deals, on_time_deliveries)
                    SELECT organization_id, 5 + (hashtext(id::text) & 15), hashtext(id::text) & 3, hashtext(id::text) & 7, hashtext(id::text) & 3, hashtext(id::text) & 1
                      FROM capability_profile WHERE hashtext(id::text) % 3 = 0`);
    await db.query(`UPDATE organization SET suspended = true WHERE id IN (SELECT organization_id FROM capability_profile WHERE hashtext(id::text) % 40 = 0)`);
    await db.query(`UPDATE capability_profile SET certifications = certifications || '[{"code":"ISO_14001","number":"x","validUntil":null}]'::jsonb,
                           certification_codes = array_append(certification_codes, 'ISO_14001')
                     WHERE hashtext(id::text) % 7 = 0`);
    for (let i = 0; i < 2; i++) {
      const index = new MatchingIndex(config);
      await index.onModuleInit();
      replicas.push(index);
    }
    polling = new MatchingIndex({ ...config, MATCHING_INDEX_SYNC_MS: 200 } as AppConfig);
    await polling.onModuleInit();
    changes = new MatchingIndexChanges(config);
  });
  afterAll(async () => {
    for (const index of [...replicas, polling]) await index?.onModuleDestroy();
    await changes?.onModuleDestroy();
    await db?.destroy();
    await run?.drop();
  });

  it('holds every profile exactly as the SQL reader sees it', async () => {
    const reader = new CandidateReader(db);
    const rows: { id: string; suspended: boolean }[] = await db.query(
      'SELECT p.id, o.suspended FROM capability_profile p JOIN organization o ON o.id = p.organization_id ORDER BY p.id',
    );
    expect(replicas[0].stats().profiles).toBe(3000);
    for (const { id, suspended } of rows.filter((_, i) => i % 10 === 0)) {
      // The SQL reader leaves suspended IKMs out; the index holds them, flagged, and never matches them.
      if (suspended) expect(candidate(replicas[0], id).suspended).toBe(true);
      else expect(canonical(candidate(replicas[0], id))).toEqual(canonical((await reader.byProfileId(id))!));
    }
    expect(rows.some((r) => r.suspended)).toBe(true);
  });

  it.each([[20, 0.35], [50, 0.2], [5, 0.6]])('ranks as the reference engine does: top %i above %f', async (topK, threshold) => {
    const reader = new CandidateReader(db);
    const options = resolveEngineOptions({ topK, threshold });
    const now = new Date();
    let compared = 0;
    for (const rfq of await db.manager.find(RfqEntity)) {
      const spec = toRfqSpec(rfq, now);
      const reference = rankCandidates(spec, await reader.forRfq(rfq), options).matches.map(({ organizationId: _o, ...m }) => m);
      expect(replicas[0].rank(spec, options)).toEqual(reference);
      compared += reference.length;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('an announced profile change reaches every replica at once', async () => {
    const [{ id }] = await db.query(`SELECT id FROM capability_profile WHERE NOT ('FORGING' = ANY(processes)) AND sectors = '{METAL}' LIMIT 1`);
    await db.query(`UPDATE capability_profile SET processes = array_append(processes, 'FORGING'), lead_time_days = 2 WHERE id = $1`, [id]);
    await changes.announce([id]);
    for (const index of replicas) {
      await waitFor('replica sees the change', async () => candidate(index, id), (p) => p.processes.includes('FORGING') && p.leadTimeDays === 2, { timeoutMs: 1000 });
    }
  });

  it('a change nobody announced is caught by the periodic look within a second', async () => {
    // Not one of the IKMs the set-up suspended: the replicas must start from "not suspended".
    const [{ id }] = await db.query(`SELECT p.id FROM capability_profile p JOIN organization o ON o.id = p.organization_id
                                      WHERE NOT p.verified AND NOT o.suspended ORDER BY p.id LIMIT 1`);
    await db.query(`UPDATE capability_profile SET verified = true, verified_at = now() WHERE id = $1`, [id]);
    const [{ organization_id: org }] = await db.query('SELECT organization_id FROM capability_profile WHERE id = $1', [id]);
    await db.query(`UPDATE organization SET suspended = true WHERE id = $1`, [org]);
    await waitFor('the polling replica catches the change', async () => candidate(polling, id), (p) => p.verified && p.suspended, { timeoutMs: 1500 });
    // The others only hear announcements: without one they still hold the old row.
    expect(candidate(replicas[0], id)).toMatchObject({ verified: false, suspended: false });
  });

  it('skips and logs with its key a profile row it cannot decode; the rest goes on and stats() says degraded', async () => {
    const [bad, good] = await db.query(`SELECT p.id, p.organization_id FROM capability_profile p JOIN organization o ON o.id = p.organization_id
                                         WHERE NOT p.verified AND NOT o.suspended ORDER BY p.id DESC LIMIT 2`);
    const errors = jest.spyOn(Logger.prototype, 'error');
    try {
      expect(polling.stats()).toMatchObject({ degraded: false, skippedRows: 0 });
      // Written straight in SQL: a truncated vector no trigger would write.
      await db.query(`UPDATE matching_profile_vector SET packed = substring(packed from 1 for 50), updated_at = now() WHERE profile_id = $1`, [bad.id]);
      await db.query(`UPDATE capability_profile SET verified = true, verified_at = now() WHERE id = $1`, [good.id]);
      await waitFor('the polling replica applies the good row', async () => candidate(polling, good.id), (p) => p.verified, { timeoutMs: 3000 });
      expect(polling.stats()).toMatchObject({ degraded: true, skippedRows: 1, profiles: 3000 });
      expect(candidate(polling, bad.id).profileId).toBe(bad.id); // its last good copy stays

      // A fresh build (a worker starting now) loads every other profile instead of refusing to start.
      const fresh = new MatchingIndex(config);
      try {
        await fresh.build();
        expect(fresh.stats()).toMatchObject({ degraded: true, skippedRows: 1, profiles: 2999 });
        expect(candidate(fresh, good.id).verified).toBe(true);
      } finally {
        await fresh.onModuleDestroy();
      }
      const logged = errors.mock.calls.map(([first]) => first as { err?: unknown; key?: string }).filter((c) => c?.key === bad.id);
      expect(logged.length).toBeGreaterThanOrEqual(2); // once per copy
      for (const call of logged) expect(call.err).toBeInstanceOf(Error);

      // Rewritten by the database's own function: applied again, the copy is whole.
      await db.query(`SELECT matching_vector_refresh(ARRAY[$1]::uuid[])`, [bad.organization_id]);
      await waitFor('the polling replica is whole again', async () => polling.stats(), (s) => !s.degraded && s.skippedRows === 0, { timeoutMs: 3000 });
    } finally {
      errors.mockRestore();
    }
  });

  it('refuses to start when the database packs codes differently from this build', async () => {
    const [{ definition }] = await db.query(`SELECT pg_get_functiondef('matching_codebook'::regproc) AS definition`);
    await db.query(`CREATE OR REPLACE FUNCTION matching_codebook() RETURNS jsonb IMMUTABLE LANGUAGE sql AS $$ SELECT '{"sectors":["METAL"]}'::jsonb $$`);
    try {
      await expect(new MatchingIndex(config).build()).rejects.toThrow(/packs sectors/);
    } finally {
      await db.query(definition);
    }
  });
});

function candidate(index: MatchingIndex, id: string): CandidateProfile {
  const columns = (index as unknown as { columns: { slotOf(id: string): number; candidateAt(slot: number): CandidateProfile } }).columns;
  return columns.candidateAt(columns.slotOf(id));
}
