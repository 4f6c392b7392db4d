import { Module } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { DashboardDealsQueries } from './dashboard-deals.queries';
import { DashboardService } from './dashboard.service';
import { DashboardExportsController } from './export/dashboard-exports.controller';
import { DealExportRows } from './export/deal-export-rows';
import { BuyerStatResolver, DashboardResolver } from './graphql/dashboard.resolver';
import { MarketRollupFolder } from './rollups/market-rollup.folder';
import { MarketStoreSync } from './store/market-store.sync';

/** API side: the Dinas dashboard query over this replica's in-memory market store, its exports, and the rollup folder. */
@Module({
  controllers: [DashboardExportsController],
  providers: [TransactionRunner, MarketRollupFolder, MarketStoreSync, DashboardService, DashboardDealsQueries, DealExportRows, DashboardResolver, BuyerStatResolver],
  exports: [DashboardService, DashboardDealsQueries, MarketStoreSync, MarketRollupFolder],
})
export class DashboardModule {}
