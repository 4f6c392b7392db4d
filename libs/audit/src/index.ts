export { AuditEntryEntity } from './audit-entry.entity';
export { AuditWorkerModule } from './audit.module';
