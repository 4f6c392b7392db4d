import { DataSource } from 'typeorm';
import { GraphqlClient, registerAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { karoseriSupplierInput, MY_PROFILE, profileEvents, UPSERT } from './profile-fixtures';

describe('an IKM edits its capability profile', () => {
  let api: RunningApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startApi(testConfig());
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  const newIkm = () => registerAccount(new GraphqlClient(api.url), { role: 'IKM' });

  it('creates the profile, reads it back through myProfile, and announces it in the outbox', async () => {
    const ikm = await newIkm();
    expect((await ikm.client.ok(MY_PROFILE)).myProfile).toBeNull();

    const saved = (await ikm.client.ok(UPSERT, { input: karoseriSupplierInput() })).upsertMyProfile;
    expect(saved).toMatchObject({
      organization: { id: ikm.organizationId, kind: 'IKM' },
      sectors: ['METAL'],
      processes: ['LASER_CUTTING', 'BENDING', 'WELDING_MIG'],
      materials: ['SPCC', 'SS400'],
      certifications: [
        { code: 'SNI', number: 'SPPT-SNI 0123/LSPro/2025', validUntil: '2029-12-31', expired: false },
        { code: 'TKDN', number: 'TKDN-IK 2025/0456', validUntil: null, expired: false },
      ],
      heldCertifications: ['SNI', 'TKDN'],
      kbliCodes: ['25910', '29200'],
      kbli: [{ code: '25910', version: '2020' }, { code: '29200', version: '2020' }],
      monthlyCapacity: { quantity: 2000, unit: 'pcs' },
      minOrderQuantity: 100,
      leadTimeDays: 14,
      kecamatanCode: '3328140',
      location: { lat: -6.912, lng: 109.151 },
      machines: ['Fiber laser 3 kW, meja 1500 x 3000 mm', 'Press brake 100 t'],
      workforce: 25,
      verified: false,
      verifiedAt: null,
      revision: 1,
    });
    expect((await ikm.client.ok(MY_PROFILE)).myProfile).toEqual(saved);

    const events = await profileEvents(dataSource, ikm.organizationId);
    expect(events).toEqual([
      expect.objectContaining({ name: 'profiles.profile-created', payload: { profileId: saved.id, organizationId: ikm.organizationId, revision: 1, byUserId: ikm.userId } }),
    ]);
  });

  it('writes a change event per change, naming the changed fields, and nothing for an identical resubmission', async () => {
    const ikm = await newIkm();
    const first = (await ikm.client.ok(UPSERT, { input: karoseriSupplierInput() })).upsertMyProfile;

    const changed = (await ikm.client.ok(UPSERT, { input: karoseriSupplierInput({ leadTimeDays: 10, kbliVersion: '2025' }) })).upsertMyProfile;
    expect(changed).toMatchObject({ id: first.id, leadTimeDays: 10, revision: 2, kbli: [{ code: '25910', version: '2025' }, { code: '29200', version: '2025' }] });
    expect(new Date(changed.updatedAt).getTime()).toBeGreaterThan(new Date(first.updatedAt).getTime());

    // Same meaning, other spelling: reordered codes, padded texts, unit in capitals.
    const same = karoseriSupplierInput({
      leadTimeDays: 10, kbliVersion: '2025',
      processes: ['WELDING_MIG', 'BENDING', 'LASER_CUTTING', 'BENDING'],
      monthlyCapacity: { quantity: 2000, unit: 'PCS' },
      machines: ['  Fiber laser 3 kW,  meja 1500 x 3000 mm ', 'Press brake 100 t'],
    });
    const unchanged = (await ikm.client.ok(UPSERT, { input: same })).upsertMyProfile;
    expect(unchanged).toEqual(changed);

    const events = await profileEvents(dataSource, ikm.organizationId);
    expect(events.map((e) => e.name)).toEqual(['profiles.profile-created', 'profiles.profile-changed']);
    expect(events[1].payload).toEqual({
      profileId: first.id, organizationId: ikm.organizationId, revision: 2,
      changedFields: ['kbli', 'leadTimeDays'], verificationCleared: false, byUserId: ikm.userId,
    });
  });

  it('keeps one profile per IKM when two first submissions race', async () => {
    const ikm = await newIkm();
    const results = await Promise.all([
      ikm.client.request(UPSERT, { input: karoseriSupplierInput({ leadTimeDays: 5 }) }),
      ikm.client.request(UPSERT, { input: karoseriSupplierInput({ leadTimeDays: 6 }) }),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM capability_profile WHERE organization_id = $1', [ikm.organizationId]);
    expect(n).toBe(1);
    expect((await profileEvents(dataSource, ikm.organizationId)).map((e) => e.name)).toEqual(['profiles.profile-created', 'profiles.profile-changed']);
  });

  describe('bad input answers BAD_USER_INPUT naming the field and the value, and saves nothing', () => {
    const cases: [string, Record<string, unknown>, string, unknown][] = [
      ['an unknown process', { processes: ['LASER_CUTTING', 'TELEPORTING'] }, 'input.processes[1]', 'TELEPORTING'],
      ['an unknown material', { materials: ['SS400', 'VIBRANIUM'] }, 'input.materials[1]', 'VIBRANIUM'],
      ['an unknown certification', { certifications: [{ code: 'ISO_27001', number: 'X' }] }, 'input.certifications[0].code', 'ISO_27001'],
      ['an unknown kecamatan', { kecamatanCode: '3328999' }, 'input.kecamatanCode', '3328999'],
      ['a process of no chosen sector', { processes: ['BENDING', 'INJECTION_MOULDING'] }, 'input.processes[1]', 'INJECTION_MOULDING'],
      ['a capacity of zero', { monthlyCapacity: { quantity: 0, unit: 'pcs' } }, 'input.monthlyCapacity.quantity', 0],
      ['a negative capacity', { monthlyCapacity: { quantity: -10, unit: 'pcs' } }, 'input.monthlyCapacity.quantity', -10],
      ['a minimum order of zero', { minOrderQuantity: 0 }, 'input.minOrderQuantity', 0],
      ['a negative minimum order', { minOrderQuantity: -1 }, 'input.minOrderQuantity', -1],
      ['a lead time of zero', { leadTimeDays: 0 }, 'input.leadTimeDays', 0],
      ['a negative lead time', { leadTimeDays: -3 }, 'input.leadTimeDays', -3],
      ['a location outside Indonesia', { location: { lat: 48.85, lng: 2.35 } }, 'input.location', { lat: 48.85, lng: 2.35 }],
      ['a location with swapped coordinates', { location: { lat: 109.151, lng: -6.912 } }, 'input.location', { lat: 109.151, lng: -6.912 }],
      ['a KBLI code of 4 digits', { kbliCodes: ['2591'] }, 'input.kbliCodes[0]', '2591'],
      ['a KBLI code of 6 digits', { kbliCodes: ['25910', '259100'] }, 'input.kbliCodes[1]', '259100'],
      ['an unknown capacity unit', { monthlyCapacity: { quantity: 10, unit: 'karung' } }, 'input.monthlyCapacity.unit', 'karung'],
    ];

    let ikm: Awaited<ReturnType<typeof newIkm>>;
    let before: unknown;

    beforeAll(async () => {
      ikm = await newIkm();
      before = (await ikm.client.ok(UPSERT, { input: karoseriSupplierInput() })).upsertMyProfile;
    });

    it.each(cases)('%s', async (_case, overrides, field, value) => {
      const eventsBefore = await profileEvents(dataSource, ikm.organizationId);
      const result = await ikm.client.request(UPSERT, { input: karoseriSupplierInput(overrides) });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.issues).toContainEqual(expect.objectContaining({ field, value }));
      expect((await ikm.client.ok(MY_PROFILE)).myProfile).toEqual(before);
      expect(await profileEvents(dataSource, ikm.organizationId)).toEqual(eventsBefore);
    });

    it('an expiry date in an impossible format (the Date scalar names the field and the value)', async () => {
      for (const validUntil of ['2026-02-30', '31-12-2027', '2027/12/31']) {
        const result = await ikm.client.request(UPSERT, { input: karoseriSupplierInput({ certifications: [{ code: 'SNI', validUntil }] }) });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toContain('input.certifications[0].validUntil');
        expect(result.errors?.[0]?.message).toContain(validUntil);
      }
      expect((await ikm.client.ok(MY_PROFILE)).myProfile).toEqual(before);
    });

    it('several problems at once, all listed', async () => {
      const result = await ikm.client.request(UPSERT, { input: karoseriSupplierInput({ leadTimeDays: 0, kbliCodes: ['1'], kecamatanCode: 'Talang' }) });
      const fields = result.errors?.[0]?.extensions?.issues?.map((issue) => issue.field);
      expect(fields).toEqual(expect.arrayContaining(['input.leadTimeDays', 'input.kbliCodes[0]', 'input.kecamatanCode']));
    });

    it('a first submission that is refused leaves no profile and no event', async () => {
      const fresh = await newIkm();
      expect(await fresh.client.code(UPSERT, { input: karoseriSupplierInput({ processes: ['NOPE'] }) })).toBe('BAD_USER_INPUT');
      expect((await fresh.client.ok(MY_PROFILE)).myProfile).toBeNull();
      expect(await profileEvents(dataSource, fresh.organizationId)).toEqual([]);
    });
  });
});
