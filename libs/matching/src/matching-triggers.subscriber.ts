import { Injectable } from '@nestjs/common';
import { DomainEventName, DomainEventPayloads, JobName, JobProducer } from '@jalin/jobs';
import { MatchingIndexChanges } from '@jalin/matching-index';
import { DomainEventMeta, OnDomainEvent } from '@jalin/outbox';
import { RematchJobs } from './rematch/rematch-jobs';

const matchRfqJobId = (rfqId: string, version: number) => `match-${rfqId}-v${version}`;

/**
 * Turns events into matching jobs with fixed ids, so an event delivered twice queues one job, and
 * one RFQ version is matched once; announces profile changes to every worker's matching index.
 */
@Injectable()
export class MatchingTriggersSubscriber {
  constructor(
    private readonly producer: JobProducer,
    private readonly indexChanges: MatchingIndexChanges,
    private readonly rematches: RematchJobs,
  ) {}

  @OnDomainEvent(DomainEventName.RfqMatchingRequested)
  async onMatchingRequested(payload: DomainEventPayloads[DomainEventName.RfqMatchingRequested]): Promise<void> {
    await this.producer.add({ name: JobName.MatchRfq, jobId: matchRfqJobId(payload.rfqId, payload.matchingVersion), payload });
  }

  @OnDomainEvent(DomainEventName.ProfileCreated)
  @OnDomainEvent(DomainEventName.ProfileChanged)
  @OnDomainEvent(DomainEventName.ProfileVerified)
  async onProfileEvent(payload: { profileId: string }, meta: DomainEventMeta): Promise<void> {
    // Every worker's index re-reads the profile now, before the re-match job scores it.
    await this.indexChanges.announce([payload.profileId]);
    await this.rematches.afterEdit(payload.profileId, meta.eventId);
  }
}
