import { Client } from 'graphql-ws';
import { GraphqlClient, GraphqlError, registerAccount, RegisteredAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { wsClient } from '../notifications/notification-harness';

jest.setTimeout(60000);

const REGISTER = `mutation R($input: RegisterInput!) { register(input: $input) { accessToken } }`;
const CHANGE_PASSWORD = `mutation C($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { accessToken } }`;
const shortPassword = () => ({ input: { email: `bad-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.id`, password: 'pendek', name: 'Bu Sri', organizationName: 'Bengkel Sri', role: 'IKM' } });

/** One operation over HTTP with this Accept-Language (none when undefined). */
async function overHttp(api: RunningApi, acceptLanguage: string | undefined, query: string, variables: Record<string, unknown>): Promise<GraphqlError[]> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { errors: GraphqlError[] }).errors;
}

/** One operation over graphql-ws; its errors. */
function overSocket(client: Client, query: string, variables: Record<string, unknown>): Promise<GraphqlError[]> {
  return new Promise((resolve, reject) => {
    let errors: GraphqlError[] = [];
    client.subscribe({ query, variables }, {
      next: (value) => (errors = (value.errors as GraphqlError[] | undefined) ?? []),
      error: (error) => (Array.isArray(error) ? resolve(error as GraphqlError[]) : reject(error)),
      complete: () => resolve(errors),
    });
  });
}

/**
 * BAD_USER_INPUT issues in the caller's language, with a stable code per issue: Bahasa Indonesia
 * by default and for `id`, English for `en` (Accept-Language over HTTP; graphql-ws's connection
 * params or, without them, the upgrade request's header). The rule and its number stay the server's.
 */
describe('BAD_USER_INPUT issues in the caller’s language', () => {
  let run: ScratchRun;
  let api: RunningApi;
  let account: RegisteredAccount;
  const sockets: Client[] = [];

  beforeAll(async () => {
    run = await startScratchRun('localized_issues');
    api = await startApi(testConfig(run.env));
    account = await registerAccount(new GraphqlClient(api.url));
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await api?.close();
    await run?.drop();
  });

  const socket = (params: Record<string, unknown>) => {
    const client = wsClient(api.url, account.accessToken, undefined, params);
    sockets.push(client);
    return client;
  };

  it.each([
    ['no Accept-Language', undefined, 'minimal 10 karakter', 'Masukan tidak valid: input.password: minimal 10 karakter'],
    ['Bahasa Indonesia', 'id-ID,id;q=0.9', 'minimal 10 karakter', 'Masukan tidak valid: input.password: minimal 10 karakter'],
    ['English', 'en', 'must be at least 10 characters', 'Invalid input: input.password: must be at least 10 characters'],
    ['English preferred over Indonesian', 'fr-FR, en-GB;q=0.8, id;q=0.5', 'must be at least 10 characters', 'Invalid input: input.password: must be at least 10 characters'],
    ['neither language', 'fr', 'minimal 10 karakter', 'Masukan tidak valid: input.password: minimal 10 karakter'],
  ])('over HTTP with %s', async (_, acceptLanguage, message, summary) => {
    const [error] = await overHttp(api, acceptLanguage, REGISTER, shortPassword());
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'input.password', code: 'TOO_SHORT', message }] });
    expect(error.message.startsWith(summary)).toBe(true);
  });

  it('codes each issue the same in both languages, and keeps the server’s numbers', async () => {
    const input = { title: 'ab', description: '', sector: 'METAL', processes: ['LASER_CUTTING'], materials: [], requiredCertifications: [], quantity: 0, unit: 'pcs',
      deliveryLocation: { lat: -6.93, lng: 110.22 }, neededBy: '2020-01-01', quoteDeadline: new Date(Date.now() + 86_400_000).toISOString() };
    const create = `mutation C($input: CreateRfqInput!) { createRfq(input: $input) { id } }`;
    const buyer = await registerAccount(new GraphqlClient(api.url), { role: 'BUYER' });
    const ask = async (lang: string) => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang, authorization: `Bearer ${buyer.accessToken}` },
        body: JSON.stringify({ query: create, variables: { input } }),
      });
      return ((await response.json()) as { errors: GraphqlError[] }).errors[0].extensions!.issues as { field: string; code: string; message: string }[];
    };
    const [id, en] = [await ask('id'), await ask('en')];
    expect(id.map((i) => [i.field, i.code])).toEqual(en.map((i) => [i.field, i.code]));
    expect(id.find((i) => i.field === 'input.title')).toEqual(expect.objectContaining({ code: 'TOO_SHORT', message: 'minimal 3 karakter' }));
    expect(en.find((i) => i.field === 'input.title')).toEqual(expect.objectContaining({ code: 'TOO_SHORT', message: 'must be at least 3 characters' }));
    for (const issue of id) expect(issue.message).not.toMatch(/\bmust\b/);
  });

  it.each([
    ['Accept-Language in the connection params: English', { 'accept-language': 'en' }, 'must be at least 10 characters'],
    ['Accept-Language in the connection params: Indonesian', { 'accept-language': 'id' }, 'minimal 10 karakter'],
    ['no language (Bahasa Indonesia)', {}, 'minimal 10 karakter'],
  ])('over graphql-ws with %s', async (_, params, message) => {
    const errors = await overSocket(socket(params), CHANGE_PASSWORD, { current: account.password, next: 'short' });
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'newPassword', code: 'TOO_SHORT', message }] });
  });
});
