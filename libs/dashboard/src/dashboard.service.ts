import { Injectable } from '@nestjs/common';
import { InputValidationException } from '@jalin/errors';
import { DashboardException } from './dashboard.exception';
import { checkDashboardFilter, DashboardFilterFields } from './figures/check-dashboard-filter';
import { computeFigures } from './figures/compute-figures';
import { DashboardFigures, DashboardQueryFilter } from './figures/dashboard-figures';
import { MarketStore } from './store/market-store';
import { MarketStoreSync } from './store/market-store.sync';

/** Filters remembered per replica; officers poll a handful of them every few seconds. */
const REMEMBERED_FILTERS = 64;

interface Remembered {
  store: MarketStore;
  version: number;
  figures: DashboardFigures;
}

/**
 * The dashboard's figures for a filter, from this replica's in-memory market store. Figures are
 * computed once per filter and store change: every officer polling the same view between two
 * changes gets the same figures, with the newer `asOf` (nothing changed until then).
 */
@Injectable()
export class DashboardService {
  private readonly remembered = new Map<string, Remembered>();

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
    const key = `${filter.from}|${filter.to}|${filter.sector}|${filter.kecamatanCode}`;
    const known = this.remembered.get(key);
    if (known && known.store === store && known.version === store.version) return { ...known.figures, asOf };
    const figures = computeFigures(store, filter, asOf);
    this.remembered.delete(key);
    this.remembered.set(key, { store, version: store.version, figures });
    if (this.remembered.size > REMEMBERED_FILTERS) this.remembered.delete(this.remembered.keys().next().value!);
    return figures;
  }
}
