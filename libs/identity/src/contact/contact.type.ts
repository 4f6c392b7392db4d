import { Field, ObjectType } from '@nestjs/graphql';
import { OrganizationEntity } from '../entities/organization.entity';

/**
 * How a counterparty reaches an organization after an award: its name and what it chose to share
 * (updateOrganizationContact). The phone falls back to the one given at registration; an e-mail is
 * shown only when the organization chose one, never a user's login e-mail.
 */
@ObjectType('Contact')
export class ContactType {
  @Field()
  organizationName: string;

  @Field(() => String, { nullable: true })
  contactPerson: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  static of(organization: OrganizationEntity): ContactType {
    return {
      organizationName: organization.name,
      contactPerson: organization.contactPerson,
      phone: organization.contactPhone ?? organization.phone,
      email: organization.contactEmail,
    };
  }
}
