import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@jalin/authz';
import { OrganizationEntity } from '../entities/organization.entity';
import './role.enum.graphql';

@ObjectType('Organization')
export class OrganizationType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Role)
  kind: Role;

  @Field(() => String, { nullable: true, description: 'BPS code of the kecamatan' })
  kecamatanCode: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;

  static from(entity: OrganizationEntity): OrganizationType {
    return { id: entity.id, name: entity.name, kind: entity.kind, kecamatanCode: entity.kecamatanCode, city: entity.city };
  }
}
