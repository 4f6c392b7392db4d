import { Module } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { JobsProducerModule } from '@jalin/jobs';
import { MatchingIndexModule } from '@jalin/matching-index';
import { SourcingWritersModule } from '@jalin/sourcing';
import { CandidateReader } from './candidate-reader.service';
import { MatchingJobsHandler } from './jobs/matching-jobs.handler';
import { MatchingTriggersSubscriber } from './matching-triggers.subscriber';
import { ProfileRematcher } from './rematch/profile-rematcher.service';
import { RematchJobs } from './rematch/rematch-jobs';
import { RematchLimiter } from './rematch/rematch-limiter.service';
import { RfqMatcher } from './rfq-matcher.service';

/** The matching worker: jobs, re-matching and the subscribers that queue them. */
@Module({
  imports: [JobsProducerModule, MatchingIndexModule, SourcingWritersModule],
  providers: [TransactionRunner, CandidateReader, RfqMatcher, ProfileRematcher, RematchLimiter, RematchJobs, MatchingJobsHandler, MatchingTriggersSubscriber],
})
export class MatchingWorkerModule {}
