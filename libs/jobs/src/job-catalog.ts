import { DomainEventJobData } from './domain-event-payloads';
import { JobName } from './job-name.enum';
import { QueueName } from './queue-name.enum';

/** The payload of each job (Immich habit): adding a job without a payload type does not compile. */
export interface JobPayloads {
  [JobName.DispatchDomainEvent]: DomainEventJobData;
}

/** The queue that carries each job. */
export const JOB_QUEUE: { readonly [J in JobName]: QueueName } = {
  [JobName.DispatchDomainEvent]: QueueName.DomainEvents,
};

export type JobPayload<J extends JobName> = JobPayloads[J];
