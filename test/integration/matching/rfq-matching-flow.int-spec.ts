import { INestApplicationContext } from '@nestjs/common';
import { GraphqlClient, registerAccount, RunningApi, startApi, startWorker, testConfig } from '@jalin/testing';
import { ikmWithProfile, postRfq, profileInput, UPSERT_PROFILE } from '../../support/marketplace-builders';
import { waitFor } from '../../support/wait-for';

const RFQ = `query R($id: ID!) { rfq(id: $id) {
  id status matchingStatus buyer { id }
  matches { id score rank status engineVersion ikm { id } breakdown { factor weight value explanation } }
  consortiumSuggestions { coveredQuantity score members { id } }
} }`;
const MY_MATCHES = `{ myMatches { totalCount nodes { id score rank status rfq { id title } } } }`;

describe('RFQ → matching worker → explained matches', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let anonymous: GraphqlClient;
  const config = testConfig();

  beforeAll(async () => {
    api = await startApi(config);
    worker = await startWorker(config);
    anonymous = new GraphqlClient(api.url);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const matchedRfq = (buyer: GraphqlClient, id: string) =>
    waitFor('matching DONE', () => buyer.ok(RFQ, { id }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 20000 }).then((d) => d.rfq);

  it('matches capable IKMs within seconds, ranked and explained, and hides the RFQ from others', async () => {
    const capable = await ikmWithProfile(anonymous);
    const partial = await ikmWithProfile(anonymous, { processes: ['LASER_CUTTING', 'WELDING_TIG'] });
    const noSni = await ikmWithProfile(anonymous, { certifications: [] });
    const plastic = await ikmWithProfile(anonymous, { sectors: ['PLASTIC'], processes: ['INJECTION_MOULDING'], materials: ['PP'], kbliCodes: ['22293'] });
    const buyer = await registerAccount(anonymous, { role: 'BUYER' });

    const started = Date.now();
    const rfqId = await postRfq(buyer.client);
    const rfq = await matchedRfq(buyer.client, rfqId);
    expect(Date.now() - started).toBeLessThan(10000);

    const byIkm = new Map(rfq.matches.map((m: any) => [m.ikm.id, m]));
    expect(byIkm.has(capable.organizationId)).toBe(true);
    expect(byIkm.has(noSni.organizationId)).toBe(false);
    expect(byIkm.has(plastic.organizationId)).toBe(false);
    const best: any = byIkm.get(capable.organizationId);
    const weaker: any = byIkm.get(partial.organizationId);
    if (weaker) expect(best.score).toBeGreaterThan(weaker.score);
    expect(rfq.matches.map((m: any) => m.rank)).toEqual(rfq.matches.map((_: unknown, i: number) => i + 1));
    for (const match of rfq.matches) {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
      expect(match.breakdown.length).toBe(8);
      for (const c of match.breakdown) expect(c.explanation).toMatch(/\.$/);
    }
    // Bahasa Indonesia by default.
    expect(best.breakdown.find((c: any) => c.factor === 'PROCESS_COVERAGE').explanation).toMatch(/proses/i);
    // An IKM that reads English and a buyer read the same match, twice each (the sentences are
    // kept per replica): each reader gets its own language every time.
    const english = await registerAccount(anonymous, { role: 'IKM', locale: 'en' });
    await english.client.ok(UPSERT_PROFILE, { input: profileInput() });
    const secondBuyer = await registerAccount(anonymous, { role: 'BUYER' });
    const englishRfqId = await postRfq(secondBuyer.client);
    await matchedRfq(secondBuyer.client, englishRfqId);
    for (let round = 0; round < 2; round++) {
      const inEnglish = (await english.client.ok(RFQ, { id: englishRfqId })).rfq.matches[0].breakdown;
      const inIndonesian = (await secondBuyer.client.ok(RFQ, { id: englishRfqId })).rfq.matches
        .find((m: any) => m.ikm.id === english.organizationId).breakdown;
      expect(inEnglish.find((c: any) => c.factor === 'PROCESS_COVERAGE').explanation).toMatch(/process/i);
      expect(inEnglish.find((c: any) => c.factor === 'PROCESS_COVERAGE').explanation).not.toMatch(/proses/i);
      expect(inIndonesian.find((c: any) => c.factor === 'PROCESS_COVERAGE').explanation).toMatch(/proses/i);
      expect(inEnglish.map((c: any) => [c.factor, c.value])).toEqual(inIndonesian.map((c: any) => [c.factor, c.value]));
    }

    // The matched IKM sees the RFQ and only its own match; the others get NOT_FOUND.
    const seen = (await capable.client.ok(RFQ, { id: rfqId })).rfq;
    expect(seen.matches.map((m: any) => m.ikm.id)).toEqual([capable.organizationId]);
    expect((await capable.client.ok(MY_MATCHES)).myMatches.nodes.map((m: any) => m.rfq.id)).toContain(rfqId);
    // A status filter sent as an explicit null (as the app's "all statuses" does) means no filter.
    expect((await capable.client.ok(`query M($s: MatchStatus) { myMatches(status: $s) { nodes { rfq { id } } } }`, { s: null })).myMatches.nodes.map((m: any) => m.rfq.id)).toContain(rfqId);
    expect((await buyer.client.ok(`query R($s: RfqStatus) { myRfqs(status: $s) { nodes { id } } }`, { s: null })).myRfqs.nodes.map((r: any) => r.id)).toEqual([rfqId]);
    expect(await noSni.client.code(RFQ, { id: rfqId })).toBe('NOT_FOUND');
    expect(await plastic.client.code(RFQ, { id: rfqId })).toBe('NOT_FOUND');
    const otherBuyer = await registerAccount(anonymous, { role: 'BUYER' });
    expect(await otherBuyer.client.code(RFQ, { id: rfqId })).toBe('NOT_FOUND');
    expect(await anonymous.code(RFQ, { id: rfqId })).toBe('UNAUTHENTICATED');
  });

  it('suggests consortia when no single IKM can deliver the quantity in time', async () => {
    // ISO 14001 is held by these three only, so other tests' profiles cannot answer alone.
    const validUntil = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
    const certifications = [{ code: 'SNI', number: 'SNI-1', validUntil }, { code: 'ISO_14001', number: 'EMS-1', validUntil }];
    for (let i = 0; i < 3; i++) await ikmWithProfile(anonymous, { monthlyCapacity: { quantity: 1500, unit: 'pcs' }, certifications });
    const buyer = await registerAccount(anonymous, { role: 'BUYER' });
    const neededBy = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const rfqId = await postRfq(buyer.client, { quantity: 5000, neededBy, requiredCertifications: ['ISO_14001'] });
    const rfq = await matchedRfq(buyer.client, rfqId);
    expect(rfq.consortiumSuggestions.length).toBeGreaterThan(0);
    for (const suggestion of rfq.consortiumSuggestions) {
      expect(suggestion.coveredQuantity).toBeGreaterThanOrEqual(5000);
      expect(suggestion.members.length).toBeGreaterThanOrEqual(2);
      expect(suggestion.members.length).toBeLessThanOrEqual(5);
    }
  });

  it('adds a profile created after the RFQ where it now qualifies (re-matching)', async () => {
    const buyer = await registerAccount(anonymous, { role: 'BUYER' });
    const rfqId = await postRfq(buyer.client, { processes: ['PLASMA_CUTTING', 'GALVANIZING'], materials: ['SS400'], requiredCertifications: [] });
    await matchedRfq(buyer.client, rfqId);
    const latecomer = await registerAccount(anonymous, { role: 'IKM' });
    await latecomer.client.ok(UPSERT_PROFILE, { input: profileInput({ processes: ['PLASMA_CUTTING', 'GALVANIZING'], certifications: [] }) });
    const rfq = await waitFor(
      'the latecomer matched',
      () => buyer.client.ok(RFQ, { id: rfqId }),
      (d) => d.rfq.matches.some((m: any) => m.ikm.id === latecomer.organizationId),
      { timeoutMs: 20000 },
    );
    expect(rfq.rfq.matches.length).toBeGreaterThan(0);
  });
});
