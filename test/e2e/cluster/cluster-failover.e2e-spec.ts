import { Redis } from 'ioredis';
import { bullmqPrefix } from '@jalin/jobs';
import { GraphqlClient, registerAccount, RegisteredAccount } from '@jalin/testing';
import { AppSlot, ClusterLayout } from '../../../scripts/cluster/cluster-layout';
import { computeDashboardOracle, DASHBOARD_QUERY, dashboardAsOracle, OracleDashboard } from '../../support/dashboard-oracle';
import { cleanOutcome, marketOutcome } from '../../support/fault-market';
import { listenToNotifications, LiveListener } from '../../support/live-notifications';
import { CREATE_RFQ, ikmWithProfile, rfqInput } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';

// The figure: 2,000 RFQs (about two minutes on the quiet machine; CLUSTER_E2E_RFQS sets another count).
const RFQS = Number(process.env.CLUSTER_E2E_RFQS ?? 2000);
const CONCURRENCY = 20;
const BUYERS = 20;
const IKMS = 3;
const ADMIN = { email: 'cluster-admin@jalin.test', password: 'cluster admin password' };

jest.setTimeout(600000);

/**
 * The scaled-out layout (scripts/cluster: HAProxy, 2 API replicas, 2 workers, PgBouncer in
 * transaction mode, a 3-master Redis Cluster with replicas) takes RFQS RFQs posted through the load
 * balancer while one API replica and one worker are SIGKILLed and restarted and the Redis master
 * holding the queues fails over. In the end every RFQ is matched once and notified once, the IKMs
 * subscribed on the surviving replica heard each of their notifications live, and the Dinas
 * dashboard (through the balancer) equals the GROUP BY oracle.
 */
