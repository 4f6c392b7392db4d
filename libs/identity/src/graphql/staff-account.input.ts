import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, MaxLength, MinLength } from 'class-validator';
import { IsAccountEmail } from './is-account-email';
import { Role } from '@jalin/authz';
import { IsAcceptablePassword } from '../accounts/password-policy';
import './role.enum.graphql';

@InputType('StaffAccountInput')
export class StaffAccountInput {
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

  @Field(() => Role, { description: 'DINAS or ADMIN' })
  @IsEnum(Role)
  role: Role;
}
