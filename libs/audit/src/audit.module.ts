import { Module } from '@nestjs/common';
import { AuditSubscriber } from './audit.subscriber';

/** Worker side: turns identity events into audit entries. */
@Module({ providers: [AuditSubscriber] })
export class AuditWorkerModule {}
