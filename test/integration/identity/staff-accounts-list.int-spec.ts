import { encodeCursor } from '@jalin/graphql-core';
import { GraphqlClient, registerAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { bootstrapAdmin, StaffClients, staffClients } from '../profiles/profile-fixtures';

const STAFF = `query Staff($first: Int, $after: String) {
  staffAccounts(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name email role } }
}`;
const CREATE_STAFF = `mutation C($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`;

describe('The admin’s list of staff accounts', () => {
  const admin = bootstrapAdmin();
  let api: RunningApi;
  let staff: StaffClients;

  beforeAll(async () => {
    api = await startApi(testConfig({ BOOTSTRAP_ADMIN_EMAIL: admin.email, BOOTSTRAP_ADMIN_PASSWORD: admin.password }));
    staff = await staffClients(api.url, admin.email, admin.password);
  });
  afterAll(() => api.close());

  it('lists every DINAS and ADMIN account in creation order, page after page, and no buyer or IKM', async () => {
    await registerAccount(new GraphqlClient(api.url), { role: 'IKM' });
    const created: string[] = [];
    for (const [name, role] of [['Bu Ani', 'DINAS'], ['Pak Budi', 'ADMIN']]) {
      const input = { name, role, email: `${name.replace(/\W/g, '').toLowerCase()}-${Date.now()}@tegalkab.go.id`, password: 'officer-password' };
      created.push((await staff.admin.ok(CREATE_STAFF, { input })).createStaffAccount.id);
    }
    const seen: { id: string; role: string; email: string | null }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await staff.admin.ok(STAFF, { first: 1, after })).staffAccounts;
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.map((u) => u.role).every((role) => role === 'DINAS' || role === 'ADMIN')).toBe(true);
    expect(seen.map((u) => u.id).slice(-2)).toEqual(created);
    expect(seen.map((u) => u.id)).toContain(staff.dinasUserId);
    expect(seen.every((u) => typeof u.email === 'string')).toBe(true);
    expect((await staff.admin.ok(STAFF, {})).staffAccounts.totalCount).toBe(seen.length);
  });

  it('refuses a forged cursor as BAD_USER_INPUT, and the Dinas officer is FORBIDDEN', async () => {
    const forged = await staff.admin.request(STAFF, { after: encodeCursor(['kemarin', 'x']) });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ field: 'after' })] });
    const officer = await staff.dinas.request(STAFF, {});
    expect(officer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
