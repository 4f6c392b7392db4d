import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { ContactType, organizationLoader } from '@jalin/identity';
import { DealType } from './deal.type';

/** After an award the two sides reach each other through what each organization chose to share. */
@Resolver(() => DealType)
export class DealContactsResolver {
  constructor(private readonly tx: TransactionRunner) {}

  @ResolveField(() => ContactType, { description: "How to reach the buyer: its name and what it chose to share" })
  async buyerContact(@Parent() deal: DealType, @Context() ctx: RequestContext): Promise<ContactType> {
    return ContactType.of((await organizationLoader(ctx, this.tx.manager).load(deal.buyerOrganizationId))!);
  }

  @ResolveField(() => ContactType, { description: 'How to reach the IKM: its name and what it chose to share' })
  async ikmContact(@Parent() deal: DealType, @Context() ctx: RequestContext): Promise<ContactType> {
    return ContactType.of((await organizationLoader(ctx, this.tx.manager).load(deal.ikmOrganizationId))!);
  }
}
