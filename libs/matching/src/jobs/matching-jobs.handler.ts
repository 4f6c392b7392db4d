import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads, JobRunContext } from '@jalin/jobs';
import { ProfileRematcher } from '../rematch/profile-rematcher.service';
import { RematchJobs } from '../rematch/rematch-jobs';
import { RematchLimiter } from '../rematch/rematch-limiter.service';
import { RfqMatcher } from '../rfq-matcher.service';

/** The matching queue's jobs (worker side). */
@Injectable()
export class MatchingJobsHandler {
  constructor(
    private readonly matcher: RfqMatcher,
    private readonly rematcher: ProfileRematcher,
    private readonly limiter: RematchLimiter,
    private readonly rematches: RematchJobs,
  ) {}

  @JobHandler(JobName.MatchRfq)
  async matchRfq(payload: JobPayloads[JobName.MatchRfq], context: JobRunContext): Promise<string> {
    return this.matcher.match(payload.rfqId, payload.matchingVersion, context);
  }

  /** Within the hourly limit, re-matches now; past it, queues one run for when the hour allows. */
  @JobHandler(JobName.RematchProfile)
  async rematchProfile(payload: JobPayloads[JobName.RematchProfile]): Promise<number> {
    const waitMs = await this.limiter.take(payload.profileId);
    if (waitMs > 0) {
      await this.rematches.whenAllowed(payload.profileId, payload.eventId, waitMs);
      return 0;
    }
    return this.rematcher.rematch(payload.profileId);
  }
}
