import { randomBytes, randomUUID } from 'node:crypto';
import { GraphqlClient } from '@jalin/testing';
import { DealMarket } from '../deals/deal-market';

jest.setTimeout(90000);

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const ID = randomUUID();
const AT = new Date().toISOString();

/**
 * Cursors no list gives out: garbage, the wrong JSON, wrong types, values out of any range. The
 * directory sorts by name, so any short text is a position in it: the three marked true are a
 * made-up but valid position there, and only a bad date for the lists ordered by time.
 */
const FORGED: [string, string, boolean?][] = [
  ['not base64 at all', '%%% not base64 ***'],
  ['base64 of random bytes', randomBytes(48).toString('base64url')],
  ['base64 of text that is not JSON', b64('hello')],
  ['an object', b64({ at: AT, id: ID })],
  ['a string', b64('"2026-01-01"')],
  ['an empty array', b64([])],
  ['one part too few', b64([ID])],
  ['one part too many', b64([AT, ID, ID])],
  ['numbers', b64([1, 2])],
  ['nulls', b64([null, null])],
  ['nested arrays', b64([[AT], [ID]])],
  ['a date that is not one', b64(['2026-13-45T99:61:00.000Z', ID]), true],
  ['text where a date goes', b64(['kemarin', ID]), true],
  ['a date past year 9999', b64(['+275760-09-13T00:00:00.000Z', ID]), true],
  ['a huge number', b64([1e308, ID])],
  ['an id that is not a UUID', b64([AT, 'not-a-uuid'])],
  ['an id that is a number', b64([AT, 12345])],
  ['a NUL character', b64(['\u0000', ID])],
  ['a very long text', b64(['x'.repeat(5000), ID])],
];

/**
 * Every connection field, each forged cursor: BAD_USER_INPUT naming `after`, never
 * INTERNAL_SERVER_ERROR (a cast error from PostgreSQL) — and a cursor the list gave out still works.
 */
describe('forged pagination cursors', () => {
  let market: DealMarket;
  const lists: { name: string; query: string; client: () => GraphqlClient }[] = [];
  let buyer: GraphqlClient;
  let ikm: GraphqlClient;
  let dinas: GraphqlClient;
  let admin: GraphqlClient;

  beforeAll(async () => {
    market = await DealMarket.start('forged_cursors');
    buyer = (await market.buyer()).client;
    ikm = (await market.ikm()).client;
    [dinas, admin] = await Promise.all([market.staff('DINAS'), market.staff('ADMIN')]);
    lists.push(
      { name: 'capabilityProfiles', query: `query Q($after: String) { capabilityProfiles(first: 1, after: $after) { pageInfo { endCursor } } }`, client: () => buyer },
      { name: 'deals', query: `query Q($after: String) { deals(first: 1, after: $after) { pageInfo { endCursor } } }`, client: () => buyer },
      { name: 'myMatches', query: `query Q($after: String) { myMatches(first: 1, after: $after) { pageInfo { endCursor } } }`, client: () => ikm },
      { name: 'myQuotes', query: `query Q($after: String) { myQuotes(first: 1, after: $after) { pageInfo { endCursor } } }`, client: () => ikm },
      { name: 'verificationQueue', query: `query Q($after: String) { verificationQueue(first: 1, after: $after) { pageInfo { endCursor } } }`, client: () => dinas },
      { name: 'staffAccounts', query: `query Q($after: String) { staffAccounts(first: 1, after: $after) { pageInfo { endCursor } } }`, client: () => admin },
      { name: 'myRfqs', query: `query Q($after: String) { myRfqs(first: 1, after: $after) { pageInfo { endCursor } } }`, client: () => buyer },
      { name: 'notifications', query: `query Q($after: String) { notifications(first: 1, after: $after) { pageInfo { endCursor } } }`, client: () => buyer },
    );
  });
  afterAll(async () => {
    await market?.stop();
  });

  it('covers every connection field of the schema', async () => {
    const data = await buyer.ok(`{ __schema { queryType { fields { name args { name } } } } }`);
    const paged = data.__schema.queryType.fields.filter((f: { args: { name: string }[] }) => f.args.some((a) => a.name === 'after')).map((f: { name: string }) => f.name);
    expect(paged.sort()).toEqual(lists.map((l) => l.name).sort());
  });

  it.each(FORGED)('answers BAD_USER_INPUT on every list for %s', async (_name, cursor, validSortName = false) => {
    const answers: Record<string, unknown> = {};
    for (const list of lists) {
      const result = await list.client().request(list.query, { after: cursor });
      answers[list.name] = { code: result.errors?.[0]?.extensions?.code, field: result.errors?.[0]?.extensions?.issues?.[0]?.field };
    }
    const refused = { code: 'BAD_USER_INPUT', field: 'after' };
    const accepted = { code: undefined, field: undefined };
    expect(answers).toEqual(Object.fromEntries(lists.map((l) => [l.name, validSortName && l.name === 'capabilityProfiles' ? accepted : refused])));
  });

  it('still pages with the cursors the lists give out', async () => {
    await market.matchedRfq(buyer, []);
    await market.matchedRfq(buyer, []);
    const first = await buyer.ok(`{ myRfqs(first: 1) { pageInfo { endCursor hasNextPage } nodes { id } } }`);
    expect(first.myRfqs.pageInfo.hasNextPage).toBe(true);
    const second = await buyer.ok(`query Q($after: String) { myRfqs(first: 1, after: $after) { nodes { id } } }`, { after: first.myRfqs.pageInfo.endCursor });
    expect(second.myRfqs.nodes).toHaveLength(1);
    expect(second.myRfqs.nodes[0].id).not.toBe(first.myRfqs.nodes[0].id);
  });
});
