/**
 * Why the matching of an RFQ failed, as stored in `rfq.matching_error` and shown to the buyer.
 * The internal exception stays in the worker's log; the buyer reads only the code and its text.
 */
export enum MatchingFailureCode {
  /** The worker's profile index could not be brought up to date with the database. */
  PROFILE_INDEX_UNAVAILABLE = 'PROFILE_INDEX_UNAVAILABLE',
  /** Anything else that failed while ranking or storing the matches. */
  MATCHING_FAILED = 'MATCHING_FAILED',
}

export const isMatchingFailureCode = (value: unknown): value is MatchingFailureCode =>
  Object.values(MatchingFailureCode).includes(value as MatchingFailureCode);
