import * as taxonomy from '@jalin/taxonomy';

describe('@jalin/taxonomy public API', () => {
  it('resolves through the path alias and exports the catalog, helpers and validators', () => {
    expect(taxonomy.Sector.METAL).toBe('METAL');
    expect(taxonomy.taxonomyCatalog).toBeInstanceOf(taxonomy.TaxonomyCatalog);
    expect(taxonomy.TAXONOMY_VERSION).toBe(taxonomy.taxonomyCatalog.version);
    for (const name of [
      'haversineKm', 'isInIndonesia', 'isGeoPoint', 'validateKbliCode', 'validateDate', 'isCalendarDate',
      'validateGeoPoint', 'unknownCodes', 'validateCodes', 'codesOutsideSectors', 'validateCodesInSectors',
      'labelFor', 'isLocale', 'isSector', 'problem',
    ] as const) {
      expect(typeof taxonomy[name]).toBe('function');
    }
  });
});
