import { DataSource } from 'typeorm';
import { seedDemoProfiles } from '@jalin/profiles';
import { RunningApi, startApi, testConfig } from '@jalin/testing';
import { bootstrapAdmin, StaffClients, staffClients } from './profile-fixtures';

const DEMO_PROFILES_SQL = `
  SELECT p.id, p.sectors, p.kecamatan_code, p.verified, p.certifications, o.name
    FROM capability_profile p JOIN organization o ON o.id = p.organization_id
   WHERE o.is_demo AND o.kind = 'IKM'`;

describe('demo profiles', () => {
  const admin = bootstrapAdmin();
  let api: RunningApi;
  let dataSource: DataSource;
  let staff: StaffClients;

  beforeAll(async () => {
    api = await startApi(testConfig({ BOOTSTRAP_ADMIN_EMAIL: admin.email, BOOTSTRAP_ADMIN_PASSWORD: admin.password }));
    dataSource = api.app.get(DataSource);
    staff = await staffClients(api.url, admin.email, admin.password); // a Dinas exists, so some are verified
  });
  afterAll(() => api.close());

  it('seeds at least 60 plausible IKM profiles once; a second run creates and announces nothing', async () => {
    const first = await seedDemoProfiles(dataSource.manager);
    const rows: { id: string; sectors: string[]; kecamatan_code: string; verified: boolean; certifications: { validUntil: string | null }[]; name: string }[] =
      await dataSource.query(DEMO_PROFILES_SQL);
    expect(first.created).toBe(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(60);

    const metalInSentra = rows.filter((r) => r.sectors.includes('METAL') && ['3328140', '3328120', '3328160'].includes(r.kecamatan_code));
    expect(metalInSentra.length).toBeGreaterThan(rows.length / 2);
    expect(rows.filter((r) => r.sectors.includes('PLASTIC')).length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.sectors.includes('AGRO')).length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.verified).length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.certifications.some((c) => c.validUntil !== null && c.validUntil < '2026-06-01')).length).toBeGreaterThanOrEqual(3);

    const eventsBefore = (await dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE name LIKE 'profiles.%'`))[0].n;
    const second = await seedDemoProfiles(dataSource.manager);
    expect(second.created).toBe(0);
    const again: { id: string; verified: boolean }[] = await dataSource.query(DEMO_PROFILES_SQL);
    expect(again.map((r) => [r.id, r.verified]).sort()).toEqual(rows.map((r) => [r.id, r.verified]).sort());
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE name LIKE 'profiles.%'`))[0].n).toBe(eventsBefore);
  });

  it('answer the karoseri question (laser cutting and bending of SS400), with Dinas verifications', async () => {
    const { capabilityProfiles } = await staff.dinas.ok(
      `query { capabilityProfiles(filter: { sector: METAL, processes: ["LASER_CUTTING", "BENDING"], materials: ["SS400"] }, first: 100) {
        totalCount nodes { kecamatanCode organization { name } certifications { code expired } verifications { verifiedBy { office } } }
      } }`,
    );
    expect(capabilityProfiles.totalCount).toBeGreaterThanOrEqual(5);
    const offices = capabilityProfiles.nodes.flatMap((n: { verifications: { verifiedBy: { office: string } }[] }) => n.verifications.map((v) => v.verifiedBy.office));
    expect(new Set(offices)).toEqual(new Set(['Dinas Perintransnaker Kabupaten Tegal']));
  });
});
