import { Injectable } from '@nestjs/common';
import { DomainEventName, DomainEventPayloads } from '@jalin/jobs';
import { DomainEventMeta, OnDomainEvent } from '@jalin/outbox';
import { NotificationPlanner } from '../recipients/notification-planner.service';
import { NotificationWriter } from './notification-writer.service';
import { QuoteDeadlineReminderJobs } from './quote-deadline-reminder.jobs';

type P<E extends DomainEventName> = DomainEventPayloads[E];

/** Worker side: each event that concerns a party becomes notifications to that party's users. */
@Injectable()
export class NotificationEventsSubscriber {
  constructor(
    private readonly planner: NotificationPlanner,
    private readonly writer: NotificationWriter,
    private readonly reminders: QuoteDeadlineReminderJobs,
  ) {}

  @OnDomainEvent(DomainEventName.RfqMatched)
  async onRfqMatched(p: P<DomainEventName.RfqMatched>, meta: DomainEventMeta): Promise<void> {
    const draft = await this.planner.rfqMatched(p);
    await this.writer.write(draft, meta);
    if (draft) await this.reminders.schedule({ id: p.rfqId, quoteDeadline: (draft.facts as { quoteDeadline: string }).quoteDeadline }, p.ikmOrganizationId, meta);
  }

  @OnDomainEvent(DomainEventName.QuoteSubmitted)
  async onQuoteSubmitted(p: P<DomainEventName.QuoteSubmitted>, meta: DomainEventMeta): Promise<void> {
    await this.writer.write(await this.planner.quoteReceived(p), meta);
  }

  @OnDomainEvent(DomainEventName.RfqAwarded)
  async onRfqAwarded(p: P<DomainEventName.RfqAwarded>, meta: DomainEventMeta): Promise<void> {
    await this.writer.write(await this.planner.rfqAwarded(p), meta);
  }

  @OnDomainEvent(DomainEventName.RfqNotAwarded)
  async onRfqNotAwarded(p: P<DomainEventName.RfqNotAwarded>, meta: DomainEventMeta): Promise<void> {
    await this.writer.write(await this.planner.rfqNotAwarded(p), meta);
  }

  @OnDomainEvent(DomainEventName.DealStatusChanged)
  async onDealStatusChanged(p: P<DomainEventName.DealStatusChanged>, meta: DomainEventMeta): Promise<void> {
    await this.writer.write(await this.planner.dealStatusChanged(p), meta);
  }

  @OnDomainEvent(DomainEventName.ProfileVerified)
  async onProfileVerified(p: P<DomainEventName.ProfileVerified>, meta: DomainEventMeta): Promise<void> {
    await this.writer.write(this.planner.profileVerified(p), meta);
  }

  @OnDomainEvent(DomainEventName.RfqCancelled)
  async onRfqCancelled(p: P<DomainEventName.RfqCancelled>, meta: DomainEventMeta): Promise<void> {
    await this.writer.write(await this.planner.rfqCancelled(p), meta);
  }

  @OnDomainEvent(DomainEventName.RfqMatchingFailed)
  async onMatchingFailed(p: P<DomainEventName.RfqMatchingFailed>, meta: DomainEventMeta): Promise<void> {
    await this.writer.write(await this.planner.matchingFailed(p), meta);
  }
}
