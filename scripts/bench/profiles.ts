import './production-env';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource, EntitySubscriberInterface } from 'typeorm';
import { loadConfig } from '@jalin/config';
import { dropDatabase, ensureDatabase } from '@jalin/database';
import { createJalinDataSource, runMigrations } from '@jalin/db-schema';
import {
  AGRO_ARCHETYPES, DemoArchetype, METAL_ARCHETYPES, PLASTIC_ARCHETYPES, Prng, checkProfileInput, columnsOfContent,
} from '@jalin/profiles';
import { KECAMATAN, taxonomyCatalog } from '@jalin/taxonomy';
import { createApiApp } from '../../apps/api/src/bootstrap-api';
import { benchGraphql, deleteRedisKeys } from './bench-clients';

/**
 * `npm run bench:profiles`: seeds 100,000 IKM profiles into its own database, starts the real API
 * in-process and measures a filtered first page (sector METAL, processes LASER_CUTTING + BENDING,
 * one kecamatan, first 20) over real HTTP GraphQL requests as a BUYER. For comparison it replays
 * the exact SQL of that request with and without index scans. The database and the Redis keys it
 * made are removed at the end. Last line: {"bench":"profiles","profiles":…,"p50Ms":…,"p95Ms":…}.
 *
 * Environment: BENCH_PROFILES (default 100000), BENCH_RUNS (200), BENCH_ADMIN_DATABASE_URL
 * (a URL of this PostgreSQL server; default postgres://postgres@127.0.0.1:5432/postgres).
 * While tuning: BENCH_KEEP_DB=1 keeps the seeded database, BENCH_REUSE_DB=1 measures it again
 * without seeding (same migrations required).
 */

