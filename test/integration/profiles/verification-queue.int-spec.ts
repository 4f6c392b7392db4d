import { encodeCursor } from '@jalin/graphql-core';
import { GraphqlClient, registerAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { bootstrapAdmin, karoseriSupplierInput, StaffClients, staffClients, UPSERT, VERIFY } from './profile-fixtures';

const QUEUE = `query Queue($first: Int, $after: String) {
  verificationQueue(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id verified organization { name } } }
}`;

describe('The Dinas verification queue', () => {
  const admin = bootstrapAdmin();
  let api: RunningApi;
  let staff: StaffClients;

  beforeAll(async () => {
    api = await startApi(testConfig({ BOOTSTRAP_ADMIN_EMAIL: admin.email, BOOTSTRAP_ADMIN_PASSWORD: admin.password }));
    staff = await staffClients(api.url, admin.email, admin.password);
  });
  afterAll(() => api.close());

  async function newProfile(): Promise<string> {
    const ikm = await registerAccount(new GraphqlClient(api.url), { role: 'IKM' });
    return (await ikm.client.ok(UPSERT, { input: karoseriSupplierInput() })).upsertMyProfile.id;
  }

  /** Every page of the queue, following endCursor. */
  async function wholeQueue(client: GraphqlClient, first: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await client.ok(QUEUE, { first, after })).verificationQueue;
      ids.push(...page.nodes.map((n: { id: string }) => n.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  }

  // Other suites share this database and add or verify profiles of their own meanwhile, so each
  // walk is judged by this test's three profiles: their order, no repeats, and who leaves.
  it('lists the waiting profiles oldest first, page after page, and a verified one leaves the queue', async () => {
    const mine = [await newProfile(), await newProfile(), await newProfile()];
    const ownIn = (ids: string[]) => ids.filter((id) => mine.includes(id));
    for (const [client, pageSize] of [[staff.dinas, 1], [staff.admin, 100]] as const) {
      const queued = await wholeQueue(client, pageSize);
      expect(ownIn(queued)).toEqual(mine);
      expect(new Set(queued).size).toBe(queued.length);
    }

    await staff.dinas.ok(VERIFY, { profileId: mine[1], note: 'Dikunjungi' });
    const after = await wholeQueue(staff.dinas, 100);
    expect(ownIn(after)).toEqual([mine[0], mine[2]]);
    const firstPage = (await staff.dinas.ok(QUEUE, { first: 100 })).verificationQueue;
    expect(firstPage.nodes.every((n: { verified: boolean }) => !n.verified)).toBe(true);
  });

  it.each([
    ['not base64 JSON', 'bm90LWpzb24'],
    ['a time that is not a time', encodeCursor(['yesterday', '00000000-0000-4000-8000-000000000000'])],
    ['an id that is not a uuid', encodeCursor(['2026-12-07T01:00:00.000000Z', 'x'])],
    ['a number for the time', encodeCursor([1, '00000000-0000-4000-8000-000000000000'])],
    ['three parts', encodeCursor(['2026-12-07T01:00:00.000000Z', '00000000-0000-4000-8000-000000000000', 1])],
  ])('refuses a forged cursor (%s) as BAD_USER_INPUT at `after`', async (_name, after) => {
    const result = await staff.dinas.request(QUEUE, { first: 5, after });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ field: 'after' })] });
  });
});
