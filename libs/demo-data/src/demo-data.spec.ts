import { Role } from '@jalin/authz';
import { taxonomyCatalog } from '@jalin/taxonomy';
import { DEMO_BUYERS, DEMO_DINAS, DEMO_IKMS, DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_SEED_STEPS, demoLogins } from '@jalin/demo-data';

const TALANG = '3328140';
const ADIWERNA = '3328120';
const KRAMAT = '3328160';

describe('demo data', () => {
  const users = DEMO_ORGANIZATIONS.flatMap((o) => o.users);

  it('has one Dinas, an admin, three buyers and at least 20 IKMs', () => {
    const count = (kind: Role) => DEMO_ORGANIZATIONS.filter((o) => o.kind === kind).length;
    expect(count(Role.DINAS)).toBe(1);
    expect(count(Role.ADMIN)).toBe(1);
    expect(count(Role.BUYER)).toBe(3);
    expect(count(Role.IKM)).toBeGreaterThanOrEqual(20);
    expect(DEMO_DINAS.name).toBe('Dinas Perintransnaker Kabupaten Tegal');
  });

  it('puts most IKMs in the metal sentra of Talang, Adiwerna and Kramat (LIK Takaru)', () => {
    const inSentra = DEMO_IKMS.filter((o) => [TALANG, ADIWERNA, KRAMAT].includes(o.kecamatanCode!));
    expect(inSentra.length / DEMO_IKMS.length).toBeGreaterThan(0.7);
    for (const code of [TALANG, ADIWERNA, KRAMAT]) expect(DEMO_IKMS.filter((o) => o.kecamatanCode === code).length).toBeGreaterThanOrEqual(4);
    expect(DEMO_IKMS.some((o) => o.profile.locality.includes('LIK Takaru'))).toBe(true);
  });

  it('uses unique keys, unique e-mails (in any case) and unique organization names', () => {
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(unique(DEMO_ORGANIZATIONS.map((o) => o.key))).toBe(true);
    expect(unique(users.map((u) => u.email.toLowerCase()))).toBe(true);
    expect(unique(DEMO_ORGANIZATIONS.map((o) => o.name))).toBe(true);
    for (const user of users) expect(user.email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.demo$/);
  });

  it('refers only to codes the taxonomy knows', () => {
    for (const org of DEMO_ORGANIZATIONS) {
      if (org.kecamatanCode !== null) expect(taxonomyCatalog.isKecamatan(org.kecamatanCode)).toBe(true);
    }
    for (const buyer of DEMO_BUYERS) expect(taxonomyCatalog.place(buyer.siteCode)).toBeDefined();
    for (const { key, profile } of DEMO_IKMS) {
      const problems = [
        ...profile.processes.filter((c) => taxonomyCatalog.sectorOfProcess(c) !== profile.sector).map((c) => `process ${c}`),
        ...profile.materials.filter((c) => taxonomyCatalog.sectorOfMaterial(c) !== profile.sector).map((c) => `material ${c}`),
        ...(taxonomyCatalog.kbli(profile.kbli)?.sector === profile.sector ? [] : [`KBLI ${profile.kbli}`]),
      ];
      expect({ key, problems }).toEqual({ key, problems: [] });
    }
  });

  it('covers all three sectors among the IKMs', () => {
    expect(new Set(DEMO_IKMS.map((o) => o.profile.sector))).toEqual(new Set(['METAL', 'PLASTIC', 'AGRO']));
  });

  it('prints a few logins of every role, all with the one demo password', () => {
    const featured = demoLogins();
    for (const role of Object.values(Role)) expect(featured.some((l) => l.role === role)).toBe(true);
    expect(featured.filter((l) => l.role === Role.BUYER)).toHaveLength(3);
    expect(featured.length).toBeLessThan(demoLogins({ all: true }).length);
    expect(demoLogins({ all: true })).toHaveLength(users.length);
    expect(new Set(demoLogins({ all: true }).map((l) => l.password))).toEqual(new Set([DEMO_PASSWORD]));
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(10);
  });

  it('has seed steps with unique names', () => {
    const names = DEMO_SEED_STEPS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
