import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowRoles, RequestContext, Role } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { DealType } from '@jalin/sourcing';
import { InputValidationException } from '@jalin/errors';
import { OrganizationType, organizationLoader } from '@jalin/identity';
import { DashboardDealsQueries } from '../dashboard-deals.queries';
import { DashboardService } from '../dashboard.service';
import { DashboardFilterInput } from './dashboard-filter.input';
import { BuyerStatType, DashboardType } from './dashboard.type';

const checkFirst = (field: string, value: number, max: number) => {
  if (!Number.isInteger(value) || value < 1 || value > max) throw InputValidationException.of(field, value, `must be between 1 and ${max}`);
  return value;
};

@Resolver(() => DashboardType)
export class DashboardResolver {
  constructor(private readonly service: DashboardService, private readonly deals: DashboardDealsQueries) {}

  /** DINAS and ADMIN: the whole market; figures from the in-memory rollups, at most DASHBOARD_SYNC_MS old. */
  @AllowRoles(Role.DINAS, Role.ADMIN)
  @Query(() => DashboardType, { description: 'DINAS, ADMIN: the market in numbers for a period, sector and kecamatan' })
  async dashboard(@Args('filter', { type: () => DashboardFilterInput, nullable: true }) filter?: DashboardFilterInput | null): Promise<DashboardType> {
    return DashboardType.from(await this.service.figures(this.service.parseFilter(filter)));
  }

  @ResolveField(() => [BuyerStatType], { description: 'Buyers active in the period, largest deal value first' })
  byBuyer(@Parent() dashboard: DashboardType, @Args('first', { type: () => Int, nullable: true, description: '1..1000; all when absent' }) first?: number | null): BuyerStatType[] {
    const buyers = dashboard.figures.byBuyer;
    return (first === undefined || first === null ? buyers : buyers.slice(0, checkFirst('first', first, 1000))) as BuyerStatType[];
  }

  @ResolveField(() => [DealType], { description: 'Deals awarded in the period, newest first, any status' })
  async recentDeals(@Parent() dashboard: DashboardType, @Args('first', { type: () => Int, nullable: true, description: '1..100, default 10' }) first?: number | null): Promise<DealType[]> {
    const count = checkFirst('first', first ?? 10, 100);
    return (await this.deals.recent(dashboard.figures.filter, count)).map(DealType.from);
  }
}

@Resolver(() => BuyerStatType)
export class BuyerStatResolver {
  constructor(private readonly tx: TransactionRunner) {}

  @ResolveField(() => OrganizationType)
  async buyer(@Parent() stat: BuyerStatType, @Context() ctx: RequestContext): Promise<OrganizationType> {
    return OrganizationType.from((await organizationLoader(ctx, this.tx.manager).load(stat.buyerOrganizationId))!);
  }
}
