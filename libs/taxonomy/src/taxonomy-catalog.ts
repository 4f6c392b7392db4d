import { TAXONOMY_DATA } from './data/taxonomy.data';
import { labelFor } from './localized-label';
import type { Sector } from './sector';
import type {
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

export const CURRENT_KBLI_VERSION: KbliVersion = '2020';

const NONE: readonly never[] = Object.freeze([]);

/**
 * Read-only lookups over the reference data. All maps are built once in the constructor,
 * which also refuses inconsistent data (duplicate codes, items of an undeclared sector).
 */
export class TaxonomyCatalog {
  readonly version: string;

  private readonly data: TaxonomyData;
  private readonly sectorInfos: readonly SectorInfo[];
  private readonly sectorInfoByCode: ReadonlyMap<string, SectorInfo>;
  private readonly kbliByVersionAndCode: ReadonlyMap<string, KbliEntry>;
  private readonly placeByCode: ReadonlyMap<string, NamedPlace>;
  private readonly indexes: {
    readonly sector: ReadonlyMap<string, SectorDefinition>;
    readonly process: ReadonlyMap<string, SectorScopedItem>;
    readonly material: ReadonlyMap<string, SectorScopedItem>;
    readonly certification: ReadonlyMap<string, TaxonomyItem>;
    readonly kecamatan: ReadonlyMap<string, Kecamatan>;
    readonly kbli: ReadonlyMap<string, KbliEntry>;
  };

  constructor(data: TaxonomyData = TAXONOMY_DATA) {
    this.data = data;
    this.version = data.version;
    const sector = indexByCode('sector', data.sectors);
    const process = indexByCode('process', data.processes);
    const material = indexByCode('material', data.materials);
    requireDeclaredSectors('process', data.processes, sector);
    requireDeclaredSectors('material', data.materials, sector);
    requireDeclaredSectors('KBLI', data.kbli, sector);
    this.kbliByVersionAndCode = indexBy('KBLI', data.kbli, kbliKey);
    this.indexes = {
      sector,
      process,
      material,
      certification: indexByCode('certification', data.certifications),
      kecamatan: indexByCode('kecamatan', data.kecamatan),
      kbli: indexByCode('KBLI', data.kbli.filter((entry) => entry.version === CURRENT_KBLI_VERSION)),
    };
    this.placeByCode = indexByCode('place', data.places);
    this.sectorInfos = Object.freeze(data.sectors.map((definition) => sectorInfo(definition, data)));
    this.sectorInfoByCode = new Map(this.sectorInfos.map((info) => [info.sector, info]));
  }

  sectors(): readonly SectorInfo[] {
    return this.sectorInfos;
  }

  sector(sector: Sector): SectorInfo | undefined {
    return this.sectorInfoByCode.get(sector);
  }

  processesOf(sector: Sector): readonly SectorScopedItem[] {
    return this.sectorInfoByCode.get(sector)?.processes ?? NONE;
  }

  materialsOf(sector: Sector): readonly SectorScopedItem[] {
    return this.sectorInfoByCode.get(sector)?.materials ?? NONE;
  }

  processes(): readonly SectorScopedItem[] {
    return this.data.processes;
  }

  materials(): readonly SectorScopedItem[] {
    return this.data.materials;
  }

  certifications(): readonly TaxonomyItem[] {
    return this.data.certifications;
  }

  kecamatanList(): readonly Kecamatan[] {
    return this.data.kecamatan;
  }

  kbliCodes(): readonly KbliEntry[] {
    return this.data.kbli;
  }

  places(): readonly NamedPlace[] {
    return this.data.places;
  }

  /** Everything the public `taxonomy` query returns. */
  snapshot(): TaxonomySnapshot {
    return {
      version: this.version,
      sectors: this.sectorInfos,
      certifications: this.data.certifications,
      kecamatan: this.data.kecamatan,
    };
  }

  isSector(code: string): code is Sector {
    return this.indexes.sector.has(code);
  }

  isProcess(code: string): boolean {
    return this.indexes.process.has(code);
  }

  isMaterial(code: string): boolean {
    return this.indexes.material.has(code);
  }

  isCertification(code: string): boolean {
    return this.indexes.certification.has(code);
  }

  isKecamatan(code: string): boolean {
    return this.indexes.kecamatan.has(code);
  }

  /** True when the code is in the hint list; a well-formed code missing here may still be valid. */
  isKnownKbli(code: string, version: KbliVersion = CURRENT_KBLI_VERSION): boolean {
    return this.kbliByVersionAndCode.has(kbliKey({ code, version }));
  }

  process(code: string): SectorScopedItem | undefined {
    return this.indexes.process.get(code);
  }

  material(code: string): SectorScopedItem | undefined {
    return this.indexes.material.get(code);
  }

  certification(code: string): TaxonomyItem | undefined {
    return this.indexes.certification.get(code);
  }

  kecamatan(code: string): Kecamatan | undefined {
    return this.indexes.kecamatan.get(code);
  }

  kbli(code: string, version: KbliVersion = CURRENT_KBLI_VERSION): KbliEntry | undefined {
    return this.kbliByVersionAndCode.get(kbliKey({ code, version }));
  }

  place(code: string): NamedPlace | undefined {
    return this.placeByCode.get(code);
  }

  sectorOfProcess(code: string): Sector | undefined {
    return this.indexes.process.get(code)?.sector;
  }

  sectorOfMaterial(code: string): Sector | undefined {
    return this.indexes.material.get(code)?.sector;
  }

  /** Generic lookup; for `kbli` it uses the current KBLI version. */
  item(kind: TaxonomyKind, code: string): TaxonomyItem | undefined {
    return this.indexes[kind].get(code);
  }

  has(kind: TaxonomyKind, code: string): boolean {
    return this.indexes[kind].has(code);
  }

  label(kind: TaxonomyKind, code: string, locale?: Locale): string | undefined {
    const item = this.item(kind, code);
    return item && labelFor(item, locale);
  }
}

function sectorInfo(definition: SectorDefinition, data: TaxonomyData): SectorInfo {
  const ofSector = (item: SectorScopedItem) => item.sector === definition.code;
  return Object.freeze({
    sector: definition.code,
    label: definition.label,
    labelId: definition.labelId,
    processes: Object.freeze(data.processes.filter(ofSector)),
    materials: Object.freeze(data.materials.filter(ofSector)),
  });
}

function kbliKey(entry: Pick<KbliEntry, 'code' | 'version'>): string {
  return `${entry.version}:${entry.code}`;
}

function indexByCode<T extends TaxonomyItem>(kind: string, items: readonly T[]): ReadonlyMap<string, T> {
  return indexBy(kind, items, (item) => item.code);
}

function indexBy<T>(kind: string, items: readonly T[], keyOf: (item: T) => string): ReadonlyMap<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (index.has(key)) throw new Error(`Taxonomy data: duplicate ${kind} code "${key}"`);
    index.set(key, item);
  }
  return index;
}

function requireDeclaredSectors(
  kind: string,
  items: readonly (TaxonomyItem & { readonly sector: Sector })[],
  sectors: ReadonlyMap<string, SectorDefinition>,
): void {
  for (const item of items) {
    if (!sectors.has(item.sector)) {
      throw new Error(`Taxonomy data: ${kind} "${item.code}" names undeclared sector "${item.sector}"`);
    }
  }
}

/** The catalog over the repository's reference data. */
export const taxonomyCatalog = new TaxonomyCatalog();