describe(`cluster layout: ${RFQS} RFQs through the load balancer while an API, a worker and a Redis master die`, () => {
  let run: ScratchRun;
  let layout: ClusterLayout;
  let lbUrl: string;
  const output: string[] = [];
  let setupStarted = 0;

  beforeAll(async () => {
    setupStarted = Date.now();
    run = await startScratchRun('cluster');
    layout = await ClusterLayout.start({
      databaseUrl: run.env.DATABASE_URL,
      apis: 2,
      workers: 2,
      env: {
        ...process.env,
        QUEUE_PREFIX: run.env.QUEUE_PREFIX,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        // The test's clients say who they are in X-Forwarded-For (each its own address), HAProxy adds itself.
        TRUST_PROXY_HOPS: '2',
        JOB_LOCK_DURATION_MS: '2000',
        BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
        BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      },
      print: (line) => output.push(line),
      rawLogs: true,
    });
    lbUrl = `${layout.url}/graphql`;
  });

  afterAll(async () => {
    await layout?.stop();
    await run?.drop();
  });

  /** Posts until `count` RFQs are confirmed; a request cut by a dying replica (no answer, 502) is posted again. */
  async function postThroughBalancer(buyers: GraphqlClient[], count: number, confirmed: string[]): Promise<number> {
    let next = 0;
    let cut = 0;
    const lane = async () => {
      while (next < count) {
        const i = next++;
        for (;;) {
          const answer = await buyers[i % buyers.length].request<{ createRfq: { id: string } }>(CREATE_RFQ, { input: rfqInput({ title: `Cluster burst ${i}` }) }).catch(() => null);
          if (answer?.data) {
            confirmed.push(answer.data.createRfq.id);
            break;
          }
          if (answer && answer.status < 500 && answer.errors?.[0]?.extensions?.code !== 'SERVICE_UNAVAILABLE') {
            throw new Error(`createRfq refused: ${JSON.stringify(answer.errors)}`);
          }
          cut++;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));
    return cut;
  }

  /** The cluster node (port) that is master of the queues' hash slot now. */
  async function queueMasterPort(): Promise<number> {
    const redis = new Redis({ port: layout.redis.ports[0], host: '127.0.0.1' });
    try {
      const tag = bullmqPrefix({ REDIS_URL: layout.redis.url, QUEUE_PREFIX: run.env.QUEUE_PREFIX }).replace(/^\{|\}$/g, '');
      const slot = Number(await redis.cluster('KEYSLOT', tag));
      const range = (await redis.cluster('SLOTS')).find(([from, to]) => slot >= from && slot <= to)!;
      return range[2][1];
    } finally {
      redis.disconnect();
    }
  }

  const doneCount = async () => (await run.sql.query(`SELECT count(*)::int AS n FROM rfq WHERE matching_status = 'DONE'`)).rows[0].n as number;

  it('matches and notifies every RFQ once, live subscribers on the surviving replica hear theirs, the dashboard equals the oracle', async () => {
    const anonymous = new GraphqlClient(lbUrl);
    const { accessToken: adminToken } = (await anonymous.ok(`mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`, ADMIN)).login;
    await anonymous.as(adminToken).ok(`mutation M($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`, {
      input: { email: 'dinas@cluster.jalin.test', password: 'correct horse battery', name: 'Petugas Dinas', role: 'DINAS' },
    });
    const dinasToken = (await anonymous.ok(`mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`, {
      email: 'dinas@cluster.jalin.test', password: 'correct horse battery',
    })).login.accessToken;
    const dinas = new GraphqlClient(lbUrl, dinasToken);
    const ikms = await Promise.all(Array.from({ length: IKMS }, () => ikmWithProfile(new GraphqlClient(lbUrl))));
    const buyers: RegisteredAccount[] = await Promise.all(Array.from({ length: BUYERS }, () => registerAccount(new GraphqlClient(lbUrl), { role: 'BUYER' })));

    // IKMs listen on the replica that survives; api1 and worker1 are the ones killed.
    const [doomedApi, survivingApi] = layout.apis;
    const doomedWorker: AppSlot = layout.workers[0];
    const listeners: LiveListener[] = await Promise.all(ikms.map((ikm) => listenToNotifications(`http://127.0.0.1:${survivingApi.port}/graphql`, ikm.accessToken)));

    const started = Date.now();
    const confirmed: string[] = [];
    const burst = postThroughBalancer(buyers.map((b) => b.client), RFQS, confirmed);
    // Killed mid-stream: a quarter posted, some matched, others queued, in flight or not yet relayed.
    await waitFor('a quarter of the RFQs posted and some matched', async () => [confirmed.length, await doneCount()], ([posted, done]) => posted >= RFQS / 4 && done > 0, { timeoutMs: 300000, intervalMs: 100 });
    const queueMaster = await queueMasterPort();
    const postedAtKill = confirmed.length;
    await Promise.all([doomedApi.kill(), doomedWorker.kill()]);
    const failover = await layout.redis.failOver(queueMaster);
    doomedApi.start();
    doomedWorker.start();
    await Promise.all([doomedApi.ready(), doomedWorker.ready()]);
    const cut = await burst;
    const postedMs = Date.now() - started;
    expect(confirmed).toHaveLength(RFQS);
    expect(postedAtKill).toBeLessThan(RFQS);

    // Every RFQ in the database, including any committed whose answer was cut by the kill.
    const ids: string[] = (await run.sql.query(`SELECT id FROM rfq`)).rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(confirmed));
    const outcome = await waitFor(
      'every RFQ matched and notified once',
      () => marketOutcome(run.sql, ids, IKMS),
      (o) => o.notDone === 0 && o.matchedNotifications === ids.length * IKMS && o.unpublishedEvents === 0,
      { timeoutMs: 300000, intervalMs: 500 },
    );
    expect(outcome).toEqual(cleanOutcome(ids.length, IKMS));
    const settledMs = Date.now() - started;

    // Each IKM heard every one of its stored notifications live, once.
    for (const [i, ikm] of ikms.entries()) {
      const stored: string[] = (await run.sql.query(`SELECT id FROM notification WHERE user_id = $1`, [ikm.userId])).rows.map((r) => r.id);
      const heard = await waitFor(`IKM ${i + 1} to hear its ${stored.length} notifications`, async () => listeners[i].heard, (h) => stored.every((id) => h.has(id)), { timeoutMs: 30000 }).catch(() => listeners[i].heard);
      const missed = stored.filter((id) => !heard.has(id));
      expect({ ikm: i + 1, stored: stored.length, missed: missed.length, doubled: [...heard.values()].filter((n) => n > 1).length })
        .toEqual({ ikm: i + 1, stored: ids.length, missed: 0, doubled: 0 });
    }

    // The Dinas dashboard through the balancer (either replica) equals the GROUP BY oracle within 30 s.
    let last: { got: OracleDashboard; expected: OracleDashboard } | undefined;
    await waitFor('the dashboard to equal the oracle', async () => {
      const expected = await computeDashboardOracle(run.sql, {}, { recentDeals: 10 });
      const got = dashboardAsOracle((await dinas.ok(DASHBOARD_QUERY, { filter: {}, first: 10 })).dashboard);
      last = { got, expected };
      return last;
    }, ({ got, expected }) => JSON.stringify(got) === JSON.stringify(expected), { timeoutMs: 30000, intervalMs: 300 }).catch(() => undefined);
    expect(last!.got).toEqual(last!.expected);

    process.stdout.write(`${JSON.stringify({ rfqs: ids.length, postedAtKill, cutRequests: cut, failoverMs: failover.tookMs, postedMs, settledMs, setupMs: started - setupStarted })}\n`);
    await Promise.all(listeners.map((l) => l.close()));
  });
});
