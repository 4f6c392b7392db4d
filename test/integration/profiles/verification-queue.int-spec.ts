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

  it('lists the waiting profiles oldest first, page after page, and a verified one leaves the queue', async () => {
    const [first, second, third] = [await newProfile(), await newProfile(), await newProfile()];
    const queued = await wholeQueue(staff.dinas, 1);
    expect(queued.filter((id) => [first, second, third].includes(id))).toEqual([first, second, third]);
    expect(new Set(queued).size).toBe(queued.length);
    expect(await wholeQueue(staff.admin, 100)).toEqual(queued);

    await staff.dinas.ok(VERIFY, { profileId: second, note: 'Dikunjungi' });
    const after = (await staff.dinas.ok(QUEUE, { first: 100 })).verificationQueue;
    expect(after.nodes.map((n: { id: string }) => n.id)).toEqual(queued.filter((id) => id !== second));
    expect(after.totalCount).toBe(queued.length - 1);
    expect(after.nodes.every((n: { verified: boolean }) => !n.verified)).toBe(true);
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
