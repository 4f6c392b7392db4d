export { Sector, SECTOR_VALUES, isSector } from './sector';
export type {
  GeoPoint,
  Kecamatan,
  KbliEntry,
  KbliVersion,
  Locale,
  NamedPlace,
  SectorDefinition,
  SectorInfo,
  SectorScopedItem,
  TaxonomyData,
  TaxonomyItem,
  TaxonomyKind,
  TaxonomySnapshot,
} from './taxonomy.types';
export {
  TAXONOMY_VERSION,
  TAXONOMY_DATA,
  SECTORS,
  PROCESSES,
  MATERIALS,
  CERTIFICATIONS,
  KECAMATAN,
  KBLI_CODES,
  NAMED_PLACES,
} from './data/taxonomy.data';
export { DEFAULT_LOCALE, isLocale, labelFor } from './localized-label';
export { TaxonomyCatalog, taxonomyCatalog, CURRENT_KBLI_VERSION } from './taxonomy-catalog';
export { INDONESIA_BOUNDS, isGeoPoint, isInIndonesia, haversineKm } from './geo';
export { problem, type ValidationProblem } from './validation-problem';
export { validateKbliCode } from './kbli-code.validator';
export { isCalendarDate, validateDate } from './date.validator';
export { validateGeoPoint } from './geo-point.validator';
export { unknownCodes, validateCodes, codesOutsideSectors, validateCodesInSectors } from './taxonomy-code.validator';
