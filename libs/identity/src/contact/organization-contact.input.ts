import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { IsAccountEmail } from '../graphql/is-account-email';
import { PHONE_NUMBER, PHONE_NUMBER_MESSAGE } from '../graphql/register.input';

/** What the caller's organization shares with its counterparties on deals; null shares nothing. */
@InputType('OrganizationContactInput')
export class OrganizationContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  contactPerson?: string | null;

  @Field(() => String, { nullable: true, description: 'Null: the phone given at registration' })
  @IsOptional()
  @Matches(PHONE_NUMBER, { message: PHONE_NUMBER_MESSAGE })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Null: no e-mail is shared' })
  @IsOptional()
  @IsAccountEmail({ message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email?: string | null;
}
