import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DashboardModule } from '@jalin/dashboard';
import { DashboardStoreHealthIndicator } from './dashboard-store-health.indicator';
import { HealthController } from './health.controller';
import { RedisHealthIndicator } from './redis-health.indicator';

@Module({ imports: [TerminusModule.forRoot({ logger: false }), DashboardModule], controllers: [HealthController], providers: [RedisHealthIndicator, DashboardStoreHealthIndicator] })
export class HealthModule {}
