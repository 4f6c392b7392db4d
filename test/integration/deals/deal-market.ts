import { GraphqlClient, registerAccount, RegisteredAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { ikmWithProfile, matchDirectly, postRfq } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';

export const SUBMIT_QUOTE = `mutation S($input: SubmitQuoteInput!) { submitQuote(input: $input) { id status revision current unitPrice quantity totalPrice leadTimeDays validUntil notes ikm { id } rfq { id } } }`;
export const WITHDRAW_QUOTE = `mutation W($id: ID!) { withdrawQuote(id: $id) { id status current } }`;
export const AWARD = `mutation A($rfqId: ID!, $awards: [AwardInput!]!) { awardRfq(rfqId: $rfqId, awards: $awards) { id quantity unitPrice value status ikm { id } buyer { id } quote { id status } rfq { id status } history { status at by { id } } } }`;
export const UPDATE_DEAL = `mutation U($dealId: ID!, $status: DealStatus!, $note: String) { updateDealStatus(dealId: $dealId, status: $status, note: $note) { id status cancellable deliveredOn deliveredOnTime history { status note by { id } } } }`;
export const RATE_DEAL = `mutation R($dealId: ID!, $input: DealRatingInput!) { rateDeal(dealId: $dealId, input: $input) { id side quality delivery paymentPunctuality comment } }`;
export const CLOSE_RFQ = `mutation C($id: ID!, $reason: String) { closeRfq(id: $id, reason: $reason) { id status } }`;
export const RFQ_QUOTES = `query Q($id: ID!) { rfq(id: $id) { id status quoteCount quotes { id unitPrice status revision ikm { id } } matches { ikm { id } status } deals { id ikm { id } value } } }`;
export const COMPARISON = `query C($rfqId: ID!, $sortBy: QuoteSort) { quoteComparison(rfqId: $rfqId, sortBy: $sortBy) {
  quote { id } ikm { id } unitPrice quantity totalPrice leadTimeDays expectedDelivery deliveryFeasible coversQuantity matchScore matchRank distanceKm verified
  trackRecord { completedDeals onTimeDeliveries onTimeRate responseRate } } }`;
export const DEAL = `query D($id: ID!) { deal(id: $id) { id status value quantity quote { id unitPrice } ikm { id } buyer { id } history { status note by { id } } ratings { side } } }`;
export const DEALS = `query L($filter: DealFilter, $first: Int, $after: String) { deals(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status value ikm { id } buyer { id } } } }`;

export const isoDay = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

export function quoteInput(rfqId: string, overrides: Record<string, unknown> = {}) {
  return { rfqId, unitPrice: '12000', quantity: 600, leadTimeDays: 21, validUntil: isoDay(30), notes: 'Harga termasuk ongkos kirim ke Kendal', ...overrides };
}

/**
 * A database of its own with the real API in-process (no worker: the tests decide who is matched,
 * by writing rfq_match rows as the matching worker would, so other files' profiles never crowd
 * their IKMs out of the top K).
 */
export class DealMarket {
  private constructor(
    readonly run: ScratchRun,
    readonly api: RunningApi,
    readonly anonymous: GraphqlClient,
  ) {}

  static async start(tag: string, env: Record<string, string> = {}): Promise<DealMarket> {
    const run = await startScratchRun(tag);
    const api = await startApi(testConfig({ ...run.env, ...env }));
    return new DealMarket(run, api, new GraphqlClient(api.url));
  }

  /** Drops the database only once the API's connections have ended, so none is cut mid-close. */
  async stop(): Promise<void> {
    await this.api?.close();
    if (!this.run) return;
    await waitFor('the API connections closed', async () => (await this.run.sql.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    )).rows[0].n, (n) => n <= this.run.sql.totalCount - 1, { timeoutMs: 5000 }).catch(() => undefined);
    await this.run.drop();
  }

  buyer(): Promise<RegisteredAccount> {
    return registerAccount(this.anonymous, { role: 'BUYER' });
  }

  ikm(overrides: Record<string, unknown> = {}): Promise<RegisteredAccount & { profileId: string }> {
    return ikmWithProfile(this.anonymous, overrides);
  }

  async staff(role: 'DINAS' | 'ADMIN'): Promise<GraphqlClient> {
    const admin = await this.adminClient();
    if (role === 'ADMIN') return admin;
    const email = `dinas-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@tegalkab.go.id`;
    await admin.ok(`mutation M($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`, {
      input: { email, password: 'correct horse battery', name: 'Petugas Dinas', role: 'DINAS' },
    });
    const data = await this.anonymous.ok(`mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: 'correct horse battery' });
    return this.anonymous.as(data.login.accessToken);
  }

  private adminToken: string | null = null;

  /** An ADMIN written straight to the database (as BOOTSTRAP_ADMIN would), then logged in. */
  private async adminClient(): Promise<GraphqlClient> {
    if (!this.adminToken) {
      const someone = await registerAccount(this.anonymous, { role: 'BUYER' });
      await this.run.sql.query(`UPDATE organization SET kind = 'ADMIN' WHERE id = $1`, [someone.organizationId]);
      await this.run.sql.query(`UPDATE app_user SET role = 'ADMIN' WHERE id = $1`, [someone.userId]);
      const data = await this.anonymous.ok(`mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: someone.email, p: someone.password });
      this.adminToken = data.login.accessToken as string;
    }
    return this.anonymous.as(this.adminToken);
  }

  /** Posts an RFQ through the API and matches the given IKMs to it (best first), matching DONE. */
  async matchedRfq(buyer: GraphqlClient, ikms: { organizationId: string; profileId: string }[], overrides: Record<string, unknown> = {}): Promise<string> {
    const rfqId = await postRfq(buyer, overrides);
    await matchDirectly(this.run.sql, rfqId, ikms);
    return rfqId;
  }

  /** Row counts of every table the deal flow writes, to prove a refused request wrote nothing. */
  async footprint(): Promise<Record<string, unknown>> {
    const { rows } = await this.run.sql.query(`
      SELECT (SELECT count(*) FROM quote)::int AS quotes,
             (SELECT count(*) FROM deal)::int AS deals,
             (SELECT count(*) FROM deal_event)::int AS deal_events,
             (SELECT count(*) FROM deal_rating)::int AS ratings,
             (SELECT count(*) FROM outbox_event)::int AS events,
             (SELECT string_agg(id || ':' || status || ':' || current, ',' ORDER BY id) FROM quote) AS quote_states,
             (SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM rfq) AS rfq_states,
             (SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM rfq_match) AS match_states,
             (SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM deal) AS deal_states`);
    return rows[0];
  }
}
