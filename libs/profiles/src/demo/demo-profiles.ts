import { GeoPoint, taxonomyCatalog } from '@jalin/taxonomy';
import { ProfileInput } from '../validation/profile-input';
import { AGRO_ARCHETYPES, DemoArchetype, METAL_ARCHETYPES, PLASTIC_ARCHETYPES } from './demo-archetypes';
import { Prng } from './prng';

const DEMO_SEED = 20231017; // the Dinas' visit to KIK, New Armada and Laksana, October 2023

/** One demo IKM: its organization (found again by its unique name) and its profile. */
export interface DemoProfile {
  organizationName: string;
  kecamatanCode: string;
  input: ProfileInput;
  /** Verified by the demo Dinas when one exists. */
  verify: boolean;
}

const TALANG = '3328140';
const ADIWERNA = '3328120';
const KRAMAT = '3328160';

/**
 * Where the demo workshops are: most metal in the sentra of Talang and Adiwerna and at LIK Takaru
 * (Kramat), a few metal shops elsewhere, plastic around Slawi, agro in the south and the hills.
 */
const PLAN: readonly { archetypes: readonly DemoArchetype[]; kecamatan: readonly string[]; count: number; nearLikTakaru?: boolean }[] = [
  { archetypes: METAL_ARCHETYPES, kecamatan: [TALANG], count: 18 },
  { archetypes: METAL_ARCHETYPES, kecamatan: [ADIWERNA], count: 14 },
  { archetypes: METAL_ARCHETYPES, kecamatan: [KRAMAT], count: 8, nearLikTakaru: true },
  { archetypes: METAL_ARCHETYPES, kecamatan: ['3328130', '3328150', '3328100'], count: 4 },
  { archetypes: PLASTIC_ARCHETYPES, kecamatan: ['3328100', '3328090', '3328110', '3328150', '3328060'], count: 10 },
  { archetypes: AGRO_ARCHETYPES, kecamatan: ['3328020', '3328030', '3328040', '3328010', '3328070', '3328050', '3328080', '3328170', '3328180'], count: 12 },
];

const PREFIXES = ['CV', 'CV', 'UD', 'PT'];
const SUFFIXES = ['Jaya', 'Makmur', 'Abadi', 'Sentosa', 'Mandiri', 'Karya', 'Utama', 'Sejahtera', 'Perkasa', 'Sinar', 'Mulia', 'Barokah', 'Lestari', 'Agung', 'Berkah', 'Prima'];
/** Expired certificates are kept on some profiles, as IKMs forget to renew. */
const EXPIRED_DATES = ['2024-06-30', '2025-03-31', '2025-09-30', '2026-01-31'];
const VALID_DATES = ['2027-06-30', '2027-12-31', '2028-03-31', '2028-12-31', '2029-06-30', '2030-12-31'];

/** The demo profiles: 66 workshops, always the same (seeded PRNG, fixed dates, no clock). */
export function demoProfiles(seed = DEMO_SEED): DemoProfile[] {
  const random = new Prng(seed);
  const names = new Set<string>();
  const profiles: DemoProfile[] = [];
  for (const group of PLAN) {
    for (let i = 0; i < group.count; i += 1) {
      const archetype = pickWeighted(random, group.archetypes);
      const kecamatanCode = group.kecamatan[i % group.kecamatan.length];
      profiles.push({
        organizationName: uniqueName(random, archetype, kecamatanCode, names),
        kecamatanCode,
        input: profileInput(random, archetype, kecamatanCode, group.nearLikTakaru === true),
        verify: random.chance(0.35),
      });
    }
  }
  return profiles;
}

function profileInput(random: Prng, archetype: DemoArchetype, kecamatanCode: string, nearLikTakaru: boolean): ProfileInput {
  const processes = [...archetype.coreProcesses, ...random.sample(archetype.extraProcesses, random.int(1, 3))];
  const capacity = roundTo(random.int(...archetype.capacity), 50);
  const minOrder = Math.min(roundTo(random.int(...archetype.minOrder), 10), capacity);
  return {
    sectors: [archetype.sector],
    processes,
    materials: [...archetype.coreMaterials, ...random.sample(archetype.materials, random.int(0, Math.min(3, archetype.materials.length)))],
    certifications: certifications(random, archetype),
    kbliCodes: random.sample(archetype.kbli, random.int(1, Math.min(2, archetype.kbli.length))),
    monthlyCapacity: { quantity: capacity, unit: archetype.unit },
    minOrderQuantity: minOrder,
    leadTimeDays: random.int(...archetype.leadTimeDays),
    kecamatanCode,
    location: jitter(random, nearLikTakaru ? taxonomyCatalog.place('LIK_TAKARU')!.location : taxonomyCatalog.kecamatan(kecamatanCode)!.centroid),
    machines: random.sample(archetype.machines, random.int(2, 4)),
    workforce: random.int(...archetype.workforce),
  };
}

function certifications(random: Prng, archetype: DemoArchetype): NonNullable<ProfileInput['certifications']> {
  const held = archetype.certifications.filter(([, chance]) => random.chance(chance));
  return held.map(([code], index) => {
    // About one profile in six with a certificate keeps an expired copy of its first one.
    const expired = index === 0 && random.chance(0.18);
    return {
      code,
      number: certificateNumber(random, code),
      validUntil: expired ? random.pick(EXPIRED_DATES) : code === 'SNI' && random.chance(0.3) ? null : random.pick(VALID_DATES),
    };
  });
}

function certificateNumber(random: Prng, code: string): string {
  const n = String(random.int(1, 9999)).padStart(4, '0');
  switch (code) {
    case 'SNI':
      return `SPPT-SNI ${n}/LSPro/${random.int(2021, 2025)}`;
    case 'TKDN':
      return `TKDN-IK ${random.int(2022, 2025)}/${n}`;
    case 'HALAL':
      return `ID3328${String(random.int(10000000, 99999999))}${random.int(10, 25)}`;
    case 'ISO_9001':
      return `QMS/${random.int(2021, 2025)}/${n}`;
    default:
      return n;
  }
}

function uniqueName(random: Prng, archetype: DemoArchetype, kecamatanCode: string, taken: Set<string>): string {
  const place = taxonomyCatalog.kecamatan(kecamatanCode)!.labelId;
  for (let attempt = 0; ; attempt += 1) {
    const base = `${random.pick(PREFIXES)} ${random.pick(archetype.names)} ${random.pick(SUFFIXES)}`;
    const name = attempt < 5 ? base : `${base} ${place}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** Within about 1 km of the point, so workshops of one kecamatan do not stack on one pin. */
function jitter(random: Prng, point: GeoPoint): GeoPoint {
  const offset = () => Math.round((random.next() - 0.5) * 0.02 * 1e5) / 1e5;
  return { lat: Math.round((point.lat + offset()) * 1e5) / 1e5, lng: Math.round((point.lng + offset()) * 1e5) / 1e5 };
}

function pickWeighted(random: Prng, archetypes: readonly DemoArchetype[]): DemoArchetype {
  let ticket = random.next() * archetypes.reduce((sum, a) => sum + a.weight, 0);
  for (const archetype of archetypes) {
    ticket -= archetype.weight;
    if (ticket < 0) return archetype;
  }
  return archetypes[archetypes.length - 1];
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}
