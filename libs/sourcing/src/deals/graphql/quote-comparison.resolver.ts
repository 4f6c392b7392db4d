import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowRoles, AuthUser, CurrentUser, RequestContext, Role } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { OrganizationType, organizationLoader } from '@jalin/identity';
import { QuoteType } from '../../quotes';
import { QuoteSort } from '../comparison/compare-quotes';
import { QuoteComparisonService } from '../comparison/quote-comparison.service';
import { QuoteComparisonRowType } from './quote-comparison.type';

@Resolver(() => QuoteComparisonRowType)
export class QuoteComparisonResolver {
  constructor(
    private readonly comparison: QuoteComparisonService,
    private readonly tx: TransactionRunner,
  ) {}

  /** BUYER (its own RFQ), DINAS, ADMIN: the current quotes side by side; CONFLICT while sealed. */
  @AllowRoles(Role.BUYER, Role.DINAS, Role.ADMIN)
  @Query(() => [QuoteComparisonRowType], { description: 'Buyer (own RFQ), DINAS, ADMIN: current quotes side by side; CONFLICT while a sealed RFQ is before its quoteDeadline' })
  async quoteComparison(
    @Args('rfqId', { type: () => ID }) rfqId: string,
    @CurrentUser() user: AuthUser,
    @Args('sortBy', { type: () => QuoteSort, nullable: true, defaultValue: QuoteSort.PRICE }) sortBy: QuoteSort,
  ): Promise<QuoteComparisonRowType[]> {
    const { rows } = await this.comparison.compare(rfqId, user, sortBy ?? QuoteSort.PRICE);
    return rows.map((r) => ({
      ikmOrganizationId: r.ikmOrganizationId, quote: QuoteType.from(r.quote), unitPrice: r.unitPrice, quantity: r.quantity, totalPrice: r.totalPrice,
      leadTimeDays: r.leadTimeDays, expectedDelivery: r.expectedDelivery, deliveryFeasible: r.deliveryFeasible, coversQuantity: r.coversQuantity,
      matchScore: r.matchScore, matchRank: r.matchRank, distanceKm: r.distanceKm, verified: r.verified,
      trackRecord: { completedDeals: r.completedDeals, onTimeDeliveries: r.onTimeDeliveries, onTimeRate: r.onTimeRate, responseRate: r.responseRate },
    }));
  }

  @ResolveField(() => OrganizationType)
  async ikm(@Parent() row: QuoteComparisonRowType, @Context() ctx: RequestContext): Promise<OrganizationType> {
    return OrganizationType.from((await organizationLoader(ctx, this.tx.manager).load(row.ikmOrganizationId))!);
  }
}