const DATABASE_NAME = 'jalin_bench_profiles';
const PROFILE_COUNT = Number(process.env.BENCH_PROFILES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 40;
const SQL_RUNS = 30;
const BATCH = 5_000;

const TALANG = '3328140';
const ADIWERNA = '3328120';
const KRAMAT = '3328160';

const QUERY = `query Bench($filter: ProfileFilter, $first: Int) {
  capabilityProfiles(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id organization { id name } sectors processes materials heldCertifications
      monthlyCapacity { quantity unit } minOrderQuantity leadTimeDays kecamatanCode location { lat lng } verified
    }
  }
}`;

async function main(): Promise<void> {
  const adminUrl = new URL(process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const databaseUrl = new URL(adminUrl.toString());
  databaseUrl.pathname = `/${DATABASE_NAME}`;
  const queuePrefix = `${DATABASE_NAME}_${process.pid}`;
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: databaseUrl.toString(),
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent',
    PORT: '0',
    BOOTSTRAP_ADMIN_EMAIL: undefined,
    BOOTSTRAP_ADMIN_PASSWORD: undefined,
  });

  const reuse = process.env.BENCH_REUSE_DB === '1';
  if (!reuse) await dropDatabase(config.DATABASE_URL); // only ever this script's own database
  await ensureDatabase(config.DATABASE_URL);
  let dataSource: DataSource | undefined;
  let app: Awaited<ReturnType<typeof createApiApp>> | undefined;
  try {
    dataSource = await createJalinDataSource(config, 'jalin-bench-profiles').initialize();
    await runMigrations(dataSource);
    await dataSource.destroy();
    dataSource = undefined;

    if (!reuse) {
      const seedStarted = performance.now();
      await seed(config.DATABASE_URL);
      console.log(`seeded ${PROFILE_COUNT.toLocaleString('en')} profiles in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s (incl. VACUUM ANALYZE)`);
    }

    app = await createApiApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    const token = await registerBuyer(url);

    const kecamatanCycle = KECAMATAN.map((k) => k.code);
    const filterFor = (i: number) => ({ sector: 'METAL', processes: ['LASER_CUTTING', 'BENDING'], kecamatanCode: kecamatanCycle[i % kecamatanCycle.length] });

    for (let i = 0; i < WARMUP; i += 1) await graphql(url, token, { filter: filterFor(i), first: 20 });
    const samples: { ms: number; kecamatan: string; total: number }[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const filter = filterFor(i);
      const started = performance.now();
      const data = await graphql(url, token, { filter, first: 20 });
      samples.push({ ms: performance.now() - started, kecamatan: filter.kecamatanCode, total: data.capabilityProfiles.totalCount });
    }
    const all = samples.map((s) => s.ms);
    const talang = samples.filter((s) => s.kecamatan === TALANG);
    console.log('');
    console.log('filtered first page over HTTP: sector METAL, processes [LASER_CUTTING, BENDING], kecamatan (all 18 in turn), first 20');
    console.log(`  ${RUNS} requests after ${WARMUP} warm-up: p50 ${fmt(percentile(all, 50))} ms, p95 ${fmt(percentile(all, 95))} ms, max ${fmt(Math.max(...all))} ms`);
    console.log(`  matching profiles per kecamatan: ${summarizeTotals(samples)}`);
    console.log(`  Talang only (largest result, ${talang[0]?.total ?? 0} matches): p50 ${fmt(percentile(talang.map((s) => s.ms), 50))} ms, p95 ${fmt(percentile(talang.map((s) => s.ms), 95))} ms`);

    for (const [label, search] of [['a company name', 'Sinar 4242'], ['a common machine', 'press brake']]) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < 40; i += 1) {
        const started = performance.now();
        total = (await graphql(url, token, { filter: { search }, first: 20 })).capabilityProfiles.totalCount;
        times.push(performance.now() - started);
      }
      console.log(`  free-text search for ${label} ("${search}", trigram, ${total} matches), 40 requests: p50 ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms`);
    }

    await sqlComparison(app.get(DataSource), config.DATABASE_URL, url, token, filterFor(kecamatanCycle.indexOf(TALANG)));

    console.log(JSON.stringify({ bench: 'profiles', profiles: PROFILE_COUNT, p50Ms: round1(percentile(all, 50)), p95Ms: round1(percentile(all, 95)) }));
  } finally {
    await app?.close();
    await dataSource?.destroy();
    if (process.env.BENCH_KEEP_DB !== '1') await dropDatabase(config.DATABASE_URL);
    await deleteRedisKeys(config.REDIS_URL, queuePrefix);
  }
}

