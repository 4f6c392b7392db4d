import { Injectable } from '@nestjs/common';
import { AppConfig } from '@jalin/config';
import { JobName, JobProducer } from '@jalin/jobs';

/**
 * Queues a profile's re-match. Edits within REMATCH_DEBOUNCE_MS collapse into one job (BullMQ
 * debounce on the profile id); the job reads the profile when it runs, so the latest state wins.
 */
@Injectable()
export class RematchJobs {
  constructor(
    private readonly producer: JobProducer,
    private readonly config: AppConfig,
  ) {}

  /** After a profile event; the event id keeps a redelivered event from queueing twice. */
  async afterEdit(profileId: string, eventId: string): Promise<void> {
    await this.producer.add({
      name: JobName.RematchProfile,
      jobId: `rematch-${eventId}`,
      payload: { profileId, eventId },
      delayMs: this.config.REMATCH_DEBOUNCE_MS,
      debounceId: `rematch-${profileId}`,
    });
  }

  /** When the hourly limit is spent: one job per profile at the end of the window. */
  async whenAllowed(profileId: string, eventId: string, waitMs: number, now = Date.now()): Promise<void> {
    const at = Math.ceil((now + waitMs) / 1000);
    await this.producer.add({ name: JobName.RematchProfile, jobId: `rematch-${profileId}-at-${at}`, payload: { profileId, eventId }, delayMs: waitMs });
  }
}
