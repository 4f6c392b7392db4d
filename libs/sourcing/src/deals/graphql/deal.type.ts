import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar, IdrScalar, MAX_RUPIAH_TEXT } from '@jalin/graphql-core';
import { DealEntity } from '../entities/deal.entity';
import { DealEventEntity } from '../entities/deal-event.entity';
import { DealRatingEntity } from '../entities/deal-rating.entity';
import { DealSide, DealStatus } from './deal-status.enum.graphql';

@ObjectType('DealEvent')
export class DealEventType {
  @Field(() => DealStatus)
  status: DealStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => DateTimeScalar)
  at: Date;

  byUserId: string | null;

  static from(e: DealEventEntity): DealEventType {
    return { status: e.status, note: e.note, at: e.at, byUserId: e.byUserId };
  }
}

@ObjectType('DealRating')
export class DealRatingType {
  @Field(() => ID)
  id: string;

  @Field(() => DealSide, { description: 'Who rated: BUYER rates quality and delivery, IKM rates payment punctuality' })
  side: DealSide;

  @Field(() => Int, { nullable: true })
  quality: number | null;

  @Field(() => Int, { nullable: true })
  delivery: number | null;

  @Field(() => Int, { nullable: true })
  paymentPunctuality: number | null;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  static from(e: DealRatingEntity): DealRatingType {
    return { id: e.id, side: e.side, quality: e.quality, delivery: e.delivery, paymentPunctuality: e.paymentPunctuality, comment: e.comment, createdAt: e.createdAt };
  }
}

@ObjectType('DealNextStep')
export class DealNextStepType {
  @Field(() => DealStatus)
  status: DealStatus;

  @Field(() => DealSide)
  by: DealSide;
}

@ObjectType('Deal')
export class DealType {
  @Field(() => ID)
  id: string;

  rfqId: string;
  quoteId: string;
  buyerOrganizationId: string;
  ikmOrganizationId: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => IdrScalar, { description: `At most ${MAX_RUPIAH_TEXT}` })
  unitPrice: bigint;

  @Field(() => IdrScalar, { description: `quantity × unitPrice, exact whole rupiah; at most ${MAX_RUPIAH_TEXT}` })
  value: bigint;

  @Field(() => DealStatus)
  status: DealStatus;

  @Field(() => DateScalar, { description: "The RFQ's neededBy: delivery on or before it is on time" })
  neededBy: string;

  @Field(() => DateScalar, { nullable: true, description: 'WIB day the IKM reported delivery' })
  deliveredOn: string | null;

  @Field(() => Boolean, { nullable: true })
  deliveredOnTime: boolean | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  static from(e: DealEntity): DealType {
    return {
      id: e.id, rfqId: e.rfqId, quoteId: e.quoteId, buyerOrganizationId: e.buyerOrganizationId, ikmOrganizationId: e.ikmOrganizationId,
      quantity: e.quantity, unitPrice: e.unitPrice, value: e.value, status: e.status, neededBy: e.neededBy, deliveredOn: e.deliveredOn,
      deliveredOnTime: e.deliveredOnTime, createdAt: e.createdAt,
    };
  }
}
