import { randomBytes } from 'node:crypto';
import { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphqlClient, GraphqlError, login, registerAccount, RegisteredAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';
import { wsClient } from '../notifications/notification-harness';

jest.setTimeout(60000);

/**
 * graphql-ws at /graphql holds to everything HTTP holds to: the same limits and error formatting
 * (each refused document gets the very error HTTP answers), the 100 kB message bound, a token
 * verified again for every operation and while subscriptions are live, loaders per operation.
 */

interface SocketAnswer {
  data?: unknown;
  errors?: GraphqlError[];
  /** Close code, when the socket was closed instead of answering. */
  closedWith?: number;
}

/** Runs one operation over an open graphql-ws client and gives what came back. */
function overSocket(client: Client, query: string, variables?: Record<string, unknown>): Promise<SocketAnswer> {
  return new Promise((resolve) => {
    let answer: SocketAnswer = {};
    client.subscribe({ query, variables }, {
      next: (value) => (answer = { data: value.data ?? undefined, errors: value.errors as GraphqlError[] | undefined }),
      error: (error) => resolve(Array.isArray(error) ? { errors: error as GraphqlError[] } : { closedWith: (error as { code: number }).code }),
      complete: () => resolve(answer),
    });
  });
}

/** The same operation over HTTP, as the account. */
async function overHttp(api: RunningApi, token: string, query: string, variables?: Record<string, unknown>): Promise<{ data?: unknown; errors?: GraphqlError[] }> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: GraphqlError[] };
}

const queryOfDepth = (depth: number) => `{ ${'... on Query { '.repeat(depth - 1)}__typename${' }'.repeat(depth - 1)} }`;
const queryWithAliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
const queryWithDirectives = (n: number) => `{ __typename ${'__typename @include(if: true) '.repeat(n)}}`;
/** 1,001 tokens: 5 of structure, 996 repeated fields over three selections. */
const queryOfTokens1001 = `{ ${'__typename '.repeat(332)}taxonomy { ${'version '.repeat(332)}${'__typename '.repeat(332)}} }`;

