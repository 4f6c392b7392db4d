import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@jalin/config';
import { JOB_QUEUE, JobHandler, JobName, JobProducer } from '@jalin/jobs';
import { RfqCloser } from './rfq-closer.service';

export const AUTO_CLOSE_SCHEDULER_ID = 'close-expired-rfqs';

/**
 * Worker side of the automatic close: a BullMQ job scheduler (one per deployment: upserted by id,
 * so every worker replica registering it at start keeps one schedule) runs the sweep every
 * RFQ_AUTO_CLOSE_SWEEP_MS; the sweep itself is idempotent.
 */
@Injectable()
export class RfqAutoCloseJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger(RfqAutoCloseJobs.name);

  constructor(
    private readonly producer: JobProducer,
    private readonly closer: RfqCloser,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.producer.queue(JOB_QUEUE[JobName.CloseExpiredRfqs]).upsertJobScheduler(
        AUTO_CLOSE_SCHEDULER_ID,
        { every: this.config.RFQ_AUTO_CLOSE_SWEEP_MS },
        { name: JobName.CloseExpiredRfqs, data: {} },
      );
    } catch (error) {
      // Redis down at start: the next worker start (or replica) registers it; closing is not urgent.
      this.logger.warn({ err: error }, 'could not register the automatic RFQ close schedule');
    }
  }

  @JobHandler(JobName.CloseExpiredRfqs)
  async closeExpired(): Promise<number> {
    return this.closer.closeExpired();
  }
}
