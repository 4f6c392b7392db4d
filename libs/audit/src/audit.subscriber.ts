import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainEventName, DomainEventPayloads } from '@jalin/jobs';
import { DomainEventMeta, OnDomainEvent } from '@jalin/outbox';
import { AuditEntryEntity } from './audit-entry.entity';

/** Keeps the audit trail of identity events (worker side). */
@Injectable()
export class AuditSubscriber {
  private readonly logger = new Logger(AuditSubscriber.name);

  constructor(private readonly dataSource: DataSource) {}

  @OnDomainEvent(DomainEventName.UserRegistered)
  async onUserRegistered(payload: DomainEventPayloads[DomainEventName.UserRegistered], meta: DomainEventMeta): Promise<void> {
    await this.record(meta, DomainEventName.UserRegistered, payload.userId, payload);
  }

  @OnDomainEvent(DomainEventName.StaffAccountCreated)
  async onStaffAccountCreated(payload: DomainEventPayloads[DomainEventName.StaffAccountCreated], meta: DomainEventMeta): Promise<void> {
    await this.record(meta, DomainEventName.StaffAccountCreated, payload.userId, payload);
  }

  @OnDomainEvent(DomainEventName.RefreshTokenReuseDetected)
  async onRefreshTokenReuse(payload: DomainEventPayloads[DomainEventName.RefreshTokenReuseDetected], meta: DomainEventMeta): Promise<void> {
    this.logger.warn({ userId: payload.userId, familyId: payload.familyId }, 'refresh token reused: session family revoked');
    await this.record(meta, DomainEventName.RefreshTokenReuseDetected, payload.userId, payload);
  }

  private async record(meta: DomainEventMeta, action: string, subjectUserId: string, details: object): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AuditEntryEntity)
      .values({ eventId: meta.eventId, action, subjectUserId, details: details as QueryDeepPartialEntity<object>, occurredAt: new Date(meta.occurredAt) })
      .orIgnore()
      .execute();
  }
}
