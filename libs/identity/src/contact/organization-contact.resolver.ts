import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AllowRoles, AuthUser, CurrentUser, Role } from '@jalin/authz';
import { ContactType } from './contact.type';
import { OrganizationContactInput } from './organization-contact.input';
import { OrganizationContactService } from './organization-contact.service';

@Resolver(() => ContactType)
export class OrganizationContactResolver {
  constructor(private readonly contacts: OrganizationContactService) {}

  /** BUYER, IKM: sets what the caller's organization shares with counterparties on its deals. */
  @AllowRoles(Role.BUYER, Role.IKM)
  @Mutation(() => ContactType, { description: "BUYER, IKM: what the caller's organization shares with counterparties on its deals" })
  async updateOrganizationContact(@Args('input') input: OrganizationContactInput, @CurrentUser() caller: AuthUser): Promise<ContactType> {
    return ContactType.of(await this.contacts.share(caller.organizationId, input));
  }
}
