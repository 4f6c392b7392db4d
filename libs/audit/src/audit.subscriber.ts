import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainEventName, DomainEventPayloads } from '@jalin/jobs';
import { DomainEventMeta, OnDomainEvent } from '@jalin/outbox';
import { AuditEntryEntity } from './audit-entry.entity';

/** Keeps the audit trail of identity events and of profile changes and verifications (worker side). */
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

  /** Who changed which IKM profile and when: the Dinas reviews these before and after verifying. */
  @OnDomainEvent(DomainEventName.ProfileCreated)
  async onProfileCreated(payload: DomainEventPayloads[DomainEventName.ProfileCreated], meta: DomainEventMeta): Promise<void> {
    await this.record(meta, DomainEventName.ProfileCreated, payload.byUserId, payload);
  }

  @OnDomainEvent(DomainEventName.ProfileChanged)
  async onProfileChanged(payload: DomainEventPayloads[DomainEventName.ProfileChanged], meta: DomainEventMeta): Promise<void> {
    await this.record(meta, DomainEventName.ProfileChanged, payload.byUserId, payload);
  }

  @OnDomainEvent(DomainEventName.ProfileVerified)
  async onProfileVerified(payload: DomainEventPayloads[DomainEventName.ProfileVerified], meta: DomainEventMeta): Promise<void> {
    await this.record(meta, DomainEventName.ProfileVerified, payload.byUserId, payload);
  }

  /** Marketplace events the Dinas may need to trace (who cancelled, whom matching reached). */
  @OnDomainEvent(DomainEventName.RfqCancelled)
  @OnDomainEvent(DomainEventName.RfqMatched)
  @OnDomainEvent(DomainEventName.RfqMatchingFailed)
  @OnDomainEvent(DomainEventName.MatchDeclined)
  async onMarketEvent(payload: { rfqId: string }, meta: DomainEventMeta): Promise<void> {
    await this.record(meta, meta.name, null, payload);
  }

  private async record(meta: DomainEventMeta, action: string, subjectUserId: string | null, details: object): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AuditEntryEntity)
      .values({ eventId: meta.eventId, action, subjectUserId, details: details as QueryDeepPartialEntity<object>, occurredAt: new Date(meta.occurredAt) })
      .orIgnore()
      .execute();
  }
}
