export { RfqMatcher } from './rfq-matcher.service';
export { ProfileRematcher } from './rematch/profile-rematcher.service';
export { CandidateReader, CANDIDATE_PREFILTER } from './candidate-reader.service';
export { matchRfqJobId } from './matching-triggers.subscriber';
export { MatchingWorkerModule } from './matching.module';
