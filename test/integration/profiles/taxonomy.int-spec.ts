import { GraphqlClient, RunningApi, startApi, testConfig } from '@jalin/testing';

const TAXONOMY = `query {
  taxonomy {
    version
    sectors { sector label labelId processes { code label labelId } materials { code label labelId } }
    certifications { code label labelId }
    kecamatan { code label labelId }
    units { code label labelId }
    kbli { code version sector label labelId }
  }
}`;

describe('taxonomy (public reference data)', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(testConfig());
  });
  afterAll(() => api.close());

  it('answers anonymous callers with the three sectors, their processes and materials, in English and Indonesian', async () => {
    const { taxonomy } = await new GraphqlClient(api.url).ok(TAXONOMY);
    expect(taxonomy.sectors.map((s: { sector: string }) => s.sector)).toEqual(['METAL', 'PLASTIC', 'AGRO']);
    const metal = taxonomy.sectors[0];
    expect(metal.processes).toEqual(expect.arrayContaining([
      { code: 'LASER_CUTTING', label: 'Laser cutting', labelId: 'Potong laser' },
      expect.objectContaining({ code: 'BENDING' }),
    ]));
    expect(metal.materials.map((m: { code: string }) => m.code)).toEqual(expect.arrayContaining(['SPCC', 'SS400', 'SUS304']));
    const plastic = taxonomy.sectors[1];
    expect(plastic.processes.map((p: { code: string }) => p.code)).toContain('INJECTION_MOULDING');
    const agro = taxonomy.sectors[2];
    expect(agro.processes.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['DRYING', 'ROASTING', 'PACKAGING']));
    for (const sector of taxonomy.sectors) {
      for (const item of [...sector.processes, ...sector.materials]) {
        expect(item.label.length).toBeGreaterThan(0);
        expect(item.labelId.length).toBeGreaterThan(0);
      }
    }
  });

  it('lists the certifications and the 18 kecamatan of Kabupaten Tegal with their BPS codes', async () => {
    const { taxonomy } = await new GraphqlClient(api.url).ok(TAXONOMY);
    expect(taxonomy.certifications.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['SNI', 'ISO_9001', 'HALAL', 'TKDN']));
    expect(taxonomy.kecamatan).toHaveLength(18);
    expect(taxonomy.kecamatan).toEqual(expect.arrayContaining([
      { code: '3328140', label: 'Talang', labelId: 'Talang' },
      { code: '3328120', label: 'Adiwerna', labelId: 'Adiwerna' },
      { code: '3328160', label: 'Kramat', labelId: 'Kramat' },
    ]));
    expect(taxonomy.kecamatan.every((k: { code: string }) => /^3328\d{3}$/.test(k.code))).toBe(true);
    expect(taxonomy.units.map((u: { code: string }) => u.code)).toEqual(expect.arrayContaining(['pcs', 'kg', 'ton']));
    expect(taxonomy.kbli).toEqual(expect.arrayContaining([expect.objectContaining({ code: '25910', version: '2020', sector: 'METAL' })]));
    expect(taxonomy.version).toMatch(/\S/);
  });
});
