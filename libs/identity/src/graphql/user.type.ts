import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@jalin/authz';
import { UserEntity } from '../entities/user.entity';
import './role.enum.graphql';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: '"id" (Bahasa Indonesia) or "en"' })
  locale: string;

  /** Resolved through a per-request loader; kept here for the resolver. */
  organizationId: string;

  static from(entity: UserEntity): UserType {
    return { id: entity.id, email: entity.email, name: entity.name, role: entity.role, locale: entity.locale, organizationId: entity.organizationId };
  }
}
