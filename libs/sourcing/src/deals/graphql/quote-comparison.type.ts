import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, IdrScalar, MAX_RUPIAH_TEXT } from '@jalin/graphql-core';
import { QuoteType } from '../../quotes';
import { QuoteSort } from '../comparison/compare-quotes';

registerEnumType(QuoteSort, { name: 'QuoteSort', description: 'PRICE: unit price, lowest first; LEAD_TIME: shortest first; SCORE: best match first' });

@ObjectType('IkmTrackRecord')
export class IkmTrackRecordType {
  @Field(() => Int)
  completedDeals: number;

  @Field(() => Int, { description: 'Completed deals delivered on or before neededBy' })
  onTimeDeliveries: number;

  @Field(() => Float, { nullable: true, description: '0..1; null before the first completed deal' })
  onTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of matches answered with a quote, 0..1' })
  responseRate: number | null;
}

@ObjectType('QuoteComparisonRow')
export class QuoteComparisonRowType {
  ikmOrganizationId: string;

  @Field(() => QuoteType)
  quote: QuoteType;

  @Field(() => IdrScalar, { description: `At most ${MAX_RUPIAH_TEXT}` })
  unitPrice: bigint;

  @Field(() => Int)
  quantity: number;

  @Field(() => IdrScalar, { description: `unitPrice × quantity, exact; at most ${MAX_RUPIAH_TEXT}` })
  totalPrice: bigint;

  @Field(() => Int)
  leadTimeDays: number;

  @Field(() => DateScalar, { description: 'If awarded today (WIB): today + lead time' })
  expectedDelivery: string;

  @Field({ description: 'expectedDelivery is on or before the RFQ neededBy' })
  deliveryFeasible: boolean;

  @Field({ description: 'The quoted quantity covers the whole RFQ quantity' })
  coversQuantity: boolean;

  @Field(() => Float, { nullable: true, description: "The IKM's match score for this RFQ, 0..1" })
  matchScore: number | null;

  @Field(() => Int, { nullable: true })
  matchRank: number | null;

  @Field(() => Float, { nullable: true, description: 'Kilometres from the workshop to the delivery location' })
  distanceKm: number | null;

  @Field({ description: 'The IKM profile is verified by the Dinas' })
  verified: boolean;

  @Field(() => IkmTrackRecordType)
  trackRecord: IkmTrackRecordType;
}