/** Organizations and profiles in multi-row INSERTs of 5,000 rows, each profile checked like an API input. */
async function seed(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const random = new Prng(42);
    for (let start = 0; start < PROFILE_COUNT; start += BATCH) {
      const organizations: object[] = [];
      const profiles: object[] = [];
      for (let i = start; i < Math.min(start + BATCH, PROFILE_COUNT); i += 1) {
        const { organization, profile } = syntheticProfile(random, i);
        organizations.push(organization);
        profiles.push(profile);
      }
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO organization (id, name, kind, kecamatan_code, city)
         SELECT id, name, 'IKM', kecamatan_code, 'Kabupaten Tegal' FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, kecamatan_code text)`,
        [JSON.stringify(organizations)],
      );
      await client.query(
        `INSERT INTO capability_profile (organization_id, sectors, processes, materials, certification_codes, certifications, kbli,
           monthly_capacity, capacity_unit, min_order_quantity, lead_time_days, kecamatan_code, lat, lng, machines, workforce, verified, verified_at)
         SELECT organization_id, sectors, processes, materials, certification_codes, certifications, kbli,
           monthly_capacity, capacity_unit, min_order_quantity, lead_time_days, kecamatan_code, lat, lng, machines, workforce,
           verified, CASE WHEN verified THEN now() END
           FROM jsonb_to_recordset($1::jsonb) AS x(organization_id uuid, sectors text[], processes text[], materials text[],
             certification_codes text[], certifications jsonb, kbli jsonb, monthly_capacity int, capacity_unit text,
             min_order_quantity int, lead_time_days int, kecamatan_code text, lat float8, lng float8, machines text[], workforce int, verified boolean)`,
        [JSON.stringify(profiles)],
      );
      await client.query('COMMIT');
    }
    await client.query('VACUUM ANALYZE organization');
    await client.query('VACUUM ANALYZE capability_profile');
  } finally {
    await client.end();
  }
}

const SUFFIXES = ['Jaya', 'Makmur', 'Abadi', 'Sentosa', 'Mandiri', 'Karya', 'Utama', 'Sejahtera', 'Perkasa', 'Sinar', 'Mulia', 'Barokah'];
const OTHER_KECAMATAN = KECAMATAN.map((k) => k.code).filter((code) => ![TALANG, ADIWERNA, KRAMAT].includes(code));

/** 60% metal (most in Talang, Adiwerna, Kramat), 20% plastic, 20% agro, shaped by the demo archetypes. */
function syntheticProfile(random: Prng, index: number) {
  const roll = random.next();
  const archetypes = roll < 0.6 ? METAL_ARCHETYPES : roll < 0.8 ? PLASTIC_ARCHETYPES : AGRO_ARCHETYPES;
  const archetype = weighted(random, archetypes);
  const place = random.next();
  const kecamatanCode = roll < 0.6
    ? place < 0.35 ? TALANG : place < 0.65 ? ADIWERNA : place < 0.8 ? KRAMAT : random.pick(OTHER_KECAMATAN)
    : random.pick(OTHER_KECAMATAN);
  const centroid = taxonomyCatalog.kecamatan(kecamatanCode)!.centroid;
  const organizationId = uuidFrom(random);
  const check = checkProfileInput({
    sectors: [archetype.sector],
    processes: [...archetype.coreProcesses, ...random.sample(archetype.extraProcesses, random.int(0, 3))],
    materials: [...archetype.coreMaterials, ...random.sample(archetype.materials, random.int(0, 3))],
    certifications: archetype.certifications
      .filter(([, chance]) => random.chance(chance))
      .map(([code]) => ({ code, number: `${code}-${index}`, validUntil: random.pick([null, '2025-06-30', '2028-12-31', '2030-06-30']) })),
    kbliCodes: random.sample(archetype.kbli, 1),
    monthlyCapacity: { quantity: random.int(...archetype.capacity), unit: archetype.unit },
    minOrderQuantity: random.int(...archetype.minOrder),
    leadTimeDays: random.int(...archetype.leadTimeDays),
    kecamatanCode,
    location: { lat: centroid.lat + (random.next() - 0.5) * 0.02, lng: centroid.lng + (random.next() - 0.5) * 0.02 },
    machines: random.sample(archetype.machines, random.int(1, 4)),
    workforce: random.int(...archetype.workforce),
  });
  if (!check.content) throw new Error(`bench profile ${index} is invalid: ${JSON.stringify(check.issues)}`);
  const columns = columnsOfContent(check.content);
  const name = `${random.pick(['CV', 'UD', 'PT'])} ${random.pick(archetype.names)} ${random.pick(SUFFIXES)} ${index}`;
  return {
    organization: { id: organizationId, name, kecamatan_code: kecamatanCode },
    profile: {
      organization_id: organizationId,
      sectors: columns.sectors,
      processes: columns.processes,
      materials: columns.materials,
      certification_codes: columns.certificationCodes,
      certifications: columns.certifications,
      kbli: columns.kbli,
      monthly_capacity: columns.monthlyCapacity,
      capacity_unit: columns.capacityUnit,
      min_order_quantity: columns.minOrderQuantity,
      lead_time_days: columns.leadTimeDays,
      kecamatan_code: columns.kecamatanCode,
      lat: columns.lat,
      lng: columns.lng,
      machines: columns.machines,
      workforce: columns.workforce,
      verified: random.chance(0.3),
    },
  };
}

/**
 * Replays the exact statements of one API request straight on PostgreSQL: as planned (GIN,
 * btree), and with index and bitmap scans switched off, which is what the same filter costs as a
 * sequential scan. Also prints the plans.
 */
async function sqlComparison(appDataSource: DataSource, url: string, apiUrl: string, token: string, filter: object): Promise<void> {
  const captured: { query: string; parameters: unknown[] }[] = [];
  const recorder: EntitySubscriberInterface = {
    beforeQuery: (event) => void captured.push({ query: event.query, parameters: (event.parameters ?? []) as unknown[] }),
  };
  appDataSource.subscribers.push(recorder);
  await graphql(apiUrl, token, { filter, first: 20 });
  appDataSource.subscribers.splice(appDataSource.subscribers.indexOf(recorder), 1);
  const statements = captured.filter((s) => s.query.includes('capability_profile'));

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const time = async (settings: string[]) => {
      const runs: number[] = [];
      for (let i = 0; i < SQL_RUNS + 5; i += 1) {
        await client.query('BEGIN');
        for (const setting of settings) await client.query(setting);
        const started = performance.now();
        for (const s of statements) await client.query(s.query, s.parameters);
        if (i >= 5) runs.push(performance.now() - started);
        await client.query('ROLLBACK');
      }
      return runs;
    };
    const indexed = await time([]);
    const scans = await time(['SET LOCAL enable_bitmapscan = off', 'SET LOCAL enable_indexscan = off', 'SET LOCAL enable_indexonlyscan = off']);
    console.log('');
    console.log(`the ${statements.length} SQL statements of that request (Talang), replayed directly, ${SQL_RUNS} runs each:`);
    console.log(`  with indexes (GIN, btree):         p50 ${fmt(percentile(indexed, 50))} ms, p95 ${fmt(percentile(indexed, 95))} ms`);
    console.log(`  baseline, index/bitmap scans off:  p50 ${fmt(percentile(scans, 50))} ms, p95 ${fmt(percentile(scans, 95))} ms`);
    for (const s of statements) {
      const plan = await client.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${s.query}`, s.parameters);
      const lines = plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']);
      console.log(`  plan of ${s.query.trim().slice(0, 40).replace(/\s+/g, ' ')}…:`);
      for (const line of lines.filter((l: string) => /Scan|Sort|Limit|Aggregate|BitmapAnd|Execution Time/.test(l))) console.log(`    ${line.trim()}`);
    }
  } finally {
    await client.end();
  }
}

