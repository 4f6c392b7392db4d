import { quotesSealed, SealedRfq } from '../../rfqs';
import { MatchStatus } from '../match-status.enum';
import { MatchType } from './match.type';

/**
 * A match as others see it while its RFQ is sealed: before the quote deadline a QUOTED match of
 * another IKM shows the status it had before quoting (VIEWED when its IKM had opened the RFQ, else
 * NEW), so nobody learns who has quoted. The matched IKM itself always sees its own status.
 */
export function withSealedStatus(match: MatchType, rfq: SealedRfq, viewerOrganizationId: string, now: Date): MatchType {
  if (match.status !== MatchStatus.QUOTED || match.ikmOrganizationId === viewerOrganizationId || !quotesSealed(rfq, now)) return match;
  return { ...match, status: match.viewedAt ? MatchStatus.VIEWED : MatchStatus.NEW };
}
