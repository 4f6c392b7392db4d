import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads, JobRunContext } from '@jalin/jobs';
import { ProfileRematcher } from '../profile-rematcher.service';
import { RfqMatcher } from '../rfq-matcher.service';

/** The matching queue's jobs (worker side). */
@Injectable()
export class MatchingJobsHandler {
  constructor(
    private readonly matcher: RfqMatcher,
    private readonly rematcher: ProfileRematcher,
  ) {}

  @JobHandler(JobName.MatchRfq)
  async matchRfq(payload: JobPayloads[JobName.MatchRfq], context: JobRunContext): Promise<string> {
    return this.matcher.match(payload.rfqId, payload.matchingVersion, context);
  }

  @JobHandler(JobName.RematchProfile)
  async rematchProfile(payload: JobPayloads[JobName.RematchProfile]): Promise<number> {
    return this.rematcher.rematch(payload.profileId);
  }
}
