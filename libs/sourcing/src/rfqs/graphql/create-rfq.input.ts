import { Field, InputType, Int } from '@nestjs/graphql';
import { Allow, ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DateScalar, DateTimeScalar, IdrScalar, MAX_RUPIAH_TEXT } from '@jalin/graphql-core';
import { GeoPointInput, Sector } from '@jalin/profiles';

@InputType('CreateRfqInput')
export class CreateRfqInput {
  @Field()
  @MinLength(3, { message: 'must be at least 3 characters' })
  @MaxLength(200)
  title: string;

  @Field()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(5000)
  description: string;

  @Field(() => Sector)
  @IsEnum(Sector)
  sector: Sector;

  @Field(() => [String])
  @ArrayMaxSize(30)
  @IsString({ each: true })
  processes: string[];

  @Field(() => [String])
  @ArrayMaxSize(30)
  @IsString({ each: true })
  materials: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  requiredCertifications?: string[] | null;

  @Field(() => Int)
  @IsInt()
  quantity: number;

  @Field({ description: 'e.g. pcs, set, kg, ton' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(20)
  unit: string;

  @Field(() => IdrScalar, { nullable: true, description: `From Rp 1 to ${MAX_RUPIAH_TEXT}` })
  @IsOptional()
  targetUnitPrice?: bigint | null;

  /** Checked by the service (a point in Indonesia); @Allow keeps it through the whitelisting pipe. */
  @Field(() => GeoPointInput)
  @Allow()
  deliveryLocation: GeoPointInput;

  /** Parsed and checked by the Date scalar. */
  @Field(() => DateScalar)
  @Allow()
  neededBy: string;

  /** Parsed and checked by the DateTime scalar. */
  @Field(() => DateTimeScalar)
  @Allow()
  quoteDeadline: Date;

  @Field(() => Boolean, { nullable: true, description: 'default false; true: nobody sees any quote before quoteDeadline' })
  @IsOptional()
  @IsBoolean()
  sealed?: boolean | null;
}
