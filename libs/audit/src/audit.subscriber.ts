import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainEventName, DomainEventPayloads } from '@jalin/jobs';
import { DomainEventMeta, OnDomainEvent } from '@jalin/outbox';
import { appendAuditEntry } from './append-audit-entry';

/** Keeps the audit trail of identity events and of profile changes and verifications (worker side). */
@Injectable()
export class AuditSubscriber {
  private readonly logger = new Logger(AuditSubscriber.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Accounts created; the subject is the new user. */
  @OnDomainEvent(DomainEventName.UserRegistered)
  @OnDomainEvent(DomainEventName.StaffAccountCreated)
  async onAccountEvent(payload: { userId: string }, meta: DomainEventMeta): Promise<void> {
    await this.record(meta, meta.name, payload.userId, payload);
  }

  @OnDomainEvent(DomainEventName.RefreshTokenReuseDetected)
  async onRefreshTokenReuse(payload: DomainEventPayloads[DomainEventName.RefreshTokenReuseDetected], meta: DomainEventMeta): Promise<void> {
    this.logger.warn({ userId: payload.userId, familyId: payload.familyId }, 'refresh token reused: session family revoked');
    await this.record(meta, meta.name, payload.userId, payload);
  }

  /** Who changed or verified which IKM profile and when: the Dinas reviews these. */
  @OnDomainEvent(DomainEventName.ProfileCreated)
  @OnDomainEvent(DomainEventName.ProfileChanged)
  @OnDomainEvent(DomainEventName.ProfileVerified)
  async onProfileEvent(payload: { byUserId: string | null }, meta: DomainEventMeta): Promise<void> {
    await this.record(meta, meta.name, payload.byUserId, payload);
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
    await appendAuditEntry(this.dataSource, meta, action, subjectUserId, details);
  }
}
