import { TAXONOMY_DATA } from './data/taxonomy.data';
import { isLocale, labelFor } from './localized-label';
import { isSector, Sector } from './sector';
import { TaxonomyCatalog, taxonomyCatalog as catalog } from './taxonomy-catalog';

describe('TaxonomyCatalog', () => {
  it('exposes the data version', () => {
    expect(catalog.version).toBe(TAXONOMY_DATA.version);
  });

  it('lists the sectors with their own processes and materials', () => {
    expect(catalog.sectors().map((info) => info.sector)).toEqual([Sector.METAL, Sector.PLASTIC, Sector.AGRO]);
    for (const info of catalog.sectors()) {
      expect(info.processes.length).toBeGreaterThan(0);
      expect(info.processes.every((item) => item.sector === info.sector)).toBe(true);
      expect(info.materials.every((item) => item.sector === info.sector)).toBe(true);
    }
  });

  it('splits processes and materials by sector without loss', () => {
    const processCount = catalog.sectors().reduce((n, info) => n + catalog.processesOf(info.sector).length, 0);
    const materialCount = catalog.sectors().reduce((n, info) => n + catalog.materialsOf(info.sector).length, 0);
    expect(processCount).toBe(catalog.processes().length);
    expect(materialCount).toBe(catalog.materials().length);
    expect(catalog.processesOf(Sector.PLASTIC).map((p) => p.code)).toContain('INJECTION_MOULDING');
    expect(catalog.materialsOf(Sector.AGRO).map((m) => m.code)).toContain('COFFEE_BEAN');
  });

  it('returns an empty list for a sector it does not know', () => {
    expect(catalog.processesOf('WOOD' as Sector)).toEqual([]);
    expect(catalog.materialsOf('WOOD' as Sector)).toEqual([]);
  });

  it('answers membership questions', () => {
    expect(catalog.isProcess('LASER_CUTTING')).toBe(true);
    expect(catalog.isProcess('SPCC')).toBe(false);
    expect(catalog.isProcess('laser_cutting')).toBe(false);
    expect(catalog.isMaterial('SUS304')).toBe(true);
    expect(catalog.isMaterial('BENDING')).toBe(false);
    expect(catalog.isCertification('HALAL')).toBe(true);
    expect(catalog.isCertification('CE')).toBe(false);
    expect(catalog.isKecamatan('3328140')).toBe(true);
    expect(catalog.isKecamatan('3328190')).toBe(false);
    expect(catalog.isSector('AGRO')).toBe(true);
    expect(catalog.isSector('agro')).toBe(false);
    expect(catalog.isKnownKbli('25920')).toBe(true);
    expect(catalog.isKnownKbli('25920', '2025')).toBe(false);
    expect(catalog.isKnownKbli('99999')).toBe(false);
  });

  it('does not treat Object.prototype names as codes', () => {
    for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(catalog.isProcess(code) || catalog.isMaterial(code) || catalog.isCertification(code)).toBe(false);
    }
  });

  it('knows the sector of each process and material', () => {
    expect(catalog.sectorOfProcess('DEEP_DRAWING')).toBe(Sector.METAL);
    expect(catalog.sectorOfProcess('BLOW_MOULDING')).toBe(Sector.PLASTIC);
    expect(catalog.sectorOfProcess('GRAIN_MILLING')).toBe(Sector.AGRO);
    expect(catalog.sectorOfProcess('NOPE')).toBeUndefined();
    expect(catalog.sectorOfMaterial('GALVANIZED_STEEL')).toBe(Sector.METAL);
    expect(catalog.sectorOfMaterial('HDPE')).toBe(Sector.PLASTIC);
    expect(catalog.sectorOfMaterial('PALM_SUGAR')).toBe(Sector.AGRO);
    expect(catalog.sectorOfMaterial('NOPE')).toBeUndefined();
  });

  it('looks up single items', () => {
    expect(catalog.kecamatan('3328120')).toMatchObject({ code: '3328120', label: 'Adiwerna', centroid: { lat: -6.94, lng: 109.13 } });
    expect(catalog.kecamatan('3328999')).toBeUndefined();
    expect(catalog.certification('ISO_9001')).toMatchObject({ code: 'ISO_9001', label: expect.stringContaining('ISO 9001') });
    expect(catalog.process('CNC_MILLING')?.labelId).toBe('Frais CNC');
    expect(catalog.material('SPCC')?.sector).toBe(Sector.METAL);
    expect(catalog.kbli('29200')).toMatchObject({ version: '2020', sector: Sector.METAL });
    expect(catalog.place('KAWASAN_INDUSTRI_KENDAL')?.location).toEqual({ lat: -6.93, lng: 110.22 });
  });

  it('gives labels by locale, Indonesian by default', () => {
    expect(catalog.label('process', 'WELDING_SMAW', 'en')).toBe('SMAW (stick) welding');
    expect(catalog.label('process', 'WELDING_SMAW', 'id')).toBe('Las SMAW (las listrik)');
    expect(catalog.label('kecamatan', '3328160')).toBe('Kramat');
    expect(catalog.label('sector', 'METAL', 'id')).toBe('Logam');
    expect(catalog.label('material', 'NOPE', 'en')).toBeUndefined();
    expect(labelFor({ code: 'X', label: 'English', labelId: 'Indonesia' })).toBe('Indonesia');
    expect(isLocale('en')).toBe(true);
    expect(isLocale('EN')).toBe(false);
  });

  it('offers a generic item/has lookup per kind', () => {
    expect(catalog.has('material', 'ABS')).toBe(true);
    expect(catalog.has('process', 'ABS')).toBe(false);
    expect(catalog.has('kbli', '10761')).toBe(true);
    expect(catalog.item('certification', 'TKDN')?.code).toBe('TKDN');
  });

  it('builds the public taxonomy snapshot', () => {
    const snapshot = catalog.snapshot();
    expect(snapshot.version).toBe(catalog.version);
    expect(snapshot.sectors).toHaveLength(3);
    expect(snapshot.kecamatan).toHaveLength(18);
    expect(snapshot.certifications.map((c) => c.code)).toContain('SNI');
  });

  it('refuses data with duplicate codes', () => {
    const processes = [...TAXONOMY_DATA.processes, TAXONOMY_DATA.processes[0]!];
    expect(() => new TaxonomyCatalog({ ...TAXONOMY_DATA, processes })).toThrow(/duplicate process code "LASER_CUTTING"/);
  });

  it('refuses items of an undeclared sector', () => {
    const sectors = TAXONOMY_DATA.sectors.filter((s) => s.code !== Sector.AGRO);
    expect(() => new TaxonomyCatalog({ ...TAXONOMY_DATA, sectors })).toThrow(/undeclared sector "AGRO"/);
  });

  it('isSector guards the enum values', () => {
    expect(isSector('PLASTIC')).toBe(true);
    expect(isSector('plastic')).toBe(false);
    expect(isSector(undefined)).toBe(false);
  });
});
