import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowRoles, AuthUser, callerOf, CurrentUser, RequestContext, Role } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { RfqType } from '../../rfqs';
import { RfqCloser } from '../closing/rfq-closer.service';
import { may, SourcingPermission } from '../../access/sourcing-permission';
import { dealsOfRfqLoader } from './deal.loaders';
import { DealType } from './deal.type';

/** The end of an RFQ: its deals, or closing it without an award. */
@Resolver(() => RfqType)
export class RfqDealsResolver {
  constructor(
    private readonly closer: RfqCloser,
    private readonly tx: TransactionRunner,
  ) {}

  /** BUYER: its own OPEN RFQ ends without an award (CLOSED). */
  @AllowRoles(Role.BUYER)
  @Mutation(() => RfqType, { description: 'BUYER: its own OPEN RFQ ends without an award (CLOSED); current quotes become REJECTED' })
  async closeRfq(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() buyer: AuthUser,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<RfqType> {
    return RfqType.from(await this.closer.closeByBuyer(id, reason, buyer));
  }

  @ResolveField(() => [DealType], { description: 'Buyer, DINAS, ADMIN: every deal of the RFQ; an IKM: only its own' })
  async deals(rfq: RfqType, _args: unknown, ctx: RequestContext): Promise<DealType[]> {
    const user = callerOf(ctx);
    const deals = await dealsOfRfqLoader(ctx, this.tx.manager).load(rfq.id);
    return deals.filter((d) => may(user, SourcingPermission.DEAL_READ, d)).map(DealType.from);
  }
}
