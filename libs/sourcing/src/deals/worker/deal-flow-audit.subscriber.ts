import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appendAuditEntry } from '@jalin/audit';
import { DomainEventName } from '@jalin/jobs';
import { DomainEventMeta, OnDomainEvent } from '@jalin/outbox';

/**
 * The audit trail of the deal flow (worker side): who quoted, withdrew, awarded, moved a deal,
 * rated or closed, and when, for the Dinas' programme view and disputes. One row per event id, so
 * a re-delivered event is a no-op.
 */
@Injectable()
export class DealFlowAuditSubscriber {
  constructor(private readonly dataSource: DataSource) {}

  @OnDomainEvent(DomainEventName.QuoteSubmitted)
  @OnDomainEvent(DomainEventName.QuoteWithdrawn)
  @OnDomainEvent(DomainEventName.RfqAwarded)
  @OnDomainEvent(DomainEventName.DealStatusChanged)
  @OnDomainEvent(DomainEventName.DealRated)
  @OnDomainEvent(DomainEventName.RfqClosed)
  async onUserAction(payload: { byUserId: string | null }, meta: DomainEventMeta): Promise<void> {
    await this.record(meta, payload.byUserId, payload);
  }

  /** The outcome for an IKM whose quote did not win; no user acted on it directly. */
  @OnDomainEvent(DomainEventName.RfqNotAwarded)
  async onNotAwarded(payload: { rfqId: string }, meta: DomainEventMeta): Promise<void> {
    await this.record(meta, null, payload);
  }

  private async record(meta: DomainEventMeta, subjectUserId: string | null, details: object): Promise<void> {
    await appendAuditEntry(this.dataSource, meta, meta.name, subjectUserId, details);
  }
}
