import { Sector, SECTOR_VALUES } from '../sector';
import {
  CERTIFICATIONS,
  KBLI_CODES,
  KECAMATAN,
  MATERIALS,
  NAMED_PLACES,
  PROCESSES,
  SECTORS,
  TAXONOMY_VERSION,
} from './taxonomy.data';
import type { TaxonomyItem } from '../taxonomy.types';

// Copied from /work/shared/docs/domain.md, the source of truth for these codes.
const KABUPATEN_TEGAL_KECAMATAN: ReadonlyArray<[string, string]> = [
  ['3328010', 'Margasari'], ['3328020', 'Bumijawa'], ['3328030', 'Bojong'], ['3328040', 'Balapulang'],
  ['3328050', 'Pagerbarang'], ['3328060', 'Lebaksiu'], ['3328070', 'Jatinegara'], ['3328080', 'Kedungbanteng'],
  ['3328090', 'Pangkah'], ['3328100', 'Slawi'], ['3328110', 'Dukuhwaru'], ['3328120', 'Adiwerna'],
  ['3328130', 'Dukuhturi'], ['3328140', 'Talang'], ['3328150', 'Tarub'], ['3328160', 'Kramat'],
  ['3328170', 'Suradadi'], ['3328180', 'Warureja'],
];

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const codes = (items: readonly TaxonomyItem[]) => items.map((item) => item.code);
const duplicates = (values: readonly string[]) => values.filter((value, i) => values.indexOf(value) !== i);

