import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, MaxLength, MinLength } from 'class-validator';
import { IsAccountEmail } from './is-account-email';
import { Role } from '@jalin/authz';
import { PASSWORD_MIN_LENGTH } from './register.input';
import './role.enum.graphql';

@InputType('StaffAccountInput')
export class StaffAccountInput {
  @Field()
  @IsAccountEmail({ message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  password: string;

  @Field()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @Field(() => Role, { description: 'DINAS or ADMIN' })
  @IsEnum(Role)
  role: Role;
}
