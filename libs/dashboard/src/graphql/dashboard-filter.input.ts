import { Field, InputType } from '@nestjs/graphql';
import { Allow, IsOptional } from 'class-validator';
import { DateScalar } from '@jalin/graphql-core';
import { Sector } from '@jalin/profiles';

/** Checked by checkDashboardFilter (shared with the exports), so every field only passes through here. */
@InputType('DashboardFilter')
export class DashboardFilterInput {
  @Field(() => DateScalar, { nullable: true, description: 'First WIB day of the period (inclusive); open when absent' })
  @IsOptional() @Allow()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last WIB day of the period (inclusive); open when absent' })
  @IsOptional() @Allow()
  to?: string | null;

  @Field(() => Sector, { nullable: true, description: "The RFQ's sector" })
  @IsOptional() @Allow()
  sector?: Sector | null;

  @Field(() => String, { nullable: true, description: "A kecamatan code (taxonomy.kecamatan): narrows IKM-side figures (quotes, deals, IKMs), not RFQ counts" })
  @IsOptional() @Allow()
  kecamatanCode?: string | null;
}
