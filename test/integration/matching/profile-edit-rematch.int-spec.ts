import { INestApplicationContext } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobName, JobProducer, QueueName } from '@jalin/jobs';
import { GraphqlClient, registerAccount, RegisteredAccount, RunningApi, startApi, startWorker, testConfig } from '@jalin/testing';
import { postRfq, profileInput, UPSERT_PROFILE } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { sleep, waitFor } from '../../support/wait-for';
import { quoteInput, SUBMIT_QUOTE } from '../deals/deal-market';

jest.setTimeout(120000);

const RFQ = `query R($id: ID!) { rfq(id: $id) { matchingStatus matches { ikm { id } status } } }`;
const MY_MATCHES = `query M($status: MatchStatus) { myMatches(status: $status) { totalCount nodes { status rfq { id } } } }`;

/**
 * Profile edits cannot farm RFQ visibility: a burst of edits gives one re-match that reads the
 * latest profile, re-matches per profile are limited per hour, and a match the edited profile no
 * longer qualifies for is withdrawn (EXPIRED, unreadable) unless the IKM already quoted.
 */
describe('re-matching after profile edits', () => {
  let run: ScratchRun;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let anonymous: GraphqlClient;
  let buyer: RegisteredAccount;

  beforeAll(async () => {
    run = await startScratchRun('rematch_edits');
    const config = testConfig({ ...run.env, OUTBOX_POLL_MS: '50', REMATCH_DEBOUNCE_MS: '1500', REMATCH_PER_PROFILE_PER_HOUR: '3' });
    api = await startApi(config);
    worker = await startWorker(config);
    anonymous = new GraphqlClient(api.url);
    buyer = await registerAccount(anonymous, { role: 'BUYER' });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await run?.drop();
  });

  const rematchJobs = async (profileId: string): Promise<Job[]> => {
    const queue = worker.get(JobProducer).queue(QueueName.Matching);
    const jobs = await queue.getJobs(['completed', 'failed', 'active', 'waiting', 'delayed', 'prioritized']);
    return jobs.filter((j) => j?.name === JobName.RematchProfile && j.data.profileId === profileId);
  };
  const settled = async (profileId: string, done: number) => {
    const jobs = await waitFor('re-match jobs settled', () => rematchJobs(profileId), (js) => js.filter((j) => j.finishedOn).length >= done, { timeoutMs: 20000 });
    return jobs;
  };
  const matchedRfq = async (overrides: Record<string, unknown>) => {
    const rfqId = await postRfq(buyer.client, { requiredCertifications: [], ...overrides });
    await waitFor('matching DONE', () => buyer.client.ok(RFQ, { id: rfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 20000 });
    return rfqId;
  };
  const ikmIds = async (rfqId: string) => (await buyer.client.ok(RFQ, { id: rfqId })).rfq.matches.map((m: any) => m.ikm.id);
  const newIkm = async (processes: string[]) => {
    const ikm = await registerAccount(anonymous, { role: 'IKM' });
    const profileId = (await ikm.client.ok(UPSERT_PROFILE, { input: profileInput({ processes, certifications: [] }) })).upsertMyProfile.id as string;
    return { ...ikm, profileId };
  };

  it('runs one re-match for a burst of edits, with the latest profile', async () => {
    const stamping = await matchedRfq({ processes: ['STAMPING'] });
    const casting = await matchedRfq({ processes: ['CASTING'] });
    const ikm = await newIkm(['CNC_TURNING']);
    await settled(ikm.profileId, 1);

    // Four quick edits offer STAMPING; the last one offers CASTING instead.
    for (let i = 0; i < 4; i++) await ikm.client.ok(UPSERT_PROFILE, { input: profileInput({ processes: ['STAMPING'], certifications: [], leadTimeDays: 10 + i }) });
    await ikm.client.ok(UPSERT_PROFILE, { input: profileInput({ processes: ['CASTING'], certifications: [] }) });

    await waitFor('the latest profile matched', () => ikmIds(casting), (ids) => ids.includes(ikm.organizationId), { timeoutMs: 20000 });
    await sleep(2500); // longer than the debounce: no straggler job
    const jobs = await rematchJobs(ikm.profileId);
    expect(jobs.filter((j) => j.finishedOn)).toHaveLength(2); // the creation's and the burst's
    expect(await ikmIds(stamping)).not.toContain(ikm.organizationId);
  });

  it('withdraws an unquoted match the edited profile no longer qualifies for, and keeps a quoted one', async () => {
    const ikm = await newIkm(['WELDING_TIG', 'FORGING']);
    await settled(ikm.profileId, 1);
    const unquoted = await matchedRfq({ processes: ['WELDING_TIG'], title: 'Rangka las TIG' });
    const quoted = await matchedRfq({ processes: ['WELDING_TIG'], title: 'Dudukan las TIG' });
    expect(await ikmIds(unquoted)).toContain(ikm.organizationId);
    await ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(quoted) });

    // The edit drops the process both RFQs need.
    await ikm.client.ok(UPSERT_PROFILE, { input: profileInput({ processes: ['FORGING'], certifications: [] }) });
    await waitFor('the unquoted match withdrawn', () => ikmIds(unquoted), (ids) => !ids.includes(ikm.organizationId), { timeoutMs: 20000 });

    const status = (await run.sql.query(`SELECT status::text FROM rfq_match WHERE rfq_id = $1 AND ikm_organization_id = $2`, [unquoted, ikm.organizationId])).rows[0].status;
    expect(status).toBe('EXPIRED');
    // The IKM can read it nowhere: not in its matches, not as an RFQ, not by status.
    const mine = (await ikm.client.ok(MY_MATCHES, {})).myMatches;
    expect(mine.nodes).toEqual([{ status: 'QUOTED', rfq: { id: quoted } }]);
    expect((await ikm.client.ok(MY_MATCHES, { status: 'EXPIRED' })).myMatches.totalCount).toBe(0);
    expect(await ikm.client.code(RFQ, { id: unquoted })).toBe('NOT_FOUND');
    expect(await ikm.client.code(SUBMIT_QUOTE, { input: quoteInput(unquoted) })).toBe('NOT_FOUND');
    // The quoted match stays, for the IKM and the buyer.
    expect((await ikm.client.ok(RFQ, { id: quoted })).rfq.matches).toEqual([{ ikm: { id: ikm.organizationId }, status: 'QUOTED' }]);
    expect(await ikmIds(quoted)).toContain(ikm.organizationId);
  });

  it('limits re-matches per profile per hour; a later edit waits in one job', async () => {
    const ikm = await newIkm(['CNC_MILLING']);
    await settled(ikm.profileId, 1);
    const turning = await matchedRfq({ processes: ['CONVENTIONAL_TURNING'] });
    // Two more edits, each after the last re-match ran: the hourly limit of 3 is spent.
    for (const [i, processes] of [['CNC_MILLING', 'SHEARING'], ['CNC_MILLING', 'DEEP_DRAWING']].entries()) {
      await ikm.client.ok(UPSERT_PROFILE, { input: profileInput({ processes, certifications: [] }) });
      await settled(ikm.profileId, i + 2);
    }
    // The fourth re-match is refused: the edit that qualifies for an RFQ is not matched now...
    await ikm.client.ok(UPSERT_PROFILE, { input: profileInput({ processes: ['CONVENTIONAL_TURNING'], certifications: [] }) });
    const jobs = await settled(ikm.profileId, 4);
    await sleep(500);
    expect(await ikmIds(turning)).not.toContain(ikm.organizationId);
    // ...but waits as one delayed job for when the hour allows it.
    const waiting = (await rematchJobs(ikm.profileId)).filter((j) => !j.finishedOn);
    expect(waiting).toHaveLength(1);
    expect(waiting[0].delay).toBeGreaterThan(3_000_000);
    expect(jobs.filter((j) => j.finishedOn)).toHaveLength(4);
  });
});
