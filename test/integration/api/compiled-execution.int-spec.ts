import { GraphQLSchemaHost } from '@nestjs/graphql';
import { execute, ExecutionResult, GraphQLError, parse } from 'graphql';
import { Client } from 'graphql-ws';
import { GraphqlClient, registerAccount, RegisteredAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { CompiledExecutor } from '../../../apps/api/src/graphql/compiled-executor';
import { formatClientError } from '../../../apps/api/src/graphql/format-error';
import { RequestContextFactory } from '../../../apps/api/src/graphql/request-context.factory';
import { ikmWithProfile, matchDirectly, postRfq } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { quoteInput, SUBMIT_QUOTE } from '../deals/deal-market';
import { wsClient } from '../notifications/notification-harness';

jest.setTimeout(120000);

/** The IKM's inbox, as the app and bench:api ask for it. */
const MY_MATCHES = `query MyMatches($first: Int) {
  myMatches(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id score rank status deliverableQuantity createdAt
      breakdown { factor weight value explanation }
      ikm { id name }
      profile { id verified organization { name } }
      rfq { id title status quantity unit neededBy quoteDeadline quoteCount buyer { id name } quotes { id unitPrice status } }
    }
  }
}`;

/** Fragments, aliases, @include/@skip on fields, fragment spreads and inline fragments, typenames. */
const DIRECTIVES = `query D($withRfq: Boolean!, $noScore: Boolean!) {
  inbox: myMatches(first: 10) {
    nodes {
      ...Head
      score @skip(if: $noScore)
      rfq @include(if: $withRfq) { id title ... on Rfq @skip(if: $noScore) { quantity } }
      ...Who @include(if: $withRfq)
    }
  }
  again: myMatches(first: 1) { totalCount __typename }
}
fragment Head on Match { __typename id rank status }
fragment Who on Match { ikm { name } }`;

const RFQ_PAGE = `query RfqPage($id: ID!) {
  rfq(id: $id) {
    id title status quantity unit neededBy quoteDeadline quoteCount sealed targetUnitPrice deliveryLocation { lat lng } buyer { id name }
    matches { id score rank status deliverableQuantity breakdown { factor value explanation } ikm { id name } profile { id verified heldCertifications leadTimeDays organization { name } } }
    quotes { id unitPrice totalPrice quantity leadTimeDays revision status validUntil notes ikm { id name } rfq { id } }
    deals { id value status }
    consortiumSuggestions { score coveredQuantity members { id } }
  }
}`;

const MY_RFQS = `query { myRfqs(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { id title status matchingStatus quoteCount matches { id rank } quotes { id } } } }`;
const DEALS = `query { deals(first: 10) { totalCount nodes { id status value } } }`;
const NOTIFICATIONS = `query { notifications(first: 10) { totalCount nodes { id type title body link readAt createdAt } } }`;
const MY_QUOTES = `query { myQuotes(first: 10) { totalCount nodes { id unitPrice totalPrice status current rfq { id title } } } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** What graphql-js answers: data only, errors only (data null or absent), or data with a nulled part and its error. */
type Outcome = 'data' | 'errors' | 'partial';
type Case = { name: string; as: () => RegisteredAccount; query: string; variables?: Record<string, unknown>; outcome: Outcome };

const outcomeOf = (r: ExecutionResult): Outcome => (!r.errors ? 'data' : r.data ? 'partial' : 'errors');

/**
 * What a client could tell apart: data, each error's message, locations, path and extensions, and
 * what the error formatting reads (the error's class, its extensions object, the original error's class).
 */
const visible = (result: ExecutionResult) => JSON.stringify({
  data: result.data,
  errors: result.errors?.map((e: GraphQLError) => ({
    json: e.toJSON(), graphqlJsError: e instanceof GraphQLError && e.constructor === GraphQLError, extensions: e.extensions ?? null,
    original: e.originalError?.constructor.name ?? null, formatted: formatClientError(e.toJSON(), e),
  })),
});

/**
 * The compiled executor (graphql-jit) gives what graphql-js gives, byte for byte: for the hot reads,
 * for fragments and @include/@skip, for refused variables, for errors that null part of the answer
 * and for errors that null all of it. Both run in-process on the API's own schema and context.
 */
describe('compiled execution', () => {
  let run: ScratchRun;
  let api: RunningApi;
  let buyer: RegisteredAccount;
  let ikm: RegisteredAccount & { profileId: string };
  let rfqId: string;
  const sockets: Client[] = [];

  beforeAll(async () => {
    run = await startScratchRun('compiled_execution');
    api = await startApi(testConfig({ ...run.env, REGISTER_RATE_LIMIT_PER_HOUR: '1000' }));
    const anonymous = new GraphqlClient(api.url);
    buyer = await registerAccount(anonymous, { role: 'BUYER' });
    ikm = await ikmWithProfile(anonymous);
    const rival = await ikmWithProfile(anonymous);
    rfqId = await postRfq(buyer.client, { title: 'Braket dudukan jok', quantity: 1000 });
    const otherRfqId = await postRfq(buyer.client, { title: 'Engsel pintu', quantity: 500 });
    await matchDirectly(run.sql, rfqId, [ikm, rival]);
    await matchDirectly(run.sql, otherRfqId, [ikm]);
    await ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId) });
    await rival.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '9875' }) });
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await api?.close();
    await run?.drop();
  });

  const both = async (c: Case) => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const contexts = api.app.get(RequestContextFactory);
    const contextValue = () => contexts.fromSocket({ authorization: `Bearer ${c.as().accessToken}`, clientIp: '127.0.0.1', requestId: 'oracle', lang: 'id' });
    const document = parse(c.query);
    const reference = await execute({ schema, document, variableValues: c.variables, contextValue: await contextValue() });
    const compiled = await api.app.get(CompiledExecutor).execute({ schema, document: parse(c.query), variableValues: c.variables, contextValue: await contextValue() });
    return { reference, compiled };
  };

  const cases: Case[] = [
    { name: "the IKM's inbox", as: () => ikm, query: MY_MATCHES, variables: { first: 50 }, outcome: 'data' },
    { name: 'fragments with @include/@skip, all in', as: () => ikm, query: DIRECTIVES, variables: { withRfq: true, noScore: false }, outcome: 'data' },
    { name: 'fragments with @include/@skip, all out', as: () => ikm, query: DIRECTIVES, variables: { withRfq: false, noScore: true }, outcome: 'data' },
    { name: "the buyer's RFQ page", as: () => buyer, query: RFQ_PAGE, get variables() { return { id: rfqId }; }, outcome: 'data' },
    { name: 'the RFQ page as the matched IKM (its own match and quote only)', as: () => ikm, query: RFQ_PAGE, get variables() { return { id: rfqId }; }, outcome: 'data' },
    { name: "the buyer's RFQs", as: () => buyer, query: MY_RFQS, outcome: 'data' },
    { name: "the buyer's deals", as: () => buyer, query: DEALS, outcome: 'data' },
    { name: "the IKM's notifications", as: () => ikm, query: NOTIFICATIONS, outcome: 'data' },
    { name: "the IKM's quotes", as: () => ikm, query: MY_QUOTES, outcome: 'data' },
    { name: 'a variable of the wrong type', as: () => ikm, query: MY_MATCHES, variables: { first: 'lima puluh' }, outcome: 'errors' },
    { name: 'a required variable missing', as: () => buyer, query: RFQ_PAGE, variables: {}, outcome: 'errors' },
    { name: 'a page size out of bounds (resolver error)', as: () => ikm, query: MY_MATCHES, variables: { first: 100000 }, outcome: 'errors' },
    { name: 'an unknown RFQ: the non-null error nulls the whole answer', as: () => buyer, query: `query($id: ID!) { me { id } rfq(id: $id) { id } }`, variables: { id: UNKNOWN }, outcome: 'errors' },
    { name: "another buyer's RFQ as an IKM that is not matched", as: () => ikm, query: RFQ_PAGE, variables: { id: UNKNOWN }, outcome: 'errors' },
    { name: 'a refused nullable field: partial answer with its error', as: () => buyer, query: `{ me { id role } myProfile { id } }`, outcome: 'partial' },
    { name: 'a refused mutation', as: () => buyer, query: `mutation($id: ID!) { declineMatch(matchId: $id) { id } }`, variables: { id: UNKNOWN }, outcome: 'errors' },
    { name: 'introspection (allowed outside production)', as: () => buyer, query: `{ __typename __type(name: "Match") { name fields { name type { kind name ofType { name } } } } }`, outcome: 'data' },
  ];

  it.each(cases)('$name: the same answer as graphql-js', async (c) => {
    const { reference, compiled } = await both(c);
    expect(outcomeOf(reference)).toBe(c.outcome);
    expect(visible(compiled)).toBe(visible(reference));
  });

  it('50 inbox and RFQ page requests at once all get the answer one request gets', async () => {
    const send = (account: RegisteredAccount, query: string, variables: Record<string, unknown>) => fetch(api.url, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${account.accessToken}` }, body: JSON.stringify({ query, variables }),
    }).then((r) => r.text());
    const inbox = await send(ikm, MY_MATCHES, { first: 50 });
    const page = await send(buyer, RFQ_PAGE, { id: rfqId });
    expect(inbox).not.toContain('"errors"');
    expect(page).not.toContain('"errors"');
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? send(buyer, RFQ_PAGE, { id: rfqId }) : send(ikm, MY_MATCHES, { first: 50 }))));
    answers.forEach((answer, i) => expect(answer).toBe(i % 2 ? page : inbox));
  });

  it('HTTP and graphql-ws both run operations through the compiled executor, with the same answer', async () => {
    const executor = api.app.get(CompiledExecutor);
    const spy = jest.spyOn(executor, 'execute');
    try {
      const http = await ikm.client.request(MY_MATCHES, { first: 50 });
      expect(spy).toHaveBeenCalledTimes(1);
      const socket = wsClient(api.url, ikm.accessToken);
      sockets.push(socket);
      const overSocket = await new Promise<unknown>((resolve, reject) => {
        let value: unknown;
        socket.subscribe({ query: MY_MATCHES, variables: { first: 50 } }, { next: (v) => (value = v), error: reject, complete: () => resolve(value) });
      });
      expect(spy).toHaveBeenCalledTimes(2);
      expect(JSON.stringify(overSocket)).toBe(JSON.stringify({ data: http.data }));
      expect((http.data as any).myMatches.nodes).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
  });
});
