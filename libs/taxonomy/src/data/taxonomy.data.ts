import type { TaxonomyData } from '../taxonomy.types';
import { CERTIFICATIONS } from './certifications.data';
import { KBLI_CODES } from './kbli.data';
import { KECAMATAN } from './kecamatan.data';
import { MATERIALS } from './materials.data';
import { NAMED_PLACES } from './places.data';
import { PROCESSES } from './processes.data';
import { SECTORS } from './sectors.data';

/** Bump when a code is added, renamed or removed; stored codes refer to this version. */
export const TAXONOMY_VERSION = '2026.1';

export { CERTIFICATIONS, KBLI_CODES, KECAMATAN, MATERIALS, NAMED_PLACES, PROCESSES, SECTORS };

export const TAXONOMY_DATA: TaxonomyData = Object.freeze({
  version: TAXONOMY_VERSION,
  sectors: SECTORS,
  processes: PROCESSES,
  materials: MATERIALS,
  certifications: CERTIFICATIONS,
  kecamatan: KECAMATAN,
  kbli: KBLI_CODES,
  places: NAMED_PLACES,
});
