import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar, IdrScalar, MAX_RUPIAH_TEXT } from '@jalin/graphql-core';
import { GeoPointType, Sector } from '@jalin/profiles';
import { RfqEntity } from '../entities/rfq.entity';
import { MatchingFailureCode } from '../matching-failure/matching-failure-code.enum';
import { MatchingStatus, RfqStatus } from './rfq-status.enum.graphql';

@ObjectType('Rfq')
export class RfqType {
  @Field(() => ID)
  id: string;

  buyerOrganizationId: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Sector)
  sector: Sector;

  @Field(() => [String])
  processes: string[];

  @Field(() => [String])
  materials: string[];

  @Field(() => [String])
  requiredCertifications: string[];

  @Field(() => Int)
  quantity: number;

  @Field()
  unit: string;

  @Field(() => IdrScalar, { nullable: true, description: `At most ${MAX_RUPIAH_TEXT}` })
  targetUnitPrice: bigint | null;

  @Field(() => GeoPointType)
  deliveryLocation: GeoPointType;

  @Field(() => DateScalar)
  neededBy: string;

  @Field(() => DateTimeScalar)
  quoteDeadline: Date;

  @Field({ description: 'true: nobody sees any quote before quoteDeadline' })
  sealed: boolean;

  @Field(() => RfqStatus)
  status: RfqStatus;

  @Field(() => MatchingStatus)
  matchingStatus: MatchingStatus;

  /** The stored failure code; the resolver writes it out as `matchingError` in the reader's language. */
  matchingFailure: MatchingFailureCode | null;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  static from(e: RfqEntity): RfqType {
    return {
      id: e.id, buyerOrganizationId: e.buyerOrganizationId, title: e.title, description: e.description, sector: e.sector,
      processes: e.processes, materials: e.materials, requiredCertifications: e.requiredCertifications, quantity: e.quantity,
      unit: e.unit, targetUnitPrice: e.targetUnitPrice, deliveryLocation: { lat: e.deliveryLat, lng: e.deliveryLng },
      neededBy: e.neededBy, quoteDeadline: e.quoteDeadline, sealed: e.sealed, status: e.status, matchingStatus: e.matchingStatus,
      matchingFailure: e.matchingError, cancelReason: e.cancelReason, createdAt: e.createdAt,
    };
  }
}
