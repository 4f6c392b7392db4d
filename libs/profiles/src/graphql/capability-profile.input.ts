import { Field, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { ProfileInput } from '../validation/profile-input';
import { Sector } from '../sector.enum.graphql';
import { CapacityInput } from './capacity.type';
import { CertificationInput } from './certification.type';
import { GeoPointInput } from './geo-point.type';

/**
 * The whole profile, replaced on each call. Fields carry @Allow only: every rule lives in
 * checkProfileInput, which reports all problems of one call together and also guards the demo
 * seed; class-validator rules here would duplicate it and stop at the first layer.
 */
@InputType('CapabilityProfileInput')
export class CapabilityProfileInput implements ProfileInput {
  @Field(() => [Sector])
  @Allow()
  sectors: Sector[];

  @Field(() => [String], { description: 'Process codes; each must belong to one of the sectors' })
  @Allow()
  processes: string[];

  @Field(() => [String], { description: 'Material codes; each must belong to one of the sectors' })
  @Allow()
  materials: string[];

  @Field(() => [CertificationInput], { nullable: true })
  @Allow()
  certifications?: CertificationInput[] | null;

  @Field(() => [String], { nullable: true, description: '5-digit KBLI codes, e.g. "25910"' })
  @Allow()
  kbliCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'KBLI edition of kbliCodes: "2020" (default) or "2025"' })
  @Allow()
  kbliVersion?: string | null;

  @Field(() => CapacityInput)
  @Allow()
  monthlyCapacity: CapacityInput;

  @Field(() => Int)
  @Allow()
  minOrderQuantity: number;

  @Field(() => Int)
  @Allow()
  leadTimeDays: number;

  @Field(() => String, { nullable: true, description: 'BPS code of the kecamatan, e.g. "3328140" (Talang)' })
  @Allow()
  kecamatanCode?: string | null;

  @Field(() => GeoPointInput, { nullable: true })
  @Allow()
  location?: GeoPointInput | null;

  @Field(() => [String], { nullable: true, description: 'Main machines, free text (e.g. "Fiber laser 3 kW, 1500 x 3000")' })
  @Allow()
  machines?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Number of workers' })
  @Allow()
  workforce?: number | null;
}