describe('GraphQL over the websocket', () => {
  let run: ScratchRun;
  let api: RunningApi;
  let costApi: RunningApi;
  let productionApi: RunningApi;
  let account: RegisteredAccount;
  let productionAccount: RegisteredAccount;
  const sockets: Client[] = [];
  const open = (running: RunningApi, token: string, onClosed?: (code: number) => void) => {
    const client = wsClient(running.url, token, onClosed);
    sockets.push(client);
    return client;
  };

  beforeAll(async () => {
    run = await startScratchRun('graphql_ws');
    [api, costApi, productionApi] = await Promise.all([
      startApi(testConfig(run.env)),
      startApi(testConfig({ ...run.env, GRAPHQL_MAX_COST: '8' })),
      startApi(testConfig({ ...run.env, NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex') })),
    ]);
    account = await registerAccount(new GraphqlClient(api.url));
    productionAccount = await registerAccount(new GraphqlClient(productionApi.url));
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await Promise.all([api, costApi, productionApi].map((running) => running?.close()));
    await run?.drop();
  });

  describe('refuses what HTTP refuses, with the same error', () => {
    it.each([
      ['deep nesting', queryOfDepth(11), /Query depth limit of 10 exceeded, found 11/],
      ['an alias flood', queryWithAliases(16), /Aliases limit of 15 exceeded, found 16/],
      ['too many directives', queryWithDirectives(21), /Directives limit of 20 exceeded, found 21/],
      ['too many tokens', queryOfTokens1001, /Document contains more that 1000 tokens/],
      ['a syntax error', '{ __typename', /Syntax Error/],
      ['a misspelt field, without suggestions', '{ taxonomi { version } }', /^Cannot query field "taxonomi" on type "Query"\.$/],
      ['an unknown operation name', 'query A { __typename } query B { __typename }', /Must provide operation name/],
    ])('%s', async (_name, query, message) => {
      const socket = await overSocket(open(api, account.accessToken), query);
      const http = await overHttp(api, account.accessToken, query);
      expect(socket.errors).toHaveLength(1);
      expect(socket.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(socket.errors![0].message).toMatch(message);
      expect(socket.errors).toEqual(http.errors);
      expect(socket.data).toBeUndefined();
    });

    it('a query over the cost limit (here 8)', async () => {
      const query = '{ me { id email name role locale } }';
      const socket = await overSocket(open(costApi, account.accessToken), query);
      expect(socket.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Query Cost limit of 8 exceeded, found 9\.5/), extensions: { code: 'BAD_USER_INPUT' } });
      expect(socket.errors).toEqual((await overHttp(costApi, account.accessToken, query)).errors);
      expect(await overSocket(open(costApi, account.accessToken), '{ me { id email name role } }')).toEqual({ data: { me: expect.objectContaining({ id: account.userId }) } });
    });

    it('a variable of the wrong type', async () => {
      const query = 'query P($first: Int) { notifications(first: $first) { totalCount } }';
      const socket = await overSocket(open(api, account.accessToken), query, { first: 'many' });
      expect(socket.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(socket.errors).toEqual((await overHttp(api, account.accessToken, query, { first: 'many' })).errors);
    });

    it('introspection with NODE_ENV=production, and answers it outside production', async () => {
      for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name } }']) {
        const socket = await overSocket(open(productionApi, productionAccount.accessToken), query);
        expect(socket.errors?.[0]).toMatchObject({ message: expect.stringMatching(/introspection is not allowed/), extensions: { code: 'BAD_USER_INPUT' } });
        expect(socket.errors).toEqual((await overHttp(productionApi, productionAccount.accessToken, query)).errors);
      }
      expect(await overSocket(open(api, account.accessToken), '{ __schema { queryType { name } } }')).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    });

    it('masks an internal error as HTTP does: no SQL, no table name', async () => {
      const query = '{ notifications { totalCount } }';
      await run.sql.query('ALTER TABLE notification RENAME TO notification_moved_away');
      try {
        const socket = await overSocket(open(api, account.accessToken), query);
        expect(socket.errors).toEqual([{ message: 'Internal error; quote the x-request-id response header to support', path: ['notifications'], locations: expect.any(Array), extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
        expect(JSON.stringify(socket)).not.toMatch(/relation|notification_moved_away|does not exist/);
        expect(socket.errors).toEqual((await overHttp(api, account.accessToken, query)).errors);
      } finally {
        await run.sql.query('ALTER TABLE notification_moved_away RENAME TO notification');
      }
    });
  });

  describe('message size (100 kB, as the HTTP body)', () => {
    /** A subscribe message of exactly `bytes` bytes, padded in an unused variable. */
    const subscribeOf = (bytes: number) => {
      const of = (pad: string) => JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ __typename }', variables: { pad } } });
      return of('x'.repeat(bytes - of('').length));
    };

    async function send(message: string): Promise<{ reply?: { type: string; payload?: unknown }; closedWith?: number }> {
      const socket = new WebSocket(api.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      try {
        return await new Promise((resolve, reject) => {
          socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${account.accessToken}` } })));
          socket.on('message', (raw) => {
            const reply = JSON.parse(String(raw)) as { type: string; payload?: unknown };
            if (reply.type === 'connection_ack') socket.send(message);
            else resolve({ reply });
          });
          socket.on('close', (code) => resolve({ closedWith: code }));
          socket.on('error', reject);
        });
      } finally {
        socket.close();
      }
    }

    it('answers a message of 100 kB and closes the socket with 1009 on a larger one', async () => {
      const under = subscribeOf(100 * 1024);
      expect(Buffer.byteLength(under)).toBe(100 * 1024);
      expect(await send(under)).toEqual({ reply: { id: '1', type: 'next', payload: { data: { __typename: 'Query' } } } });
      expect(await send(subscribeOf(100 * 1024 + 1))).toEqual({ closedWith: 1009 });
    });
  });

  describe('identity per operation', () => {
    it('loaders do not outlive an operation: a change between two queries on one socket is seen', async () => {
      const client = open(api, account.accessToken);
      const query = '{ me { organization { name } } }';
      const first = await overSocket(client, query);
      expect(first.errors).toBeUndefined();
      await run.sql.query('UPDATE organization SET name = $2 WHERE id = $1', [account.organizationId, 'CV Nama Baru']);
      expect(await overSocket(client, query)).toEqual({ data: { me: { organization: { name: 'CV Nama Baru' } } } });
    });

    it('keeps a live subscription open across token checks while the token is valid', async () => {
      let closedWith = 0;
      const client = open(api, account.accessToken, (code) => (closedWith = code));
      client.subscribe({ query: 'subscription { notificationReceived { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      await new Promise((resolve) => setTimeout(resolve, 2500)); // two checks at GRAPHQL_WS_TOKEN_CHECK_MS=1000
      expect(closedWith).toBe(0);
      expect(await overSocket(client, '{ me { id } }')).toEqual({ data: { me: { id: account.userId } } });
    });

    describe('when the session ends', () => {
      const SUBSCRIPTION = 'subscription { notificationReceived { id } }';
      const REFRESH = 'mutation R($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
      const LOGOUT = 'mutation L($t: String!) { logout(refreshToken: $t) }';
      const LOGOUT_EVERYWHERE = 'mutation { logoutEverywhere }';
      const CHANGE_PASSWORD = 'mutation C($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }';
      let anonymous: GraphqlClient;
      beforeAll(() => {
        anonymous = new GraphqlClient(api.url);
      });

      /** A socket with a live notificationReceived subscription, after a query proved it signed in. */
      async function liveSubscription(token: string): Promise<{ closedWith: () => number; heard: unknown[] }> {
        let closedWith = 0;
        const heard: unknown[] = [];
        const client = open(api, token, (code) => (closedWith = code));
        expect((await overSocket(client, '{ me { id } }')).errors).toBeUndefined();
        client.subscribe({ query: SUBSCRIPTION }, { next: (m) => heard.push(m), error: () => undefined, complete: () => undefined });
        return { closedWith: () => closedWith, heard };
      }

      /** Closed with 4401 within a few seconds (a check every GRAPHQL_WS_TOKEN_CHECK_MS = 1 s, the session cache ≤ 1 s). */
      async function expectClosedSoon(live: { closedWith: () => number; heard: unknown[] }, since: number) {
        await waitFor('the socket closed', async () => live.closedWith(), (code) => code !== 0, { timeoutMs: 5000, intervalMs: 50 });
        expect(live.closedWith()).toBe(4401);
        expect(Date.now() - since).toBeLessThan(3500);
        expect(live.heard).toEqual([]);
      }

      const session = async () => {
        const owner = await registerAccount(anonymous);
        return { owner, other: await login(anonymous, owner.email, owner.password) };
      };

      it('logout of the session closes its subscription with 4401; another session of the user stays live', async () => {
        const { owner, other } = await session();
        const ended = await liveSubscription(owner.accessToken);
        const going = await liveSubscription(other.accessToken);

        expect((await anonymous.ok(LOGOUT, { t: owner.refreshToken })).logout).toBe(true);
        await expectClosedSoon(ended, Date.now());
        expect(going.closedWith()).toBe(0);
      });

      it('logoutEverywhere closes the subscriptions of every session with 4401', async () => {
        const { owner, other } = await session();
        const lives = [await liveSubscription(owner.accessToken), await liveSubscription(other.accessToken)];

        await new GraphqlClient(api.url, other.accessToken).ok(LOGOUT_EVERYWHERE);
        const at = Date.now();
        for (const live of lives) await expectClosedSoon(live, at);
      });

      it('changePassword closes the subscriptions of earlier access tokens with 4401', async () => {
        const { owner } = await session();
        const live = await liveSubscription(owner.accessToken);

        await owner.client.ok(CHANGE_PASSWORD, { c: owner.password, n: 'a brand new passphrase' });
        await expectClosedSoon(live, Date.now());
      });

      it('refresh-token reuse (an already rotated token presented) closes the subscription with 4401', async () => {
        const { owner } = await session();
        const live = await liveSubscription(owner.accessToken);
        await anonymous.ok(REFRESH, { t: owner.refreshToken });
        expect(live.closedWith()).toBe(0); // a rotation alone ends nothing

        expect(await anonymous.code(REFRESH, { t: owner.refreshToken })).toBe('UNAUTHENTICATED');
        await expectClosedSoon(live, Date.now());
      });

      it('refuses the next query on a socket still open after a logout with UNAUTHENTICATED, then closes it with 4401', async () => {
        const { owner } = await session();
        let closedWith = 0;
        const client = open(api, owner.accessToken, (code) => (closedWith = code));
        expect(await overSocket(client, '{ me { id } }')).toEqual({ data: { me: { id: owner.userId } } });

        await anonymous.ok(LOGOUT, { t: owner.refreshToken });
        await new Promise((resolve) => setTimeout(resolve, 1100)); // past the session cache; no live operation, so nothing closed it
        expect(closedWith).toBe(0);
        const after = await overSocket(client, '{ me { id } }');
        expect(after.errors).toEqual([{ message: 'Session has ended; sign in again', extensions: { code: 'UNAUTHENTICATED' } }]);
        await waitFor('the socket closed', async () => closedWith, (code) => code !== 0, { timeoutMs: 3000 });
        expect(closedWith).toBe(4401);
      });
    });

    describe('with access tokens that live 2 seconds', () => {
      let shortApi: RunningApi;
      let shortLived: () => Promise<string>;

      beforeAll(async () => {
        // Validation keeps deployments at 30 s or more; the test app signs tokens for 2 s.
        shortApi = await startApi(Object.assign(testConfig(run.env), { JWT_ACCESS_TTL_SECONDS: 2 }));
        const anonymous = new GraphqlClient(shortApi.url);
        shortLived = async () => (await anonymous.ok(
          'mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: account.email, p: account.password },
        )).login.accessToken;
      });
      afterAll(() => shortApi?.close());

      it('ends a live subscription with 4401 within a few seconds of the expiry', async () => {
        let closedWith = 0;
        const client = open(shortApi, await shortLived(), (code) => (closedWith = code));
        const heard: unknown[] = [];
        const started = Date.now();
        client.subscribe({ query: 'subscription { notificationReceived { id } }' }, { next: (m) => heard.push(m), error: () => undefined, complete: () => undefined });
        await waitFor('the socket closed', async () => closedWith, (code) => code !== 0, { timeoutMs: 8000 });
        expect(closedWith).toBe(4401);
        expect(Date.now() - started).toBeLessThan(2000 + 1000 + 1500);
        expect(heard).toEqual([]);
      });

      it('refuses the next operation after the expiry with UNAUTHENTICATED and closes with 4401', async () => {
        let closedWith = 0;
        const client = open(shortApi, await shortLived(), (code) => (closedWith = code));
        expect(await overSocket(client, '{ me { id } }')).toEqual({ data: { me: { id: account.userId } } });
        await new Promise((resolve) => setTimeout(resolve, 2500));
        const after = await overSocket(client, '{ me { id } }');
        expect(after.errors).toEqual([{ message: 'Access token expired; refresh the session', extensions: { code: 'UNAUTHENTICATED' } }]);
        await waitFor('the socket closed', async () => closedWith, (code) => code !== 0, { timeoutMs: 3000 });
        expect(closedWith).toBe(4401);
      });
    });
  });
});
