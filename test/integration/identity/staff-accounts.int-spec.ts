import { GraphqlClient, login, registerAccount, RunningApi, startApi, testConfig } from '@jalin/testing';

const CREATE_STAFF = `mutation S($input: StaffAccountInput!) { createStaffAccount(input: $input) { id email role organization { kind name } } }`;

describe('staff accounts and the bootstrap admin', () => {
  let api: RunningApi;
  const adminEmail = `admin-${Date.now()}@jalin.test`;
  const adminPassword = 'bootstrap-admin-secret';

  beforeAll(async () => {
    api = await startApi(testConfig({ BOOTSTRAP_ADMIN_EMAIL: adminEmail, BOOTSTRAP_ADMIN_PASSWORD: adminPassword }));
  });
  afterAll(() => api.close());

  const staffInput = (role: string) => ({ email: `officer-${role}-${Math.random().toString(36).slice(2)}@tegalkab.go.id`, password: 'officer-password', name: 'Petugas', role });

  it('creates the bootstrap admin at start-up, once, even when started again', async () => {
    const second = await startApi(testConfig({ BOOTSTRAP_ADMIN_EMAIL: adminEmail, BOOTSTRAP_ADMIN_PASSWORD: 'another-password-x' }));
    await second.close();
    const session = await login(new GraphqlClient(api.url), adminEmail, adminPassword);
    expect(session.user.role).toBe('ADMIN');
  });

  it('starts two replicas at once with the same bootstrap admin: both come up, one admin exists', async () => {
    const email = `admin-pair-${Date.now()}@jalin.test`;
    const replicas = await Promise.all([1, 2].map(() => startApi(testConfig({ BOOTSTRAP_ADMIN_EMAIL: email, BOOTSTRAP_ADMIN_PASSWORD: adminPassword }))));
    await Promise.all(replicas.map((replica) => replica.close()));
    expect((await login(new GraphqlClient(api.url), email, adminPassword)).user.role).toBe('ADMIN');
  });

  it('lets ADMIN create DINAS and ADMIN accounts, who can then sign in', async () => {
    const admin = await login(new GraphqlClient(api.url), adminEmail, adminPassword);
    const client = new GraphqlClient(api.url, admin.accessToken);
    const input = staffInput('DINAS');
    const created = (await client.ok(CREATE_STAFF, { input })).createStaffAccount;
    expect(created).toMatchObject({ role: 'DINAS', organization: { kind: 'DINAS' } });
    expect((await login(new GraphqlClient(api.url), input.email, input.password)).user.role).toBe('DINAS');
    expect((await client.ok(CREATE_STAFF, { input: staffInput('ADMIN') })).createStaffAccount.role).toBe('ADMIN');
  });

  it('refuses staff accounts of BUYER or IKM role', async () => {
    const admin = await login(new GraphqlClient(api.url), adminEmail, adminPassword);
    expect(await new GraphqlClient(api.url, admin.accessToken).code(CREATE_STAFF, { input: staffInput('BUYER') })).toBe('BAD_USER_INPUT');
  });

  it('refuses everyone but ADMIN', async () => {
    const anonymous = new GraphqlClient(api.url);
    expect(await anonymous.code(CREATE_STAFF, { input: staffInput('DINAS') })).toBe('UNAUTHENTICATED');
    for (const role of ['BUYER', 'IKM']) {
      const account = await registerAccount(anonymous, { role });
      expect(await account.client.code(CREATE_STAFF, { input: staffInput('DINAS') })).toBe('FORBIDDEN');
    }
    const admin = await login(anonymous, adminEmail, adminPassword);
    const dinasInput = staffInput('DINAS');
    await anonymous.as(admin.accessToken).ok(CREATE_STAFF, { input: dinasInput });
    const dinas = await login(anonymous, dinasInput.email, dinasInput.password);
    expect(await anonymous.as(dinas.accessToken).code(CREATE_STAFF, { input: staffInput('DINAS') })).toBe('FORBIDDEN');
  });
});
