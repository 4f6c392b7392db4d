import { SetMetadata } from '@nestjs/common';
import { JobPayloads } from './job-catalog';
import { JobName } from './job-name.enum';

export const JOB_HANDLER = 'jalin:job-handler';

export interface JobRunContext {
  jobId: string;
  /** 1 for the first run. */
  attempt: number;
  /** Attempts BullMQ will make in all; a handler may record a final failure on the last one. */
  maxAttempts: number;
}

type JobHandlerMethod<J extends JobName> = (payload: JobPayloads[J], context: JobRunContext) => Promise<unknown>;

/**
 * Marks the method that runs one job kind. The method's signature is checked against the job's
 * payload type, so a handler for the wrong payload does not compile.
 */
export function JobHandler<J extends JobName>(name: J) {
  return <M extends JobHandlerMethod<J>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M>) => {
    SetMetadata(JOB_HANDLER, name)(target, key, descriptor);
    return descriptor;
  };
}
