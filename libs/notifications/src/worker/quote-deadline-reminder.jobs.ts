import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads, JobProducer } from '@jalin/jobs';
import { DomainEventMeta } from '@jalin/outbox';
import { NotificationPlanner } from '../recipients/notification-planner.service';
import { RfqFacts } from '../recipients/recipient.queries';
import { NotificationWriter } from './notification-writer.service';

/** How long before the quote deadline a matched IKM that has not quoted is reminded. */
export const REMINDER_LEAD_MS = 24 * 3600 * 1000;

export const reminderJobId = (matchEventId: string) => `quote-reminder-${matchEventId}`;

/**
 * "Quote deadline in 24 hours": a delayed job per match, queued when the match is announced. When
 * it runs it checks again, so an RFQ cancelled, awarded or closed in the meantime, or an IKM that
 * quoted or declined, gets nothing. The notification takes the match event's id (with its own
 * type), so a re-run stores it once.
 */
@Injectable()
export class QuoteDeadlineReminderJobs {
  constructor(
    private readonly planner: NotificationPlanner,
    private readonly writer: NotificationWriter,
    private readonly producer: JobProducer,
  ) {}

  /** Queues the reminder, unless the deadline is already less than 24 hours away. */
  async schedule(rfq: Pick<RfqFacts, 'id' | 'quoteDeadline'>, ikmOrganizationId: string, meta: DomainEventMeta): Promise<void> {
    const delayMs = new Date(rfq.quoteDeadline).getTime() - REMINDER_LEAD_MS - Date.now();
    if (delayMs <= 0) return;
    await this.producer.add({
      name: JobName.RemindQuoteDeadline,
      payload: { rfqId: rfq.id, ikmOrganizationId, matchEventId: meta.eventId },
      jobId: reminderJobId(meta.eventId),
      delayMs,
    });
  }

  @JobHandler(JobName.RemindQuoteDeadline)
  async remind(payload: JobPayloads[JobName.RemindQuoteDeadline]): Promise<void> {
    await this.writer.write(await this.planner.quoteDeadlineSoon(payload.rfqId, payload.ikmOrganizationId), { eventId: payload.matchEventId });
  }
}
