import { Field, ObjectType } from '@nestjs/graphql';
import { UserEntity } from '@jalin/identity';

/** The Dinas officer who verified a profile: by name and office only, never an account or e-mail. */
@ObjectType('VerifyingOfficer')
export class VerifyingOfficerType {
  @Field()
  name: string;

  @Field({ description: "The officer's office (the Dinas organization)" })
  office: string;

  static from(officer: UserEntity): VerifyingOfficerType {
    return { name: officer.name, office: officer.organization?.name ?? '' };
  }
}
