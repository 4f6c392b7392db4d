import { DataSource } from 'typeorm';
import { Role } from '@jalin/authz';
import { OrganizationEntity } from '@jalin/identity';
import { Prng, ProfileInput, ProfileVerifier, ProfileWriter, Sector, todayInWib } from '@jalin/profiles';
import { PROCESSES, MATERIALS, KECAMATAN } from '@jalin/taxonomy';
import { GraphqlClient, registerAccount, RegisteredAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { countStatements } from '../../support/statement-counter';
import { bootstrapAdmin, PROFILES, StaffClients, staffClients, uniqueToken } from './profile-fixtures';

/** One seeded profile as the test knows it, to compute expected answers without the database. */
interface Seeded {
  id: string;
  name: string;
  input: ProfileInput;
  verified: boolean;
}

interface Filter {
  sector?: Sector;
  processes?: string[];
  materials?: string[];
  certifications?: string[];
  kecamatanCode?: string;
  verified?: boolean;
  search?: string;
}

const MACHINES = ['Fiber laser 3 kW', 'Press brake 100 t', 'Mesin injeksi 150 t', 'Bubut CNC 2 axis', 'Mesin sangrai 5 kg', 'Las MIG 350 A', 'Oven powder coating'];
const WORDS = ['Sinar', 'Jaya', 'Logam', 'Makmur', 'Plastik', 'Abadi', 'Teknik'];
const COUNT = 150;

/** The independent computation: what the filter means, over the test's own records. */
function expected(all: Seeded[], filter: Filter, today: string): string[] {
  const held = (s: Seeded, code: string) => (s.input.certifications ?? []).some((c) => c.code === code && (c.validUntil == null || c.validUntil >= today));
  const words = (filter.search ?? '').trim().split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
  return all
    .filter((s) => !filter.sector || s.input.sectors.includes(filter.sector))
    .filter((s) => (filter.processes ?? []).every((p) => s.input.processes.includes(p)))
    .filter((s) => (filter.materials ?? []).every((m) => s.input.materials.includes(m)))
    .filter((s) => (filter.certifications ?? []).every((c) => held(s, c)))
    .filter((s) => !filter.kecamatanCode || s.input.kecamatanCode === filter.kecamatanCode)
    .filter((s) => filter.verified === undefined || s.verified === filter.verified)
    .filter((s) => {
      const text = [s.name, ...(s.input.machines ?? [])].join('\n').toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => s.id);
}

/** Random but reproducible profiles; expiry dates far in the past or future, so "today" never flips a result. */
function seedInputs(random: Prng, prefix: string): { name: string; input: ProfileInput }[] {
  const sectors = [Sector.METAL, Sector.METAL, Sector.PLASTIC, Sector.AGRO];
  return Array.from({ length: COUNT }, (_, i) => {
    const chosen = random.chance(0.15) ? [Sector.METAL, Sector.PLASTIC] : [random.pick(sectors)];
    const processes = PROCESSES.filter((p) => chosen.includes(p.sector)).map((p) => p.code);
    const materials = MATERIALS.filter((m) => chosen.includes(m.sector)).map((m) => m.code);
    const certifications = random.sample(['SNI', 'TKDN', 'ISO_9001', 'HALAL'], random.int(0, 3)).map((code) => ({
      code,
      number: `${code}-${i}`,
      validUntil: random.pick([null, '2020-06-30', '2099-12-31', '2099-12-31']),
    }));
    // A few names repeat, so the id breaks ties in the order.
    const name = i % 25 === 7 ? `${prefix} Kembar Sejati` : `${prefix} ${random.pick(['CV', 'UD', 'PT', 'cv'])} ${random.pick(WORDS)} ${String(i).padStart(3, '0')}`;
    return {
      name,
      input: {
        sectors: chosen,
        processes: random.sample(processes, random.int(2, 6)),
        materials: random.sample(materials, random.int(0, 4)),
        certifications,
        monthlyCapacity: { quantity: random.int(100, 50000), unit: 'pcs' },
        minOrderQuantity: random.int(1, 100),
        leadTimeDays: random.int(1, 60),
        kecamatanCode: random.pick(KECAMATAN.slice(0, 4)).code,
        machines: random.sample(MACHINES, random.int(0, 3)),
      },
    };
  });
}

describe('capabilityProfiles: filters, pagination and statements per page', () => {
  const admin = bootstrapAdmin();
  const prefix = uniqueToken('Qx');
  const random = new Prng(7);
  let api: RunningApi;
  let dataSource: DataSource;
  let staff: StaffClients;
  let buyer: RegisteredAccount;
  let seeded: Seeded[];

  const write = (organizationId: string, input: ProfileInput) =>
    dataSource.transaction((manager) => api.app.get(ProfileWriter).upsert(manager, organizationId, input, null));

  beforeAll(async () => {
    api = await startApi(testConfig({ BOOTSTRAP_ADMIN_EMAIL: admin.email, BOOTSTRAP_ADMIN_PASSWORD: admin.password }));
    dataSource = api.app.get(DataSource);
    staff = await staffClients(api.url, admin.email, admin.password);
    buyer = await registerAccount(new GraphqlClient(api.url), { role: 'BUYER' });
    seeded = [];
    for (const { name, input } of seedInputs(random, prefix)) {
      const organization = await dataSource.getRepository(OrganizationEntity).save({ name, kind: Role.IKM });
      const { profile } = await write(organization.id, input);
      seeded.push({ id: profile.id, name, input, verified: false });
    }
    for (const s of seeded.filter(() => random.chance(0.3))) {
      await dataSource.transaction((manager) => api.app.get(ProfileVerifier).verify(manager, s.id, staff.dinasUserId, null));
      s.verified = true;
    }
  });
  afterAll(() => api.close());

  /** Every page through the list, with the ids in order as the client saw them. */
  async function pageThrough(client: GraphqlClient, filter: Filter, first: number, between?: (page: number) => Promise<void>) {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const data: Record<string, any> = await client.ok(PROFILES, { filter, first, after });
      const connection = data.capabilityProfiles;
      ids.push(...connection.nodes.map((n: { id: string }) => n.id));
      totals.push(connection.totalCount);
      expect(connection.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(connection.nodes.map((n: { id: string }) => n.id));
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
      await between?.(page);
    }
    return { ids, totals };
  }

  const filters: [string, Filter][] = [
    ['only the run prefix', {}],
    ['sector METAL', { sector: Sector.METAL }],
    ['sector PLASTIC in one kecamatan', { sector: Sector.PLASTIC, kecamatanCode: KECAMATAN[2].code }],
    ['two processes (all of them)', { processes: ['LASER_CUTTING', 'BENDING'] }],
    ['sector, processes and kecamatan (the benchmark question)', { sector: Sector.METAL, processes: ['BENDING'], kecamatanCode: KECAMATAN[0].code }],
    ['a material', { materials: ['SS400'] }],
    ['a certification held today (expired copies do not count)', { certifications: ['SNI'] }],
    ['two certifications held today', { certifications: ['SNI', 'TKDN'] }],
    ['verified', { verified: true }],
    ['not verified', { verified: false }],
    ['a word of the machines, any case', { search: 'PRESS' }],
    ['two words, name and machines', { search: 'logam laser' }],
    ['the twin names', { search: 'kembar' }],
    ['everything at once', { sector: Sector.METAL, processes: ['BENDING'], certifications: ['TKDN'], verified: false, search: 'cv' }],
  ];

  it.each(filters)('returns exactly the matching profiles, in order, over all pages: %s', async (_name, filter) => {
    const withPrefix = { ...filter, search: `${prefix} ${filter.search ?? ''}`.trim() };
    const want = expected(seeded, withPrefix, todayInWib());
    const { ids, totals } = await pageThrough(buyer.client, withPrefix, 7);
    expect(ids).toEqual(want);
    expect(new Set(totals)).toEqual(new Set([want.length]));
  });

  it('the seed makes every filter meaningful (neither everything nor nothing)', () => {
    const today = todayInWib();
    for (const [, filter] of filters.slice(1)) {
      const count = expected(seeded, { ...filter, search: `${prefix} ${filter.search ?? ''}`.trim() }, today).length;
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(COUNT);
    }
  });

  it('pagination neither repeats nor skips a profile while profiles change between pages', async () => {
    const filter = { search: prefix };
    const before = expected(seeded, filter, todayInWib());
    const changes = async (page: number) => {
      // Touch profiles already seen, the next ones, and ones at the end: edits, certificate changes, verifications.
      const targets = [before[page * 10], before[page * 10 + 12], before[before.length - 1 - page]].filter(Boolean);
      for (const id of targets) {
        const s = seeded.find((x) => x.id === id)!;
        const organizationId = (await dataSource.query('SELECT organization_id FROM capability_profile WHERE id = $1', [id]))[0].organization_id;
        s.input = { ...s.input, leadTimeDays: s.input.leadTimeDays + 1, certifications: [{ code: 'HALAL', number: `new-${page}`, validUntil: '2099-01-01' }] };
        await write(organizationId, s.input);
        if (page % 2 === 0) {
          await dataSource.transaction((manager) => api.app.get(ProfileVerifier).verify(manager, id, staff.dinasUserId, 'mid-paging'));
          s.verified = true;
        } else {
          s.verified = false;
        }
      }
    };
    const { ids } = await pageThrough(staff.dinas, filter, 10, changes);
    expect(ids).toEqual(before);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a page size above 100, a foreign cursor and unknown codes as BAD_USER_INPUT naming the argument', async () => {
    const issue = async (variables: Record<string, unknown>) => (await buyer.client.request(PROFILES, variables)).errors?.[0]?.extensions;
    expect(await issue({ first: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'first', value: 101 }] });
    expect(await issue({ first: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'first', value: 0 }] });
    expect(await issue({ after: 'bm90LWEtY3Vyc29y' })).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'after' }] });
    expect(await issue({ after: Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url') })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await issue({ filter: { processes: ['BENDING', 'WARP_DRIVE'] } })).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'filter.processes[1]', value: 'WARP_DRIVE' }] });
    expect(await issue({ filter: { kecamatanCode: '9999999' } })).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'filter.kecamatanCode', value: '9999999' }] });
  });

  it('defaults to 20 per page and caps at 100', async () => {
    const page = async (first?: number) => (await buyer.client.ok(PROFILES, { filter: { search: prefix }, first })).capabilityProfiles;
    expect((await page()).nodes).toHaveLength(20);
    const full = await page(100);
    expect(full.nodes).toHaveLength(100);
    expect(full.pageInfo.hasNextPage).toBe(true);
    expect(full.totalCount).toBe(COUNT);
  });

  it('uses the same number of SQL statements for a page of 100 as for a page of 10 (no N+1)', async () => {
    const DEEP = `query Deep($filter: ProfileFilter, $first: Int) {
      capabilityProfiles(filter: $filter, first: $first) {
        totalCount
        nodes {
          id organization { id name kind } certifications { code expired } heldCertifications
          verifications { verifiedAt note verifiedBy { name office } }
        }
      }
    }`;
    const { statements, stop } = countStatements(dataSource);
    try {
      const count = async (first: number) => {
        statements.length = 0;
        const data = await staff.dinas.ok(DEEP, { filter: { search: prefix }, first });
        expect(data.capabilityProfiles.nodes).toHaveLength(first);
        expect(data.capabilityProfiles.nodes.some((n: { verifications: unknown[] }) => n.verifications.length > 0)).toBe(true);
        return [...statements];
      };
      const ten = await count(10);
      const hundred = await count(100);
      expect(hundred.length).toBe(ten.length);
      expect(hundred.length).toBeLessThanOrEqual(6);
    } finally {
      stop();
    }
  });
});
