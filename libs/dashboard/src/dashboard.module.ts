import { Module } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { DashboardDealsQueries } from './dashboard-deals.queries';
import { DashboardService } from './dashboard.service';
import { BuyerStatResolver, DashboardResolver } from './graphql/dashboard.resolver';
import { MarketStoreSync } from './store/market-store.sync';

/** API side: the Dinas dashboard query over this replica's in-memory market store, and its exports. */
@Module({
  providers: [TransactionRunner, MarketStoreSync, DashboardService, DashboardDealsQueries, DashboardResolver, BuyerStatResolver],
  exports: [DashboardService, DashboardDealsQueries, MarketStoreSync],
})
export class DashboardModule {}
