import { Controller, Get } from '@nestjs/common';
import { AllowAnonymous } from '@jalin/authz';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DashboardStoreHealthIndicator } from './dashboard-store-health.indicator';
import { RedisHealthIndicator } from './redis-health.indicator';

/** Plain HTTP for load balancers and orchestrators: anyone may ask. */
@AllowAnonymous()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly dashboardStore: DashboardStoreHealthIndicator,
  ) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /**
   * Ready to take traffic: PostgreSQL and Redis answer (503 otherwise). The dashboard copy reports
   * `degraded` and its skipped rows in the details without failing readiness.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.db.pingCheck('postgres', { timeout: 1000 }), () => this.redis.check(), () => this.dashboardStore.check()]);
  }
}
