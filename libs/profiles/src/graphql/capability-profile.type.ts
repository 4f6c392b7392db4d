import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganizationType } from '@jalin/identity';
import { ConnectionType } from '@jalin/graphql-core';
import { CapabilityProfileEntity } from '../entities/capability-profile.entity';
import { heldCertificationCodes } from '../profile-content';
import { Sector } from '../sector.enum.graphql';
import { todayInWib } from '../wib-date';
import { CapacityType } from './capacity.type';
import { CertificationType } from './certification.type';
import { GeoPointType } from './geo-point.type';
import { KbliCodeType } from './kbli-code.type';
import { ProfileVerificationType } from './profile-verification.type';

@ObjectType('CapabilityProfile', { description: 'What one IKM can make' })
export class CapabilityProfileType {
  @Field(() => ID)
  id: string;

  @Field(() => OrganizationType)
  organization?: OrganizationType;

  @Field(() => [Sector])
  sectors: Sector[];

  @Field(() => [String], { description: 'Process codes of taxonomy.sectors.processes' })
  processes: string[];

  @Field(() => [String], { description: 'Material codes of taxonomy.sectors.materials' })
  materials: string[];

  @Field(() => [CertificationType], { description: 'All certificates, expired ones included (see expired)' })
  certifications: CertificationType[];

  @Field(() => [String], { description: 'Codes of the certifications with a copy valid today (WIB)' })
  heldCertifications: string[];

  @Field(() => [String], { description: 'KBLI codes; their edition is in kbli' })
  kbliCodes: string[];

  @Field(() => [KbliCodeType])
  kbli: KbliCodeType[];

  @Field(() => CapacityType)
  monthlyCapacity: CapacityType;

  @Field(() => Int, { description: 'In the unit of monthlyCapacity' })
  minOrderQuantity: number;

  @Field(() => Int)
  leadTimeDays: number;

  @Field(() => String, { nullable: true, description: 'BPS code of the kecamatan' })
  kecamatanCode: string | null;

  @Field(() => GeoPointType, { nullable: true })
  location: GeoPointType | null;

  @Field(() => [String], { description: 'Main machines, free text (e.g. "Press brake 100 t")' })
  machines: string[];

  @Field(() => Int, { nullable: true, description: 'Number of workers' })
  workforce: number | null;

  @Field({ description: 'Verified by the Dinas, and certifications unchanged since' })
  verified: boolean;

  @Field(() => Date, { nullable: true, description: 'When the current verification was made' })
  verifiedAt: Date | null;

  @Field(() => [ProfileVerificationType], {
    nullable: true,
    description: 'Verification history, newest first: the Dinas, admins and the IKM itself (FORBIDDEN for others)',
  })
  verifications?: ProfileVerificationType[];

  @Field(() => Int, { description: 'Increases with every change of content' })
  revision: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** For the organization and verifications resolvers. */
  organizationId: string;

  static from(entity: CapabilityProfileEntity, now: Date = new Date()): CapabilityProfileType {
    const today = todayInWib(now);
    return {
      id: entity.id,
      organizationId: entity.organizationId,
      sectors: entity.sectors,
      processes: entity.processes,
      materials: entity.materials,
      certifications: entity.certifications.map((c) => CertificationType.from(c, today)),
      heldCertifications: heldCertificationCodes(entity.certifications, today),
      kbliCodes: entity.kbli.map((k) => k.code),
      kbli: entity.kbli,
      monthlyCapacity: { quantity: entity.monthlyCapacity, unit: entity.capacityUnit },
      minOrderQuantity: entity.minOrderQuantity,
      leadTimeDays: entity.leadTimeDays,
      kecamatanCode: entity.kecamatanCode,
      location: entity.lat === null || entity.lng === null ? null : { lat: entity.lat, lng: entity.lng },
      machines: entity.machines,
      workforce: entity.workforce,
      verified: entity.verified,
      verifiedAt: entity.verifiedAt,
      revision: entity.revision,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    };
  }
}

export const CapabilityProfileConnection = ConnectionType(CapabilityProfileType, 'CapabilityProfile');
