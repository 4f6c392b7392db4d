import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MarketRollupFolder } from '@jalin/dashboard';
import { runDemoSeed } from '@jalin/demo-data';
import { GraphqlClient, registerAccount, RunningApi, startApi, startWorker, testConfig } from '@jalin/testing';
import { ikmWithProfile, postRfq, profileInput, UPSERT_PROFILE } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';
import { AWARD, quoteInput, SUBMIT_QUOTE, UPDATE_DEAL } from '../deals/deal-market';
import { Figures, kecamatanMismatches, readMarketFigures } from './market-figures';

const MATCHING = `query R($id: ID!) { rfq(id: $id) { matchingStatus matches { ikm { id } } } }`;

/**
 * The dashboard's rollups, appended to by triggers in the writing transactions and folded by the API
 * replica's folder, equal the figures computed from scratch over the base tables: after the demo seed (a year of back-dated history in every
 * deal status), after a live round through the API and the matching worker, and after a rebuild.
 */
describe('market rollups', () => {
  let run: ScratchRun;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let anonymous: GraphqlClient;

  beforeAll(async () => {
    run = await startScratchRun('market_rollups');
    const config = testConfig({ ...run.env, OUTBOX_POLL_MS: '50' });
    api = await startApi(config);
    worker = await startWorker(config);
    anonymous = new GraphqlClient(api.url);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await run?.drop();
  });

  const expectRollupsExact = async (): Promise<Figures> => {
    await matchingSettled();
    const { rollups, independent } = await foldedFigures();
    expect(rollups).toEqual(independent);
    expect(await kecamatanMismatches(run.sql)).toBe(0);
    return rollups;
  };

  /** The rollups once every delta committed so far is folded, as the dashboard reads them a moment later. */
  const foldedFigures = async () => {
    await api.app.get(MarketRollupFolder).foldNow();
    return readMarketFigures(run.sql);
  };

  /** Nothing left for the worker to match, so the rollups stand still between two reads. */
  const matchingSettled = () => waitFor('matching settled',
    async () => Number((await run.sql.query(`SELECT count(*) AS n FROM rfq WHERE matching_status = 'PENDING'`)).rows[0].n), (n) => n === 0, { timeoutMs: 30000 });

  const expectRebuildKeepsEverything = async (before: Figures) => {
    await run.sql.query('SELECT market_rollups_rebuild()');
    expect((await readMarketFigures(run.sql)).rollups).toEqual(before);
  };

  it('equal an independent count after the demo seed, history in every deal status included', async () => {
    await runDemoSeed(api.app.get(DataSource));
    await matchingSettled();
    const statuses = (await run.sql.query(`SELECT DISTINCT status::text AS s FROM deal ORDER BY 1`)).rows.map((r) => r.s);
    expect(statuses).toEqual(['AWARDED', 'CANCELLED', 'COMPLETED', 'DELIVERED', 'IN_PRODUCTION', 'PO_ISSUED']);

    const rollups = await expectRollupsExact();
    const total = (table: string, field: string) => rollups[table].reduce((sum, row) => sum + Number(row[field]), 0);
    expect(total('market_rfq_day', 'posted')).toBe(Number((await run.sql.query('SELECT count(*) AS n FROM rfq')).rows[0].n));
    expect(total('market_ikm_day', 'completed')).toBeGreaterThan(0);
    expect(total('market_rfq_day', 'awarded')).toBeGreaterThan(0);
    expect(new Set(rollups.market_ikm_day.map((r) => r.day)).size).toBeGreaterThan(5); // back-dated over the year
    expect(rollups.market_ikm_total.find((r) => r.sector === 'ALL' && r.kec === 'ALL')).toMatchObject({ ikms: expect.any(Number), verified: expect.any(Number) });
    expect(rollups.market_ikm_total.find((r) => r.sector === 'ALL' && r.kec === 'ALL')!.verified).toBeGreaterThan(0);

    await expectRebuildKeepsEverything(rollups);
  });

  it('follow a live round: matching, a revised quote, a split award, a completed deal, a profile move', async () => {
    const a = await ikmWithProfile(anonymous, { kecamatanCode: '3328140' });
    const b = await ikmWithProfile(anonymous, { kecamatanCode: '3328120' });
    const buyer = await registerAccount(anonymous, { role: 'BUYER' });

    const rfqId = await postRfq(buyer.client, { quantity: 1000 });
    await waitFor('matching DONE', () => buyer.client.ok(MATCHING, { id: rfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 20000 });
    // The demo workshops may fill the top K: whoever the worker left out is matched as it would be.
    for (const [i, ikm] of [a, b].entries()) {
      await run.sql.query(
        `INSERT INTO rfq_match (rfq_id, ikm_organization_id, profile_id, score, initial_rank, breakdown, deliverable_quantity, engine_version)
         VALUES ($1, $2, $3, $4, $5, '[]'::jsonb, 5000, 'test') ON CONFLICT (rfq_id, ikm_organization_id) DO NOTHING`,
        [rfqId, ikm.organizationId, ikm.profileId, 0.5 - i * 0.1, 100 + i],
      );
    }
    await expectRollupsExact();

    // The first two quotes race: the RFQ still counts once as quoted.
    const [, quoteB] = (await Promise.all([
      a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 600 }) }),
      b.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 400, unitPrice: '12100' }) }),
    ])).map((d) => d.submitQuote);
    const revised = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 600, unitPrice: '11800' }) })).submitQuote;
    expect(revised.revision).toBe(2);
    await expectRollupsExact();

    const deals = (await buyer.client.ok(AWARD, { rfqId, awards: [{ quoteId: revised.id, quantity: 600 }, { quoteId: quoteB.id, quantity: 400 }] })).awardRfq;
    expect(deals).toHaveLength(2);
    const dealA = deals.find((d: any) => d.ikm.id === a.organizationId).id;
    await buyer.client.ok(UPDATE_DEAL, { dealId: dealA, status: 'PO_ISSUED' });
    await a.client.ok(UPDATE_DEAL, { dealId: dealA, status: 'IN_PRODUCTION' });
    await a.client.ok(UPDATE_DEAL, { dealId: dealA, status: 'DELIVERED' });
    await buyer.client.ok(UPDATE_DEAL, { dealId: dealA, status: 'COMPLETED' });
    const afterRound = await expectRollupsExact();

    // What a user of the dashboard would read for this buyer's round.
    expect(afterRound.market_rfq_day.filter((r) => r.buyer === buyer.organizationId)).toEqual([
      expect.objectContaining({ posted: 1, matched: 1, quoted: 1, awarded: 1, open: 0 }),
    ]);
    const activityOf = (ikm: string) => afterRound.market_ikm_activity.filter((r) => r.ikm === ikm).map((r) => [r.kec, r.quotes]);
    expect(activityOf(a.organizationId)).toEqual([['3328140', 2]]);
    expect(activityOf(b.organizationId)).toEqual([['3328120', 1]]);
    // The buyer's deals by the IKM's kecamatan, so a kecamatan filter can narrow a buyer's figures.
    expect(afterRound.market_buyer_day.filter((r) => r.buyer === buyer.organizationId).map((r) => [r.kec, r.deals, r.value]))
      .toEqual([['3328120', 1, String(400n * 12100n)], ['3328140', 1, String(600n * 11800n)]]);

    // B moves to another kecamatan: the IKM totals follow; its past quote and deal keep theirs.
    await b.client.ok(UPSERT_PROFILE, { input: profileInput({ kecamatanCode: '3328160' }) });
    await matchingSettled();
    const { rollups, independent } = await foldedFigures();
    expect(rollups).toEqual(independent);
    expect(rollups.market_ikm_activity.filter((r) => r.ikm === b.organizationId).map((r) => r.kec)).toEqual(['3328120']);

    await expectRebuildKeepsEverything(rollups);
  });

  it('count each change once when several replicas fold at the same time as IKMs quote and revise', async () => {
    const buyer = await registerAccount(anonymous, { role: 'BUYER' });
    const ikms = await Promise.all(['3328140', '3328140', '3328120'].map((kecamatanCode) => ikmWithProfile(anonymous, { kecamatanCode })));
    const rfqId = await postRfq(buyer.client, { quantity: 1000 });
    await waitFor('matching DONE', () => buyer.client.ok(MATCHING, { id: rfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 20000 });
    for (const [i, ikm] of ikms.entries()) {
      await run.sql.query(
        `INSERT INTO rfq_match (rfq_id, ikm_organization_id, profile_id, score, initial_rank, breakdown, deliverable_quantity, engine_version)
         VALUES ($1, $2, $3, 0.5, $4, '[]'::jsonb, 5000, 'test') ON CONFLICT (rfq_id, ikm_organization_id) DO NOTHING`,
        [rfqId, ikm.organizationId, ikm.profileId, 200 + i],
      );
    }
    // Three folders (as three API replicas) fold over and over while the quotes commit.
    const folder = api.app.get(MarketRollupFolder);
    let quoting = true;
    const folding = Promise.all([0, 1, 2].map(async () => {
      while (quoting) await folder.foldNow();
    }));
    await Promise.all(ikms.map(async (ikm) => {
      for (const unitPrice of ['12000', '11900']) await ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 300, unitPrice }) });
    }));
    quoting = false;
    await folding;

    // (The IKM that moved kecamatan above keeps its earlier quote's kecamatan, as it should: no kecamatan check here.)
    await matchingSettled();
    const { rollups, independent } = await foldedFigures();
    expect(rollups).toEqual(independent);
    expect(rollups.market_rfq_day.filter((r) => r.buyer === buyer.organizationId)).toEqual([expect.objectContaining({ posted: 1, matched: 1, quoted: 1 })]);
    expect(rollups.market_ikm_activity.filter((r) => ikms.some((ikm) => ikm.organizationId === r.ikm)).map((r) => r.quotes)).toEqual([2, 2, 2]);
  });
});
