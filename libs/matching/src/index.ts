export { RfqMatcher } from './rfq-matcher.service';

export { CandidateReader, CANDIDATE_PREFILTER } from './candidate-reader.service';

export { MatchingWorkerModule } from './matching.module';