describe('taxonomy reference data', () => {
  it('has a version', () => {
    expect(TAXONOMY_VERSION).toMatch(/^\d{4}\.\d+$/);
  });

  it('declares exactly the sectors METAL, PLASTIC, AGRO', () => {
    expect(codes(SECTORS)).toEqual(['METAL', 'PLASTIC', 'AGRO']);
    expect(SECTOR_VALUES).toEqual([Sector.METAL, Sector.PLASTIC, Sector.AGRO]);
  });

  describe.each([
    ['process', PROCESSES],
    ['material', MATERIALS],
    ['certification', CERTIFICATIONS],
  ] as const)('%s codes', (_kind, items) => {
    it('are unique', () => {
      expect(duplicates(codes(items))).toEqual([]);
    });

    it('are stable UPPER_SNAKE identifiers', () => {
      expect(codes(items).filter((code) => !UPPER_SNAKE.test(code))).toEqual([]);
    });
  });

  it('has no code that is both a process and a material', () => {
    const materialCodes = new Set(codes(MATERIALS));
    expect(codes(PROCESSES).filter((code) => materialCodes.has(code))).toEqual([]);
  });

  it.each([
    ['process', PROCESSES],
    ['material', MATERIALS],
    ['KBLI', KBLI_CODES],
  ] as const)('gives every %s one declared sector', (_kind, items) => {
    for (const item of items) expect(SECTOR_VALUES).toContain(item.sector);
  });

  it.each(SECTOR_VALUES)('gives sector %s processes and materials', (sector) => {
    expect(PROCESSES.filter((item) => item.sector === sector).length).toBeGreaterThanOrEqual(5);
    expect(MATERIALS.filter((item) => item.sector === sector).length).toBeGreaterThanOrEqual(5);
  });

  it('contains the processes and materials named in the domain brief, in the right sector', () => {
    const sectorOf = (items: typeof PROCESSES, code: string) => items.find((item) => item.code === code)?.sector;
    for (const code of ['LASER_CUTTING', 'PLASMA_CUTTING', 'SHEARING', 'BENDING', 'STAMPING', 'DEEP_DRAWING',
      'CNC_TURNING', 'CNC_MILLING', 'WELDING_MIG', 'WELDING_TIG', 'WELDING_SMAW', 'CASTING', 'FORGING',
      'GALVANIZING', 'POWDER_COATING']) expect([code, sectorOf(PROCESSES, code)]).toEqual([code, Sector.METAL]);
    for (const code of ['INJECTION_MOULDING', 'BLOW_MOULDING', 'EXTRUSION', 'THERMOFORMING', 'ROTATIONAL_MOULDING'])
      expect([code, sectorOf(PROCESSES, code)]).toEqual([code, Sector.PLASTIC]);
    for (const code of ['DRYING', 'GRAIN_MILLING', 'ROASTING', 'PACKAGING', 'COLD_STORAGE'])
      expect([code, sectorOf(PROCESSES, code)]).toEqual([code, Sector.AGRO]);
    for (const code of ['SPCC', 'SS400', 'SUS304', 'AL5052', 'AL6061'])
      expect([code, sectorOf(MATERIALS, code)]).toEqual([code, Sector.METAL]);
    for (const code of ['HDPE', 'PP', 'ABS']) expect([code, sectorOf(MATERIALS, code)]).toEqual([code, Sector.PLASTIC]);
  });

  it('includes the qualification certifications SNI, ISO 9001, halal and TKDN', () => {
    expect(codes(CERTIFICATIONS)).toEqual(expect.arrayContaining(['SNI', 'ISO_9001', 'HALAL', 'TKDN']));
  });

  it('labels every item in English and Indonesian', () => {
    const all: TaxonomyItem[] = [...SECTORS, ...PROCESSES, ...MATERIALS, ...CERTIFICATIONS, ...KECAMATAN, ...KBLI_CODES, ...NAMED_PLACES];
    for (const item of all) {
      expect(item.label.trim()).not.toBe('');
      expect(item.labelId.trim()).not.toBe('');
    }
  });

  describe('kecamatan', () => {
    it('are the 18 of Kabupaten Tegal with exactly the BPS codes and names of the domain brief', () => {
      expect(KECAMATAN.map((k) => [k.code, k.label])).toEqual(KABUPATEN_TEGAL_KECAMATAN);
      expect(KECAMATAN.every((k) => k.labelId === k.label)).toBe(true);
    });

    it('have centroids inside Kabupaten Tegal and within 30 km of Slawi', () => {
      const slawi = KECAMATAN.find((k) => k.label === 'Slawi')!.centroid;
      for (const { code, centroid } of KECAMATAN) {
        expect([code, centroid.lat >= -7.26 && centroid.lat <= -6.84]).toEqual([code, true]);
        expect([code, centroid.lng >= 108.95 && centroid.lng <= 109.36]).toEqual([code, true]);
        const roughKm = Math.hypot(centroid.lat - slawi.lat, centroid.lng - slawi.lng) * 111;
        expect([code, roughKm < 30]).toEqual([code, true]);
      }
    });

    it('have distinct centroids', () => {
      const keys = KECAMATAN.map(({ centroid }) => `${centroid.lat},${centroid.lng}`);
      expect(duplicates(keys)).toEqual([]);
    });
  });

  describe('KBLI', () => {
    it('has 5-digit codes stored with their KBLI version, unique per version', () => {
      for (const entry of KBLI_CODES) {
        expect(entry.code).toMatch(/^[0-9]{5}$/);
        expect(entry.version).toBe('2020');
      }
      expect(duplicates(KBLI_CODES.map((entry) => `${entry.version}:${entry.code}`))).toEqual([]);
    });

    it('lists the domain brief examples in their sectors', () => {
      const sectorOf = (code: string) => KBLI_CODES.find((entry) => entry.code === code)?.sector;
      expect(['24310', '25910', '25920', '29200', '29300', '30113'].map(sectorOf)).toEqual(Array(6).fill(Sector.METAL));
      expect(['22220', '22230', '22293', '22299'].map(sectorOf)).toEqual(Array(4).fill(Sector.PLASTIC));
      expect(['10391', '10392', '10722', '10761', '10794'].map(sectorOf)).toEqual(Array(5).fill(Sector.AGRO));
    });
  });

  it('locates the buyer sites of the domain brief', () => {
    const at = (code: string) => NAMED_PLACES.find((place) => place.code === code)?.location;
    expect(at('KAWASAN_INDUSTRI_KENDAL')).toEqual({ lat: -6.93, lng: 110.22 });
    expect(at('NEW_ARMADA_MAGELANG')).toEqual({ lat: -7.47, lng: 110.22 });
    expect(at('LAKSANA_UNGARAN')).toEqual({ lat: -7.14, lng: 110.41 });
    expect(at('SLAWI')).toEqual({ lat: -6.98, lng: 109.14 });
  });

  it('is frozen, so no caller can change shared reference data', () => {
    expect(Object.isFrozen(PROCESSES)).toBe(true);
    expect(Object.isFrozen(PROCESSES[0])).toBe(true);
    expect(Object.isFrozen(KECAMATAN[0]!.centroid)).toBe(true);
  });
});
