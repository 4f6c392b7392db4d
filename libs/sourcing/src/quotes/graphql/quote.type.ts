import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar, IdrScalar, MAX_RUPIAH_TEXT } from '@jalin/graphql-core';
import { QuoteEntity } from '../entities/quote.entity';
import { QuoteStatus } from './quote-status.enum.graphql';

@ObjectType('Quote')
export class QuoteType {
  @Field(() => ID)
  id: string;

  rfqId: string;
  ikmOrganizationId: string;

  @Field(() => IdrScalar, { description: `At most ${MAX_RUPIAH_TEXT}` })
  unitPrice: bigint;

  @Field(() => Int, { description: 'May be part of the RFQ quantity' })
  quantity: number;

  @Field(() => IdrScalar, { description: `unitPrice × quantity, exact; at most ${MAX_RUPIAH_TEXT}` })
  totalPrice: bigint;

  @Field(() => Int)
  leadTimeDays: number;

  @Field(() => DateScalar)
  validUntil: string;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => QuoteStatus)
  status: QuoteStatus;

  @Field(() => Int, { description: '1 for the first submission, +1 for each new one' })
  revision: number;

  @Field({ description: 'false once a newer revision supersedes this one' })
  current: boolean;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  static from(e: QuoteEntity): QuoteType {
    return {
      id: e.id, rfqId: e.rfqId, ikmOrganizationId: e.ikmOrganizationId, unitPrice: e.unitPrice, quantity: e.quantity,
      totalPrice: e.unitPrice * BigInt(e.quantity), leadTimeDays: e.leadTimeDays, validUntil: e.validUntil, notes: e.notes,
      status: e.status, revision: e.revision, current: e.current, createdAt: e.createdAt,
    };
  }
}