async function registerBuyer(url: string): Promise<string> {
  const data = await graphql(url, null, {
    input: { email: `bench-buyer-${process.pid}-${Date.now()}@example.co.id`, password: 'bench-password-123', name: 'Bench Buyer', organizationName: 'PT Karoseri Bench', role: 'BUYER' },
  }, `mutation R($input: RegisterInput!) { register(input: $input) { accessToken } }`);
  return data.register.accessToken;
}



function weighted(random: Prng, archetypes: readonly DemoArchetype[]): DemoArchetype {
  let ticket = random.next() * archetypes.reduce((sum, a) => sum + a.weight, 0);
  for (const archetype of archetypes) {
    ticket -= archetype.weight;
    if (ticket < 0) return archetype;
  }
  return archetypes[archetypes.length - 1];
}

function uuidFrom(random: Prng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(random.next() * 4)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function summarizeTotals(samples: { kecamatan: string; total: number }[]): string {
  const totals = new Map(samples.map((s) => [s.kecamatan, s.total]));
  return [...totals].map(([code, total]) => `${taxonomyCatalog.kecamatan(code)!.label} ${total}`).join(', ');
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const fmt = (ms: number) => ms.toFixed(1);
const round1 = (ms: number) => Math.round(ms * 10) / 10;

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

const graphql = (url: string, token: string | null, variables: object, query = QUERY) => benchGraphql(url, token, query, variables);
