import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowRoles, AuthUser, CurrentUser, RequestContext, Role } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { Connection } from '@jalin/graphql-core';
import { OrganizationType, organizationLoader } from '@jalin/identity';
import { QuoteQueries, QuoteType, quoteByIdLoader, rfqEntityLoader } from '../../quotes';
import { RfqType } from '../../rfqs';
import { SourcingAccess } from '../../access/sourcing-access.service';
import { AwardService } from '../award/award.service';
import { DealQueries } from '../deal.queries';
import { DealRatingService } from '../rating/deal-rating.service';
import { isDealCancellable, nextDealStep } from '../../state/deal-state-machine';
import { DealStatusService } from '../status/deal-status.service';
import { DealConnection } from './deal-connection.type';
import { AwardInput, DealFilterInput, DealRatingInputType } from './deal-inputs';
import { dealEventsLoader, dealRatingsLoader } from './deal.loaders';
import { DealStatus } from './deal-status.enum.graphql';
import { DealEventType, DealNextStepType, DealRatingType, DealType } from './deal.type';

@Resolver(() => DealType)
export class DealResolver {
  constructor(
    private readonly awards: AwardService,
    private readonly statuses: DealStatusService,
    private readonly rater: DealRatingService,
    private readonly queries: DealQueries,
    private readonly quotes: QuoteQueries,
    private readonly tx: TransactionRunner,
    private readonly access: SourcingAccess,
  ) {}

  /** BUYER: its own OPEN RFQ; one deal per award line, several IKMs may share one RFQ. */
  @AllowRoles(Role.BUYER)
  @Mutation(() => [DealType], { description: 'BUYER: its own OPEN RFQ; one deal per award; several IKMs may share one RFQ' })
  async awardRfq(
    @Args('rfqId', { type: () => ID }) rfqId: string,
    @Args('awards', { type: () => [AwardInput] }) awards: AwardInput[],
    @CurrentUser() buyer: AuthUser,
  ): Promise<DealType[]> {
    return (await this.awards.award(rfqId, awards, buyer)).map(DealType.from);
  }

  /** BUYER or IKM of the deal, each its own steps; CANCELLED by either before DELIVERED, with a note. */
  @AllowRoles(Role.BUYER, Role.IKM)
  @Mutation(() => DealType, { description: 'Buyer: PO_ISSUED, COMPLETED; IKM: IN_PRODUCTION, DELIVERED; either: CANCELLED before DELIVERED (note required)' })
  async updateDealStatus(
    @Args('dealId', { type: () => ID }) dealId: string,
    @Args('status', { type: () => DealStatus }) status: DealStatus,
    @CurrentUser() user: AuthUser,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<DealType> {
    return DealType.from(await this.statuses.update(dealId, status, note, user));
  }

  /** BUYER or IKM of a COMPLETED deal, once per side. */
  @AllowRoles(Role.BUYER, Role.IKM)
  @Mutation(() => DealRatingType, { description: 'Buyer or IKM of a COMPLETED deal, once per side' })
  async rateDeal(
    @Args('dealId', { type: () => ID }) dealId: string,
    @Args('input') input: DealRatingInputType,
    @CurrentUser() user: AuthUser,
  ): Promise<DealRatingType> {
    return DealRatingType.from(await this.rater.rate(dealId, input, user));
  }

  /** Its buyer, its IKM, DINAS, ADMIN; NOT_FOUND for everybody else. */
  @AllowRoles(Role.BUYER, Role.IKM, Role.DINAS, Role.ADMIN)
  @Query(() => DealType, { description: 'Its buyer, its IKM, DINAS, ADMIN' })
  async deal(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<DealType> {
    return DealType.from(await this.access.requireDeal(user, id));
  }

  /** Own deals (buyer or IKM); DINAS and ADMIN all. Newest first. */
  @AllowRoles(Role.BUYER, Role.IKM, Role.DINAS, Role.ADMIN)
  @Query(() => DealConnection, { description: 'Own deals; DINAS and ADMIN all' })
  async deals(
    @CurrentUser() user: AuthUser,
    @Args('filter', { type: () => DealFilterInput, nullable: true }) filter?: DealFilterInput | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<DealType>> {
    const page = await this.queries.list(user, filter ?? {}, first, after);
    return { ...page, nodes: page.nodes.map(DealType.from), edges: page.edges.map((e) => ({ cursor: e.cursor, node: DealType.from(e.node) })) };
  }

  @ResolveField(() => RfqType)
  async rfq(deal: DealType, _args: unknown, ctx: RequestContext): Promise<RfqType> {
    return RfqType.from((await rfqEntityLoader(ctx, this.tx.manager).load(deal.rfqId))!);
  }

  @ResolveField(() => OrganizationType)
  async buyer(deal: DealType, _args: unknown, ctx: RequestContext): Promise<OrganizationType> {
    return OrganizationType.from((await organizationLoader(ctx, this.tx.manager).load(deal.buyerOrganizationId))!);
  }

  @ResolveField(() => OrganizationType)
  async ikm(deal: DealType, _args: unknown, ctx: RequestContext): Promise<OrganizationType> {
    return OrganizationType.from((await organizationLoader(ctx, this.tx.manager).load(deal.ikmOrganizationId))!);
  }

  @ResolveField(() => QuoteType, { description: 'The quote this deal awards (its price is the deal price)' })
  async quote(deal: DealType, _args: unknown, ctx: RequestContext): Promise<QuoteType> {
    return QuoteType.from((await quoteByIdLoader(ctx, this.quotes).load(deal.quoteId))!);
  }

  @ResolveField(() => [DealEventType], { description: 'Every step, oldest first, with who and when' })
  async history(deal: DealType, _args: unknown, ctx: RequestContext): Promise<DealEventType[]> {
    return (await dealEventsLoader(ctx, this.queries).load(deal.id)).map(DealEventType.from);
  }

  @ResolveField(() => [DealRatingType])
  async ratings(deal: DealType, _args: unknown, ctx: RequestContext): Promise<DealRatingType[]> {
    return (await dealRatingsLoader(ctx, this.queries).load(deal.id)).map(DealRatingType.from);
  }

  @ResolveField(() => DealNextStepType, { nullable: true, description: 'The next forward step and the side that takes it; null when finished' })
  nextStep(deal: DealType): DealNextStepType | null {
    return nextDealStep(deal.status);
  }

  @ResolveField(() => Boolean, { description: 'Whether either side may still cancel it, with a note saying why' })
  cancellable(deal: DealType): boolean {
    return isDealCancellable(deal.status);
  }
}
