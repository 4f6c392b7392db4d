import { DomainEventJobData } from './domain-event-payloads';
import { JobName } from './job-name.enum';
import { QueueName } from './queue-name.enum';

/** The payload of each job (Immich habit): adding a job without a payload type does not compile. */
export interface JobPayloads {
  [JobName.DispatchDomainEvent]: DomainEventJobData;
  /** Fixed job id `match-<rfqId>-v<matchingVersion>`: one matching per RFQ version. */
  [JobName.MatchRfq]: { rfqId: string; matchingVersion: number };
  /** Fixed job id `rematch-<eventId>`: one re-matching per profile event. */
  [JobName.RematchProfile]: { profileId: string; eventId: string };
  /** Repeatable (job scheduler `close-expired-rfqs`): closes OPEN RFQs long past their quote deadline. */
  [JobName.CloseExpiredRfqs]: Record<string, never>;
  /** Fixed job id `notify-<notificationId>-<channel>`: one delivery per notification and channel. */
  [JobName.DeliverNotification]: { notificationId: string; channel: 'IN_APP' | 'EMAIL' | 'WEBHOOK' };
  /** Delayed to 24 h before the quote deadline; fixed job id `quote-reminder-<matchEventId>`: one reminder per match. */
  [JobName.RemindQuoteDeadline]: { rfqId: string; ikmOrganizationId: string; matchEventId: string };
}

/** The queue that carries each job. */
export const JOB_QUEUE: { readonly [J in JobName]: QueueName } = {
  [JobName.DispatchDomainEvent]: QueueName.DomainEvents,
  [JobName.MatchRfq]: QueueName.Matching,
  [JobName.RematchProfile]: QueueName.Matching,
  [JobName.CloseExpiredRfqs]: QueueName.Maintenance,
  [JobName.DeliverNotification]: QueueName.Notifications,
  [JobName.RemindQuoteDeadline]: QueueName.Notifications,
};

export type JobPayload<J extends JobName> = JobPayloads[J];
