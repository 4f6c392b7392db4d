import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@jalin/authz';
import { UserEntity } from '../entities/user.entity';
import './role.enum.graphql';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  /** The login e-mail; written out as `email` only inside its organization (see UserResolver). */
  accountEmail: string;

  /** Set where the user reads their own account without a session yet (register, login). */
  ownAccount?: boolean;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: '"id" (Bahasa Indonesia) or "en"' })
  locale: string;

  /** Resolved through a per-request loader; kept here for the resolver. */
  organizationId: string;

  static from(entity: UserEntity, ownAccount = false): UserType {
    return { id: entity.id, accountEmail: entity.email, ownAccount, name: entity.name, role: entity.role, locale: entity.locale, organizationId: entity.organizationId };
  }
}
