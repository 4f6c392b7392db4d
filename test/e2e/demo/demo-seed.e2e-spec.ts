import { DataSource } from 'typeorm';
import { Role } from '@jalin/authz';
import { loadConfig } from '@jalin/config';
import { dropDatabase, ensureDatabase } from '@jalin/database';
import { createJalinDataSource, runMigrations } from '@jalin/db-schema';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_SEED_STEPS, DemoSeedStep, runDemoSeed } from '@jalin/demo-data';
import { PasswordHasher } from '@jalin/identity';
import { demoProfiles } from '@jalin/profiles';

jest.setTimeout(120000);

/** The demo data loader (`npm run demo:seed`, and the seed step of `npm run demo`) on its own database. */
describe('demo seed', () => {
  const url = (() => {
    const u = new URL(process.env.DATABASE_URL!);
    u.pathname = `${u.pathname}_seed`;
    return u.toString();
  })();
  let dataSource: DataSource;
  const demoUsers = DEMO_ORGANIZATIONS.flatMap((o) => o.users);

  beforeAll(async () => {
    await dropDatabase(url);
    await ensureDatabase(url);
    dataSource = await createJalinDataSource(loadConfig({ ...process.env, DATABASE_URL: url, DATABASE_POOL_SIZE: '6' }), 'jalin-demo-seed-test').initialize();
    await runMigrations(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropDatabase(url);
  });

  const rows = async () => ({
    organizations: await dataSource.query(`SELECT id, name, kind, kecamatan_code, is_demo FROM organization ORDER BY name`),
    users: await dataSource.query(`SELECT id, email, role, organization_id, password_hash, is_demo FROM app_user ORDER BY email`),
  });

  it('joins a Dinas organization that exists already, and two seeds at once create every row once', async () => {
    // Staff created before the demo data (by an admin) already made the one Dinas organization.
    const [existingDinas] = await dataSource.query(
      `INSERT INTO organization (name, kind) VALUES ('Dinas Perintransnaker Kabupaten Tegal', 'DINAS') RETURNING id`,
    );

    const [a, b] = await Promise.all([runDemoSeed(dataSource), runDemoSeed(dataSource)]);
    const created = (kind: string) => (a.tally.get(kind)?.created ?? 0) + (b.tally.get(kind)?.created ?? 0);
    expect(created('users')).toBe(demoUsers.length);

    const { organizations, users } = await rows();
    expect(users.map((u: { email: string }) => u.email).sort()).toEqual(demoUsers.map((u) => u.email).sort());
    expect(organizations.filter((o: { kind: string }) => o.kind === Role.DINAS)).toHaveLength(1);
    expect(organizations).toHaveLength(DEMO_ORGANIZATIONS.length + demoProfiles().length);
    const dinasUser = users.find((u: { role: string }) => u.role === Role.DINAS);
    expect(dinasUser.organization_id).toBe(existingDinas.id);
    // Demo rows are marked; the organization someone else made stays theirs.
    expect(users.every((u: { is_demo: boolean }) => u.is_demo)).toBe(true);
    expect(organizations.filter((o: { is_demo: boolean }) => !o.is_demo).map((o: { id: string }) => o.id)).toEqual([existingDinas.id]);

    const ikms = organizations.filter((o: { kind: string }) => o.kind === Role.IKM);
    expect(ikms.length).toBeGreaterThanOrEqual(20);
    expect(ikms.every((o: { kecamatan_code: string | null }) => o.kecamatan_code?.startsWith('3328'))).toBe(true);
  });

  it('stores real Argon2id hashes of the demo password', async () => {
    const { users } = await rows();
    const hasher = new PasswordHasher();
    expect(new Set(users.map((u: { password_hash: string }) => u.password_hash)).size).toBe(users.length);
    for (const user of users.slice(0, 3)) {
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
      expect(await hasher.verify(user.password_hash, DEMO_PASSWORD)).toBe(true);
      expect(await hasher.verify(user.password_hash, 'wrong-password')).toBe(false);
    }
  });

  it('keeps everything on a later run and gives later steps the organizations by key either way', async () => {
    const before = await rows();
    const seen: string[] = [];
    const probeStep: DemoSeedStep = {
      name: 'probe',
      async run(manager, context) {
        const org = context.organization('ikm.logam-jaya-talang');
        const [row] = await manager.query(`SELECT name FROM organization WHERE id = $1`, [org.id]);
        seen.push(row.name, context.user('DINAS@tegalkab.demo').role, String(context.organizations(Role.BUYER).length));
      },
    };
    const { tally } = await runDemoSeed(dataSource, { steps: [...DEMO_SEED_STEPS, probeStep] });
    expect(tally.get('users')).toEqual({ created: 0, kept: demoUsers.length });
    expect(tally.get('organizations')).toEqual({ created: 0, kept: DEMO_ORGANIZATIONS.length });
    expect(await rows()).toEqual(before);
    expect(seen).toEqual(['CV Logam Jaya Talang', Role.DINAS, '3']);
  });

  it('refuses, naming the e-mail, when a demo login exists with another role', async () => {
    await dataSource.query(`UPDATE app_user SET role = 'BUYER' WHERE email = 'logamjaya@ikm.demo'`);
    await expect(runDemoSeed(dataSource)).rejects.toThrow(/ikm-accounts.*logamjaya@ikm\.demo exists as BUYER/);
    await dataSource.query(`UPDATE app_user SET role = 'IKM' WHERE email = 'logamjaya@ikm.demo'`);
  });
});
