import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { MarketStoreSync } from '@jalin/dashboard';

/**
 * The dashboard's in-memory copy: `state: degraded` with the count of rollup rows it skipped.
 * Degraded stays up: the copy still answers every other figure, and each replica skips the same
 * row, so failing readiness would take every replica (and the whole API) out over one row.
 */
@Injectable()
export class DashboardStoreHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly store: MarketStoreSync,
  ) {}

  check(key = 'dashboardStore') {
    const { degraded, skippedRows } = this.store.health();
    return this.health.check(key).up({ state: degraded ? 'degraded' : 'complete', skippedRows });
  }
}
