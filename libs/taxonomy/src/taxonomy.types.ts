import type { Sector } from './sector';

/** Shape of GraphQL `TaxonomyItem`: `label` is English, `labelId` is Bahasa Indonesia. */
export interface TaxonomyItem {
  readonly code: string;
  readonly label: string;
  readonly labelId: string;
}

/** A process or material: belongs to exactly one sector. */
export interface SectorScopedItem extends TaxonomyItem {
  readonly sector: Sector;
}

export interface GeoPoint {
  readonly lat: number;
  readonly lng: number;
}

/** A kecamatan of Kabupaten Tegal; `code` is the 7-digit BPS code. */
export interface Kecamatan extends TaxonomyItem {
  readonly centroid: GeoPoint;
}

export type KbliVersion = '2020' | '2025';

/** A KBLI entry; the version is stored because KBLI 2025 may reuse a code with another meaning. */
export interface KbliEntry extends TaxonomyItem {
  readonly version: KbliVersion;
  readonly sector: Sector;
}

/** A well-known site used for distances and demo data (buyer sites, the district capital). */
export interface NamedPlace extends TaxonomyItem {
  readonly location: GeoPoint;
}

export interface SectorDefinition extends TaxonomyItem {
  readonly code: Sector;
}

/** GraphQL `SectorInfo`, plus the sector's own labels. */
export interface SectorInfo {
  readonly sector: Sector;
  readonly label: string;
  readonly labelId: string;
  readonly processes: readonly SectorScopedItem[];
  readonly materials: readonly SectorScopedItem[];
}

/** GraphQL `Taxonomy`, plus the data version. */
export interface TaxonomySnapshot {
  readonly version: string;
  readonly sectors: readonly SectorInfo[];
  readonly certifications: readonly TaxonomyItem[];
  readonly kecamatan: readonly Kecamatan[];
}

/** The kinds of code the catalog can check. */
export type TaxonomyKind = 'sector' | 'process' | 'material' | 'certification' | 'kecamatan' | 'kbli';

export type Locale = 'id' | 'en';

/** Everything the catalog is built from; lets tests build a catalog from other data. */
export interface TaxonomyData {
  readonly version: string;
  readonly sectors: readonly SectorDefinition[];
  readonly processes: readonly SectorScopedItem[];
  readonly materials: readonly SectorScopedItem[];
  readonly certifications: readonly TaxonomyItem[];
  readonly kecamatan: readonly Kecamatan[];
  readonly kbli: readonly KbliEntry[];
  readonly places: readonly NamedPlace[];
}
