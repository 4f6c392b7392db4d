import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { todayInWib } from '@jalin/profiles';
import { GraphqlClient, registerAccount, RegisteredAccount, RunningApi, startApi, startWorker, testConfig } from '@jalin/testing';
import {
  bootstrapAdmin, karoseriSupplierInput, MY_PROFILE, PROFILE_WITH_HISTORY, PROFILES, profileEvents, StaffClients, staffClients, UPSERT, uniqueToken, VERIFY,
} from './profile-fixtures';

describe('Dinas verification and certificate expiry', () => {
  const admin = bootstrapAdmin();
  let api: RunningApi;
  let dataSource: DataSource;
  let staff: StaffClients;
  let buyer: RegisteredAccount;

  beforeAll(async () => {
    api = await startApi(testConfig({ BOOTSTRAP_ADMIN_EMAIL: admin.email, BOOTSTRAP_ADMIN_PASSWORD: admin.password }));
    dataSource = api.app.get(DataSource);
    staff = await staffClients(api.url, admin.email, admin.password);
    buyer = await registerAccount(new GraphqlClient(api.url), { role: 'BUYER' });
  });
  afterAll(() => api.close());

  const history = async (client: GraphqlClient, id: string) => (await client.ok(PROFILE_WITH_HISTORY, { id })).capabilityProfile;

  it('keeps who verified, when and the note; a certification change clears it and the Dinas must look again', async () => {
    const ikm = await registerAccount(new GraphqlClient(api.url), { role: 'IKM' });
    const { id } = (await ikm.client.ok(UPSERT, { input: karoseriSupplierInput() })).upsertMyProfile;

    const verified = (await staff.dinas.ok(VERIFY, { profileId: id, note: 'Kunjungan 12 Nov: laser dan press brake dilihat' })).verifyProfile;
    expect(verified).toMatchObject({
      verified: true,
      verifications: [{ verifiedBy: { name: 'Petugas Dinas', office: 'Dinas Perintransnaker Kabupaten Tegal' }, note: 'Kunjungan 12 Nov: laser dan press brake dilihat', clearedAt: null, clearedReason: null }],
    });
    expect(verified.verifiedAt).toBe(verified.verifications[0].verifiedAt);
    expect(await history(ikm.client, id)).toEqual(await history(staff.admin, id));

    // Not about certificates: the verification stands.
    const afterLeadTime = (await ikm.client.ok(UPSERT, { input: karoseriSupplierInput({ leadTimeDays: 7 }) })).upsertMyProfile;
    expect(afterLeadTime).toMatchObject({ verified: true, verifiedAt: verified.verifiedAt });

    // A new certificate number: verification voided, history kept.
    const newCertificates = [{ code: 'SNI', number: 'SPPT-SNI 0999/LSPro/2026', validUntil: '2030-06-30' }];
    const afterCertificates = (await ikm.client.ok(UPSERT, { input: karoseriSupplierInput({ leadTimeDays: 7, certifications: newCertificates }) })).upsertMyProfile;
    expect(afterCertificates).toMatchObject({ verified: false, verifiedAt: null });
    const cleared = await history(staff.dinas, id);
    expect(cleared.verifications).toEqual([expect.objectContaining({ note: verified.verifications[0].note, clearedReason: 'CERTIFICATIONS_CHANGED', clearedAt: expect.any(String) })]);

    const events = await profileEvents(dataSource, ikm.organizationId);
    expect(events.map((e) => [e.name, e.payload.verificationCleared ?? null])).toEqual([
      ['profiles.profile-created', null],
      ['profiles.profile-verified', null],
      ['profiles.profile-changed', false],
      ['profiles.profile-changed', true],
    ]);
    expect(events[1].payload).toMatchObject({ profileId: id, byUserId: staff.dinasUserId, verificationId: verified.verifications[0].id });

    // The Dinas looks again: a second entry, newest first.
    const again = (await staff.dinas.ok(VERIFY, { profileId: id })).verifyProfile;
    expect(again.verified).toBe(true);
    expect(again.verifications.map((v: { note: string | null; clearedAt: string | null }) => [v.note, v.clearedAt === null])).toEqual([
      [null, true],
      ['Kunjungan 12 Nov: laser dan press brake dilihat', false],
    ]);
  });

  it('refuses an over-long note as BAD_USER_INPUT and verifies nothing', async () => {
    const ikm = await registerAccount(new GraphqlClient(api.url), { role: 'IKM' });
    const { id } = (await ikm.client.ok(UPSERT, { input: karoseriSupplierInput() })).upsertMyProfile;
    const result = await staff.dinas.request(VERIFY, { profileId: id, note: 'x'.repeat(1001) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ field: 'note' })] });
    expect((await history(staff.dinas, id))).toMatchObject({ verified: false, verifications: [] });
  });

  it('shows expired certificates as expired, keeps them, and never counts them as held (also in search)', async () => {
    const name = `CV Sertifikat ${uniqueToken()}`;
    const ikm = await registerAccount(new GraphqlClient(api.url), { role: 'IKM', organizationName: name });
    const today = todayInWib();
    const certifications = [
      { code: 'SNI', number: 'SPPT-SNI 0001/LSPro/2019', validUntil: '2020-12-31' },
      { code: 'TKDN', number: 'TKDN-IK 2025/0001', validUntil: today },
      { code: 'ISO_9001', number: 'QMS/2019/1', validUntil: '2022-01-31' },
      { code: 'ISO_9001', number: 'QMS/2022/7', validUntil: '2031-01-31' },
    ];
    const profile = (await ikm.client.ok(UPSERT, { input: karoseriSupplierInput({ certifications }) })).upsertMyProfile;
    expect(profile.certifications).toEqual([
      { code: 'SNI', number: 'SPPT-SNI 0001/LSPro/2019', validUntil: '2020-12-31', expired: true },
      { code: 'ISO_9001', number: 'QMS/2019/1', validUntil: '2022-01-31', expired: true },
      { code: 'ISO_9001', number: 'QMS/2022/7', validUntil: '2031-01-31', expired: false },
      { code: 'TKDN', number: 'TKDN-IK 2025/0001', validUntil: today, expired: false },
    ]);
    expect(profile.heldCertifications).toEqual(['ISO_9001', 'TKDN']);
    expect((await ikm.client.ok(MY_PROFILE)).myProfile.heldCertifications).toEqual(['ISO_9001', 'TKDN']);

    const found = async (codes: string[]) =>
      (await buyer.client.ok(PROFILES, { filter: { search: name, certifications: codes } })).capabilityProfiles.nodes.map((n: { id: string }) => n.id);
    expect(await found(['SNI'])).toEqual([]);
    expect(await found(['TKDN'])).toEqual([profile.id]);
    expect(await found(['ISO_9001', 'TKDN'])).toEqual([profile.id]);
    expect(await found(['ISO_9001', 'SNI'])).toEqual([]);
  });

  it('the worker records profile changes and verifications in the audit trail, once per event', async () => {
    const ikm = await registerAccount(new GraphqlClient(api.url), { role: 'IKM' });
    const { id } = (await ikm.client.ok(UPSERT, { input: karoseriSupplierInput() })).upsertMyProfile;
    await ikm.client.ok(UPSERT, { input: karoseriSupplierInput({ leadTimeDays: 21 }) });
    await staff.dinas.ok(VERIFY, { profileId: id, note: 'ok' });

    let worker: INestApplicationContext | undefined;
    try {
      worker = await startWorker(testConfig());
      const audited = async () =>
        (await dataSource.query(`SELECT action, subject_user_id FROM audit_entry WHERE details->>'profileId' = $1 ORDER BY event_id`, [id])) as {
          action: string;
          subject_user_id: string | null;
        }[];
      const deadline = Date.now() + 20_000;
      while ((await audited()).length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await audited()).toEqual([
        { action: 'profiles.profile-created', subject_user_id: ikm.userId },
        { action: 'profiles.profile-changed', subject_user_id: ikm.userId },
        { action: 'profiles.profile-verified', subject_user_id: staff.dinasUserId },
      ]);
    } finally {
      await worker?.close();
    }
  });
});
