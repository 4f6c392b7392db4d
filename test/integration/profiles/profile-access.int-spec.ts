import { GraphqlClient, registerAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import {
  bootstrapAdmin, karoseriSupplierInput, MY_PROFILE, PROFILE, PROFILE_WITH_HISTORY, PROFILES, staffClients, UPSERT, VERIFY,
} from './profile-fixtures';

type Actor = 'anonymous' | 'owner IKM' | 'other IKM' | 'buyer' | 'dinas' | 'admin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

describe('who may edit, list, read and verify capability profiles', () => {
  const admin = bootstrapAdmin();
  let api: RunningApi;
  let clients: Record<Actor, GraphqlClient>;
  let ownerProfileId: string;
  let ownerOrganizationId: string;

  beforeAll(async () => {
    api = await startApi(testConfig({ BOOTSTRAP_ADMIN_EMAIL: admin.email, BOOTSTRAP_ADMIN_PASSWORD: admin.password }));
    const anonymous = new GraphqlClient(api.url);
    const owner = await registerAccount(anonymous, { role: 'IKM' });
    const other = await registerAccount(new GraphqlClient(api.url), { role: 'IKM' });
    const buyer = await registerAccount(new GraphqlClient(api.url), { role: 'BUYER' });
    const staff = await staffClients(api.url, admin.email, admin.password);
    clients = { anonymous, 'owner IKM': owner.client, 'other IKM': other.client, buyer: buyer.client, dinas: staff.dinas, admin: staff.admin };
    ownerOrganizationId = owner.organizationId;
    ownerProfileId = (await owner.client.ok(UPSERT, { input: karoseriSupplierInput() })).upsertMyProfile.id;
    await other.client.ok(UPSERT, { input: karoseriSupplierInput({ kecamatanCode: '3328120' }) });
  });
  afterAll(() => api.close());

  const outcome = async (actor: Actor, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> =>
    ((await clients[actor].code(query, variables)) as Outcome | null) ?? 'ok';

  const table: [operation: string, run: (actor: Actor) => Promise<Outcome>, expected: Record<Actor, Outcome>][] = [
    ['myProfile', (actor) => outcome(actor, MY_PROFILE),
      { anonymous: 'UNAUTHENTICATED', 'owner IKM': 'ok', 'other IKM': 'ok', buyer: 'FORBIDDEN', dinas: 'FORBIDDEN', admin: 'FORBIDDEN' }],
    ['upsertMyProfile', (actor) => outcome(actor, UPSERT, { input: karoseriSupplierInput() }),
      { anonymous: 'UNAUTHENTICATED', 'owner IKM': 'ok', 'other IKM': 'ok', buyer: 'FORBIDDEN', dinas: 'FORBIDDEN', admin: 'FORBIDDEN' }],
    ['capabilityProfiles', (actor) => outcome(actor, PROFILES, { first: 5 }),
      { anonymous: 'UNAUTHENTICATED', 'owner IKM': 'FORBIDDEN', 'other IKM': 'FORBIDDEN', buyer: 'ok', dinas: 'ok', admin: 'ok' }],
    ["capabilityProfile(owner's id)", (actor) => outcome(actor, PROFILE, { id: ownerProfileId }),
      { anonymous: 'UNAUTHENTICATED', 'owner IKM': 'ok', 'other IKM': 'NOT_FOUND', buyer: 'ok', dinas: 'ok', admin: 'ok' }],
    ["verifications of the owner's profile", (actor) => outcome(actor, PROFILE_WITH_HISTORY, { id: ownerProfileId }),
      { anonymous: 'UNAUTHENTICATED', 'owner IKM': 'ok', 'other IKM': 'NOT_FOUND', buyer: 'FORBIDDEN', dinas: 'ok', admin: 'ok' }],
    ['verifyProfile', (actor) => outcome(actor, VERIFY, { profileId: ownerProfileId, note: 'checked' }),
      { anonymous: 'UNAUTHENTICATED', 'owner IKM': 'FORBIDDEN', 'other IKM': 'FORBIDDEN', buyer: 'FORBIDDEN', dinas: 'ok', admin: 'FORBIDDEN' }],
  ];

  it.each(table)('%s', async (_operation, run, expected) => {
    const actual: Record<string, Outcome> = {};
    for (const actor of Object.keys(expected) as Actor[]) actual[actor] = await run(actor);
    expect(actual).toEqual(expected);
  });

  it("an IKM's upsert only ever touches its own profile", async () => {
    await clients['other IKM'].ok(UPSERT, { input: karoseriSupplierInput({ leadTimeDays: 99 }) });
    const owner = (await clients['owner IKM'].ok(MY_PROFILE)).myProfile;
    expect(owner).toMatchObject({ id: ownerProfileId, organization: { id: ownerOrganizationId }, leadTimeDays: 14 });
  });

  it('a buyer sees that a profile is verified and when, but not the history', async () => {
    await clients.dinas.ok(VERIFY, { profileId: ownerProfileId });
    const result = await clients.buyer.request(PROFILE_WITH_HISTORY, { id: ownerProfileId });
    expect(result.data?.capabilityProfile).toMatchObject({ id: ownerProfileId, verified: true, verifications: null });
    expect(result.data?.capabilityProfile.verifiedAt).toEqual(expect.any(String));
    expect(result.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['capabilityProfile.verifications', 'FORBIDDEN']]);
  });

  it('an unknown or malformed profile id is NOT_FOUND for everybody allowed to ask', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect(await clients.buyer.code(PROFILE, { id })).toBe('NOT_FOUND');
      expect(await clients.dinas.code(VERIFY, { profileId: id })).toBe('NOT_FOUND');
    }
  });
});
