import { DataSource } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainEventMeta } from '@jalin/outbox';
import { AuditEntryEntity } from './audit-entry.entity';

/**
 * The one writer of audit_entry, for audit's own subscriber and other libraries' (the deal flow's):
 * one row per event id, so a re-delivered event is a no-op.
 */
export async function appendAuditEntry(
  dataSource: DataSource, meta: DomainEventMeta, action: string, subjectUserId: string | null, details: object,
): Promise<void> {
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(AuditEntryEntity)
    .values({ eventId: meta.eventId, action, subjectUserId, details: details as QueryDeepPartialEntity<object>, occurredAt: new Date(meta.occurredAt) })
    .orIgnore()
    .execute();
}
