import { Module } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { DashboardDealsQueries } from './dashboard-deals.queries';
import { DashboardService } from './dashboard.service';
import { DashboardExportsController } from './export/dashboard-exports.controller';
import { DealExportRows } from './export/deal-export-rows';
import { BuyerStatResolver, DashboardResolver } from './graphql/dashboard.resolver';
import { MarketStoreSync } from './store/market-store.sync';

/** API side: the Dinas dashboard query over this replica's in-memory market store, and its exports. */
@Module({
  controllers: [DashboardExportsController],
  providers: [TransactionRunner, MarketStoreSync, DashboardService, DashboardDealsQueries, DealExportRows, DashboardResolver, BuyerStatResolver],
  exports: [DashboardService, DashboardDealsQueries, MarketStoreSync],
})
export class DashboardModule {}
