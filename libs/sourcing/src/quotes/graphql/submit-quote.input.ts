import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { DateScalar, IdrScalar, MAX_RUPIAH_TEXT } from '@jalin/graphql-core';

@InputType('SubmitQuoteInput')
export class SubmitQuoteInput {
  @Field(() => ID)
  @IsString()
  rfqId: string;

  /** Parsed by the Idr scalar; checked (at least 1 rupiah, the bound) by the service. */
  @Field(() => IdrScalar, { description: `Price of one unit; unitPrice × quantity is at most ${MAX_RUPIAH_TEXT}` })
  @Allow()
  unitPrice: bigint;

  @Field(() => Int, { description: 'Up to the RFQ quantity; a partial quantity is allowed' })
  @IsInt()
  quantity: number;

  @Field(() => Int)
  @IsInt()
  leadTimeDays: number;

  @Field(() => DateScalar, { description: 'Last day (WIB) the price holds' })
  @Allow()
  validUntil: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}
