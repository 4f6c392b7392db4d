import { Module } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { JobsProducerModule } from '@jalin/jobs';
import { MatchingIndexModule } from '@jalin/matching-index';
import { RfqsModule } from '@jalin/rfqs';
import { CandidateReader } from './candidate-reader.service';
import { MatchResolver } from './graphql/match.resolver';
import { RfqReadResolver } from './graphql/rfq-read.resolver';
import { MatchingJobsHandler } from './jobs/matching-jobs.handler';
import { MatchQueries } from './match.queries';
import { MatchService } from './match.service';
import { MatchingTriggersSubscriber } from './matching-triggers.subscriber';
import { ProfileRematcher } from './rematch/profile-rematcher.service';
import { RematchJobs } from './rematch/rematch-jobs';
import { RematchLimiter } from './rematch/rematch-limiter.service';
import { RfqAccess } from './rfq-access.service';
import { TrackRecordWriter } from './track-record/track-record.writer';
import { RfqMatcher } from './rfq-matcher.service';

/** Reading matches and RFQs with their matches, declining (API side). */
@Module({
  imports: [RfqsModule],
  providers: [TransactionRunner, MatchQueries, MatchService, RfqAccess, RfqReadResolver, MatchResolver, TrackRecordWriter],
  exports: [MatchQueries, RfqAccess, TrackRecordWriter],
})
export class MatchingModule {}

/** The matching worker: jobs, re-matching and the subscribers that queue them. */
@Module({
  imports: [JobsProducerModule, MatchingIndexModule],
  providers: [TransactionRunner, CandidateReader, RfqMatcher, ProfileRematcher, RematchLimiter, RematchJobs, MatchingJobsHandler, MatchingTriggersSubscriber],
})
export class MatchingWorkerModule {}
