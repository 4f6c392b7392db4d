import { DataSource } from 'typeorm';
import { GraphqlClient, registerAccount, RegisteredAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { ikmWithProfile, matchDirectly, postRfq } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { countStatements } from '../../support/statement-counter';
import { quoteInput, SUBMIT_QUOTE } from '../deals/deal-market';

jest.setTimeout(180000);

/** What an IKM's inbox shows: each match with its RFQ, the RFQ's buyer, the IKM's own quote, its profile. */
const MY_MATCHES = `query M($first: Int) {
  myMatches(first: $first) {
    totalCount
    nodes {
      id score rank status deliverableQuantity
      breakdown { factor value explanation }
      ikm { id name }
      profile { id verified organization { name } }
      rfq { id title status quoteCount buyer { id name } quotes { id unitPrice } matches { id } deals { id } }
    }
  }
}`;

/** What a buyer's RFQ page shows: every match with its workshop and profile, every quote, the deals. */
const RFQ_PAGE = `query R($id: ID!) {
  rfq(id: $id) {
    id title quoteCount buyer { id name }
    matches { id score rank status breakdown { factor explanation } ikm { id name } profile { id verified heldCertifications organization { name } } }
    quotes { id unitPrice totalPrice revision ikm { id name } rfq { id } }
    deals { id value history { status by { id } } }
    consortiumSuggestions { score members { id } shares { quantity match { id ikm { name } } } }
  }
}`;

/**
 * The number of SQL statements one GraphQL request sends does not grow with the lists it returns
 * (no N+1): counted on the API's own TypeORM data source, in-process. The dashboard store's
 * background sync is slowed down to once a minute so it never runs inside a measured request, and
 * the rollup fold's statement, which runs every DASHBOARD_FOLD_MS whatever the requests, is not
 * counted (countStatements).
 */
/** The one statement that reads matches' stored breakdowns, for those whose sentences a replica does not keep yet. */
const READS_STORED_BREAKDOWNS = /SELECT id, breakdown FROM rfq_match/;

describe('SQL statements per request', () => {
  let run: ScratchRun;
  let api: RunningApi;
  let anonymous: GraphqlClient;
  let counter: ReturnType<typeof countStatements> | undefined;

  beforeAll(async () => {
    run = await startScratchRun('statements_per_request');
    api = await startApi(testConfig({ ...run.env, DASHBOARD_SYNC_MS: '60000', DASHBOARD_RELOAD_MS: '86400000', REGISTER_RATE_LIMIT_PER_HOUR: '1000' }));
    anonymous = new GraphqlClient(api.url);
    counter = countStatements(api.app.get(DataSource));
  });
  afterAll(async () => {
    counter?.stop();
    await api?.close();
    await run?.drop();
  });

  /** The statements the API sent while answering this one request. */
  const statementsOf = async (client: GraphqlClient, query: string, variables: Record<string, unknown>) => {
    const { statements } = counter!;
    statements.length = 0;
    const data = await client.ok(query, variables);
    return { count: statements.length, breakdownReads: statements.filter((sql) => READS_STORED_BREAKDOWNS.test(sql)).length, data };
  };

  const inParallel = async <T>(count: number, make: (i: number) => Promise<T>, width = 6): Promise<T[]> => {
    const out: T[] = new Array(count);
    let next = 0;
    await Promise.all(Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await make(i);
      }
    }));
    return out;
  };

  it('myMatches: the same number for an IKM with 2 matches as for one with 40', async () => {
    const buyers = await inParallel(4, () => registerAccount(anonymous, { role: 'BUYER' }));
    const few = await ikmWithProfile(anonymous);
    const many = await ikmWithProfile(anonymous);
    const rfqs = await inParallel(40, (i) => postRfq(buyers[i % buyers.length].client, { title: `Bracket batch ${i}` }));
    for (const [i, rfqId] of rfqs.entries()) await matchDirectly(run.sql, rfqId, i < 2 ? [many, few] : [many]);
    // Some quotes, so the nested rfq.quotes are not all empty.
    for (const rfqId of rfqs.slice(0, 20)) await many.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId) });
    await few.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqs[0]) });

    const small = await statementsOf(few.client, MY_MATCHES, { first: 50 });
    const large = await statementsOf(many.client, MY_MATCHES, { first: 50 });
    expect(small.data.myMatches.nodes).toHaveLength(2);
    expect(large.data.myMatches.nodes).toHaveLength(40);
    expect(large.data.myMatches.nodes.filter((n: any) => n.rfq.quotes.length === 1)).toHaveLength(20);
    expect(new Set(large.data.myMatches.nodes.map((n: any) => n.rfq.buyer.id)).size).toBe(4);
    expect(small.count).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
    // A second run of the small one: one statement fewer, the stored breakdowns, whose sentences
    // this replica keeps now; nothing else was counted.
    expect([small.breakdownReads, large.breakdownReads]).toEqual([1, 1]);
    const again = await statementsOf(few.client, MY_MATCHES, { first: 50 });
    expect([again.count, again.breakdownReads]).toEqual([small.count - 1, 0]);
    expect(again.data).toEqual(small.data);
  });

  it('rfq(id) with its matches, quotes and deals: the same number with 2 matches and quotes as with 30', async () => {
    const buyer: RegisteredAccount = await registerAccount(anonymous, { role: 'BUYER' });
    const ikms = await inParallel(30, () => ikmWithProfile(anonymous));
    const small = await postRfq(buyer.client, { quantity: 1000 });
    const large = await postRfq(buyer.client, { quantity: 1000 });
    await matchDirectly(run.sql, large, ikms);
    await matchDirectly(run.sql, small, ikms.slice(0, 2));
    await inParallel(30, (i) => ikms[i].client.ok(SUBMIT_QUOTE, { input: quoteInput(large, { quantity: 10, unitPrice: String(12000 + i) }) }));
    await inParallel(2, (i) => ikms[i].client.ok(SUBMIT_QUOTE, { input: quoteInput(small, { quantity: 10 }) }));
    // A consortium suggestion of every match on the large RFQ, of both on the small one.
    const suggest = async (rfqId: string) => {
      const { rows } = await run.sql.query(`SELECT id, ikm_organization_id AS org FROM rfq_match WHERE rfq_id = $1 ORDER BY initial_rank`, [rfqId]);
      await run.sql.query(`INSERT INTO consortium_suggestion (rfq_id, position, members, covered_quantity, score) VALUES ($1, 1, $2::jsonb, 1000, 0.8)`,
        [rfqId, JSON.stringify(rows.map((r) => ({ matchId: r.id, ikmOrganizationId: r.org, quantity: 10 })))]);
    };
    await suggest(small);
    await suggest(large);

    const few = await statementsOf(buyer.client, RFQ_PAGE, { id: small });
    const lots = await statementsOf(buyer.client, RFQ_PAGE, { id: large });
    expect(few.data.rfq.matches).toHaveLength(2);
    expect(few.data.rfq.quotes).toHaveLength(2);
    expect(lots.data.rfq.matches).toHaveLength(30);
    expect(lots.data.rfq.quotes).toHaveLength(30);
    expect(lots.data.rfq.consortiumSuggestions[0].shares).toHaveLength(30);
    expect(few.count).toBeGreaterThan(0);
    expect(lots.count).toBe(few.count);
    // The small RFQ's matches are the first two of the large one's: their sentences are kept now.
    expect([few.breakdownReads, lots.breakdownReads]).toEqual([1, 1]);
    const again = await statementsOf(buyer.client, RFQ_PAGE, { id: small });
    expect([again.count, again.breakdownReads]).toEqual([few.count - 1, 0]);
    expect(again.data).toEqual(few.data);
  });
});
