import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { IsAcceptablePassword } from '../accounts/password-policy';
import { IsAccountEmail } from './is-account-email';
import { Role } from '@jalin/authz';
import './role.enum.graphql';

export const PHONE_NUMBER = /^\+?[0-9 ()-]{6,20}$/;
export const PHONE_NUMBER_MESSAGE = 'must be a phone number such as +62 812 3456 7890';

@InputType('RegisterInput')
export class RegisterInput {
  @Field()
  @IsAccountEmail({ message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsAcceptablePassword()
  password: string;

  @Field()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @Field()
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(200)
  organizationName: string;

  @Field(() => Role, { description: 'BUYER or IKM only' })
  @IsEnum(Role)
  role: Role;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_NUMBER, { message: PHONE_NUMBER_MESSAGE })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '"id" (default) or "en"' })
  @IsOptional()
  @IsIn(['id', 'en'], { message: 'must be "id" or "en"' })
  locale?: string | null;
}
