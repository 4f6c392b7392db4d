import { Field, ObjectType } from '@nestjs/graphql';
import type { KbliEntry, SectorInfo, TaxonomyItem, TaxonomySnapshot } from '@jalin/taxonomy';
import { CAPACITY_UNITS } from '../capacity-unit';
import { Sector } from '../sector.enum.graphql';

@ObjectType('TaxonomyItem', { description: 'A stable code with its English (label) and Indonesian (labelId) names' })
export class TaxonomyItemType {
  @Field()
  code: string;

  @Field({ description: 'English' })
  label: string;

  @Field({ description: 'Bahasa Indonesia' })
  labelId: string;

  static from(item: TaxonomyItem): TaxonomyItemType {
    return { code: item.code, label: item.label, labelId: item.labelId };
  }
}

@ObjectType('SectorInfo')
export class SectorInfoType {
  @Field(() => Sector)
  sector: Sector;

  @Field({ description: 'English' })
  label: string;

  @Field({ description: 'Bahasa Indonesia' })
  labelId: string;

  @Field(() => [TaxonomyItemType])
  processes: TaxonomyItemType[];

  @Field(() => [TaxonomyItemType])
  materials: TaxonomyItemType[];

  static from(info: SectorInfo): SectorInfoType {
    return {
      sector: info.sector,
      label: info.label,
      labelId: info.labelId,
      processes: info.processes.map(TaxonomyItemType.from),
      materials: info.materials.map(TaxonomyItemType.from),
    };
  }
}

@ObjectType('KbliItem', { description: 'A common KBLI code (a hint list: other well-formed codes are accepted)' })
export class KbliItemType extends TaxonomyItemType {
  @Field({ description: 'KBLI edition, e.g. "2020"' })
  version: string;

  @Field(() => Sector)
  sector: Sector;

  static fromEntry(entry: KbliEntry): KbliItemType {
    return { code: entry.code, label: entry.label, labelId: entry.labelId, version: entry.version, sector: entry.sector };
  }
}

@ObjectType('Taxonomy', { description: 'Reference data; codes are stable, `version` changes when a code is added, renamed or removed' })
export class TaxonomyType {
  @Field()
  version: string;

  @Field(() => [SectorInfoType])
  sectors: SectorInfoType[];

  @Field(() => [TaxonomyItemType])
  certifications: TaxonomyItemType[];

  @Field(() => [TaxonomyItemType], { description: 'The 18 kecamatan of Kabupaten Tegal; code = BPS code' })
  kecamatan: TaxonomyItemType[];

  @Field(() => [TaxonomyItemType], { description: 'Units of capacity and quantity' })
  units: TaxonomyItemType[];

  @Field(() => [KbliItemType])
  kbli: KbliItemType[];

  static from(snapshot: TaxonomySnapshot, kbli: readonly KbliEntry[]): TaxonomyType {
    return {
      version: snapshot.version,
      sectors: snapshot.sectors.map(SectorInfoType.from),
      certifications: snapshot.certifications.map(TaxonomyItemType.from),
      kecamatan: snapshot.kecamatan.map(TaxonomyItemType.from),
      units: CAPACITY_UNITS.map(TaxonomyItemType.from),
      kbli: kbli.map(KbliItemType.fromEntry),
    };
  }
}
