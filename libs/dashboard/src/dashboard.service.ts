import { Injectable } from '@nestjs/common';
import { InputValidationException } from '@jalin/errors';
import { DashboardException } from './dashboard.exception';
import { checkDashboardFilter, DashboardFilterFields } from './figures/check-dashboard-filter';
import { computeFigures } from './figures/compute-figures';
import { DashboardFigures, DashboardQueryFilter } from './figures/dashboard-figures';
import { MarketStoreSync } from './store/market-store.sync';

/** The dashboard's figures for a filter, from this replica's in-memory market store. */
@Injectable()
export class DashboardService {
  constructor(private readonly sync: MarketStoreSync) {}

  /** Refuses a bad filter with every problem named (BAD_USER_INPUT). */
  parseFilter(input: DashboardFilterFields | null | undefined, prefix?: string): DashboardQueryFilter {
    const { filter, issues } = checkDashboardFilter(input, prefix);
    if (issues.length > 0) throw new InputValidationException(issues);
    return filter;
  }

  async figures(filter: DashboardQueryFilter): Promise<DashboardFigures> {
    const { store, asOf } = await this.sync.current().catch(() => {
      throw DashboardException.unavailable();
    });
    return computeFigures(store, filter, asOf);
  }
}
