import { Injectable } from '@nestjs/common';
import { DomainEventName, DomainEventPayloads, JobName, JobProducer } from '@jalin/jobs';
import { DomainEventMeta, OnDomainEvent } from '@jalin/outbox';

export const matchRfqJobId = (rfqId: string, version: number) => `match-${rfqId}-v${version}`;

/**
 * Turns events into matching jobs with fixed ids, so an event delivered twice queues one job, and
 * one RFQ version is matched once.
 */
@Injectable()
export class MatchingTriggersSubscriber {
  constructor(private readonly producer: JobProducer) {}

  @OnDomainEvent(DomainEventName.RfqMatchingRequested)
  async onMatchingRequested(payload: DomainEventPayloads[DomainEventName.RfqMatchingRequested]): Promise<void> {
    await this.producer.add({ name: JobName.MatchRfq, jobId: matchRfqJobId(payload.rfqId, payload.matchingVersion), payload });
  }

  @OnDomainEvent(DomainEventName.ProfileCreated)
  @OnDomainEvent(DomainEventName.ProfileChanged)
  @OnDomainEvent(DomainEventName.ProfileVerified)
  async onProfileEvent(payload: { profileId: string }, meta: DomainEventMeta): Promise<void> {
    await this.queueRematch(payload.profileId, meta);
  }

  private async queueRematch(profileId: string, meta: DomainEventMeta): Promise<void> {
    await this.producer.add({ name: JobName.RematchProfile, jobId: `rematch-${meta.eventId}`, payload: { profileId, eventId: meta.eventId } });
  }
}
