import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { RfqMatcher } from '@jalin/matching';
import { GraphqlClient, login, registerAccount, RunningApi, startApi, startWorker, testConfig } from '@jalin/testing';
import { ikmWithProfile, postRfq } from '../../support/marketplace-builders';
import { waitFor } from '../../support/wait-for';

describe('a matching job run twice stores one set of matches', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let db: DataSource;
  const config = testConfig();

  beforeAll(async () => {
    api = await startApi(config);
    worker = await startWorker(config);
    db = worker.get(DataSource);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const counts = async (rfqId: string) => {
    const [row] = await db.query(
      `SELECT (SELECT count(*)::int FROM rfq_match WHERE rfq_id = $1) AS matches,
              (SELECT count(*)::int FROM outbox_event WHERE name = 'matching.rfq-matched' AND payload->>'rfqId' = $1::text) AS events,
              (SELECT matching_status::text FROM rfq WHERE id = $1) AS status`,
      [rfqId],
    );
    return row as { matches: number; events: number; status: string };
  };

  it('ignores a repeated job, and two concurrent runs of one version store once', async () => {
    const anonymous = new GraphqlClient(api.url);
    for (let i = 0; i < 3; i++) await ikmWithProfile(anonymous);
    const buyer = await registerAccount(anonymous, { role: 'BUYER' });
    const rfqId = await postRfq(buyer.client);
    const done = await waitFor('matching DONE', () => counts(rfqId), (c) => c.status === 'DONE', { timeoutMs: 20000 });
    expect(done.matches).toBeGreaterThanOrEqual(3);
    expect(done.events).toBe(done.matches);

    const matcher = worker.get(RfqMatcher);
    const context = { attempt: 1, maxAttempts: 5 };
    // The same job again (a redelivered or recovered job): nothing changes.
    expect(await matcher.match(rfqId, 1, context)).toBe('skipped');
    expect(await counts(rfqId)).toEqual(done);

    // A crash before commit leaves the RFQ PENDING; two recovered runs race: one stores, one skips.
    await db.query(`UPDATE rfq SET matching_status = 'PENDING' WHERE id = $1`, [rfqId]);
    await db.query(`DELETE FROM rfq_match WHERE rfq_id = $1`, [rfqId]);
    await db.query(`DELETE FROM outbox_event WHERE name = 'matching.rfq-matched' AND payload->>'rfqId' = $1::text`, [rfqId]);
    const outcomes = await Promise.all([matcher.match(rfqId, 1, context), matcher.match(rfqId, 1, context)]);
    expect(outcomes.sort()).toEqual(['skipped', 'stored']);
    expect(await counts(rfqId)).toEqual(done);
  });

  it('marks the matching FAILED with the reason after the last attempt, and the buyer can retry', async () => {
    const anonymous = new GraphqlClient(api.url);
    await ikmWithProfile(anonymous);
    const buyer = await registerAccount(anonymous, { role: 'BUYER' });
    const rfqId = await postRfq(buyer.client);
    await waitFor('matching DONE', () => counts(rfqId), (c) => c.status === 'DONE', { timeoutMs: 20000 });
    // Simulate a version whose matching keeps failing: the RFQ row points at a version that
    // RfqMatcher can run, but the matching index cannot catch up with the database.
    await db.query(`UPDATE rfq SET matching_status = 'PENDING', matching_version = 7 WHERE id = $1`, [rfqId]);
    const matcher = worker.get(RfqMatcher);
    const failing = Object.create(matcher) as RfqMatcher;
    Object.defineProperty(failing, 'index', { value: { catchUp: () => Promise.reject(new Error('profile store unavailable')) } });
    await expect(failing.match(rfqId, 7, { attempt: 1, maxAttempts: 3 })).rejects.toThrow('profile store unavailable');
    expect(await failing.match(rfqId, 7, { attempt: 3, maxAttempts: 3 })).toBe('failed');
    const RFQ = `query R($id: ID!) { rfq(id: $id) { matchingStatus matchingError { code message } } }`;
    // The buyer reads a stable code and a text in Bahasa Indonesia (the default), never the internal message.
    const failed = (await buyer.client.ok(RFQ, { id: rfqId })).rfq;
    expect(failed).toEqual({
      matchingStatus: 'FAILED',
      matchingError: { code: 'PROFILE_INDEX_UNAVAILABLE', message: 'Data profil IKM sedang tidak dapat dibaca. Silakan coba lagi beberapa saat lagi.' },
    });
    expect(JSON.stringify(failed)).not.toContain('profile store unavailable');
    // A colleague who reads English gets the same code in English.
    await db.query(
      `INSERT INTO app_user (organization_id, email, password_hash, name, role, locale)
       SELECT organization_id, 'en-' || email, password_hash, 'Procurement', role, 'en' FROM app_user WHERE id = $1`,
      [buyer.userId],
    );
    const english = anonymous.as((await login(anonymous, `en-${buyer.email}`, buyer.password)).accessToken);
    expect((await english.ok(RFQ, { id: rfqId })).rfq.matchingError).toEqual({
      code: 'PROFILE_INDEX_UNAVAILABLE', message: 'IKM profiles cannot be read right now. Please retry in a few moments.',
    });

    const RETRY = `mutation M($id: ID!) { retryMatching(id: $id) { matchingStatus } }`;
    expect((await buyer.client.ok(RETRY, { id: rfqId })).retryMatching.matchingStatus).toBe('PENDING');
    await waitFor('retried matching DONE', () => buyer.client.ok(RFQ, { id: rfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 20000 });
    expect(await buyer.client.code(RETRY, { id: rfqId })).toBe('CONFLICT');
  });

  it('stores a version in the same few statements whatever the number of matches', async () => {
    const anonymous = new GraphqlClient(api.url);
    const buyer = await registerAccount(anonymous, { role: 'BUYER' });
    const matcher = worker.get(RfqMatcher);
    const statementsOfOneRun = async (rfqId: string) => {
      await db.query(`UPDATE rfq SET matching_status = 'PENDING', updated_at = now() WHERE id = $1`, [rfqId]);
      await db.query(`DELETE FROM rfq_match WHERE rfq_id = $1`, [rfqId]);
      // Only this job's statements: the worker's relay and the API share the process.
      let statements = 0;
      const query = PostgresQueryRunner.prototype.query;
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (this: PostgresQueryRunner, ...args) {
        if ((new Error().stack ?? '').includes('RfqMatcher')) statements += 1;
        return query.apply(this, args);
      });
      try {
        expect(await matcher.match(rfqId, 1, { attempt: 1, maxAttempts: 1 })).toBe('stored');
        return statements;
      } finally {
        spy.mockRestore();
      }
    };
    // A certificate no demo workshop and no other test's workshop holds: this RFQ's matches are ours alone.
    const validUntil = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
    const forge = { processes: ['FORGING'], materials: ['CAST_IRON'], certifications: [{ code: 'SPPT_SNI', number: 'SPPT-1', validUntil }] };
    await ikmWithProfile(anonymous, forge);
    const few = await postRfq(buyer.client, { processes: forge.processes, materials: forge.materials, requiredCertifications: ['SPPT_SNI'] });
    await waitFor('matching DONE', () => counts(few), (c) => c.status === 'DONE', { timeoutMs: 20000 });
    const withFew = await statementsOfOneRun(few);
    const fewMatches = (await counts(few)).matches;
    for (let i = 0; i < 4; i++) await ikmWithProfile(anonymous, forge);
    const withMore = await statementsOfOneRun(few);
    expect((await counts(few)).matches).toBeGreaterThanOrEqual(fewMatches + 4);
    // Read the RFQ, then one transaction: lock, matches, consortia when needed, status, outbox.
    expect(withMore).toBe(withFew);
    expect(withMore).toBeGreaterThanOrEqual(6);
    expect(withMore).toBeLessThanOrEqual(9);
  });
});
