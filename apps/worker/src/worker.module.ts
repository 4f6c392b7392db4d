import { Module } from '@nestjs/common';
import { AuditWorkerModule } from '@jalin/audit';
import { AppConfig, ConfigModule } from '@jalin/config';
import { DatabaseModule } from '@jalin/db-schema';
import { IdentityWorkerModule } from '@jalin/identity';
import { MatchingWorkerModule } from '@jalin/matching';
import { SourcingWorkerModule } from '@jalin/sourcing';
import { NotificationsWorkerModule } from '@jalin/notifications';
import { ObservabilityModule } from '@jalin/observability';
import { OutboxModule, OutboxWorkerModule } from '@jalin/outbox';

/**
 * The worker is the app without the API layer (Vendure habit): the same modules, their job
 * handlers and event subscribers, the outbox relay, and no HTTP server.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig) {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forApp('worker'),
        DatabaseModule,
        OutboxModule,
        OutboxWorkerModule,
        AuditWorkerModule,
        IdentityWorkerModule,
        MatchingWorkerModule,
        SourcingWorkerModule,
        NotificationsWorkerModule,
      ],
    };
  }
}
