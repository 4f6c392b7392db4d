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
}

/** The queue that carries each job. */
export const JOB_QUEUE: { readonly [J in JobName]: QueueName } = {
  [JobName.DispatchDomainEvent]: QueueName.DomainEvents,
  [JobName.MatchRfq]: QueueName.Matching,
  [JobName.RematchProfile]: QueueName.Matching,
  [JobName.CloseExpiredRfqs]: QueueName.Maintenance,
};

export type JobPayload<J extends JobName> = JobPayloads[J];
