export { AuditEntryEntity } from './audit-entry.entity';
export { AuditWorkerModule } from './audit.module';
export { appendAuditEntry } from './append-audit-entry';
