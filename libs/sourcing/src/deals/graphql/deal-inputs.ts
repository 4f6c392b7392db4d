import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow, IsEnum, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { DateScalar } from '@jalin/graphql-core';
import { Sector } from '@jalin/profiles';
import { DealStatus } from './deal-status.enum.graphql';

@InputType('AwardInput')
export class AwardInput {
  @Field(() => ID)
  @IsString()
  quoteId: string;

  @Field(() => Int, { description: 'Up to the quoted quantity; the awards together up to the RFQ quantity' })
  @IsInt()
  quantity: number;
}

@InputType('DealFilter')
export class DealFilterInput {
  @Field(() => DealStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DealStatus)
  status?: DealStatus | null;

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector | null;

  @Field(() => DateScalar, { nullable: true, description: 'Awarded on or after this WIB day' })
  @IsOptional()
  @Allow()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Awarded on or before this WIB day' })
  @IsOptional()
  @Allow()
  to?: string | null;
}

@InputType('DealRatingInput')
export class DealRatingInputType {
  @Field(() => Int, { nullable: true, description: 'BUYER: 1..5' })
  @IsOptional()
  @IsInt()
  quality?: number | null;

  @Field(() => Int, { nullable: true, description: 'BUYER: 1..5' })
  @IsOptional()
  @IsInt()
  delivery?: number | null;

  @Field(() => Int, { nullable: true, description: "IKM: the buyer's payment punctuality, 1..5" })
  @IsOptional()
  @IsInt()
  paymentPunctuality?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}
