import { MatchStatus } from '../matches/match-status.enum';
import { TransitionTable } from './transition-table';

const { NEW, VIEWED, DECLINED, QUOTED, AWARDED, NOT_AWARDED, EXPIRED } = MatchStatus;

/**
 * NEW until the IKM opens it (VIEWED), declines or quotes; an unanswered match is withdrawn
 * (EXPIRED) when the IKM no longer qualifies; a QUOTED one ends AWARDED or NOT_AWARDED.
 */
export const MATCH_TRANSITIONS: TransitionTable<MatchStatus> = {
  [NEW]: [VIEWED, DECLINED, QUOTED, EXPIRED],
  [VIEWED]: [DECLINED, QUOTED, EXPIRED],
  [QUOTED]: [AWARDED, NOT_AWARDED],
  [DECLINED]: [],
  [AWARDED]: [],
  [NOT_AWARDED]: [],
  [EXPIRED]: [],
};

/** Matches the IKM has not answered yet: it may still decline or quote, and they may be withdrawn. */
export const UNANSWERED_MATCH: readonly MatchStatus[] = [NEW, VIEWED];
