import { MatchStatus, QuoteStatus } from '@jalin/sourcing/statuses';
import type { Lang } from '../../i18n/texts';

/** What the IKM's screens call a match's status: a new status in sourcing's enum is a compile error here until named. */
export const MATCH_STATUS_LABEL: Record<Lang, Record<MatchStatus, string>> = {
  id: {
    [MatchStatus.NEW]: 'Baru', [MatchStatus.VIEWED]: 'Dilihat', [MatchStatus.QUOTED]: 'Sudah ditawar', [MatchStatus.DECLINED]: 'Ditolak',
    [MatchStatus.AWARDED]: 'Dimenangkan', [MatchStatus.NOT_AWARDED]: 'Tidak dimenangkan', [MatchStatus.EXPIRED]: 'Kedaluwarsa',
  },
  en: {
    [MatchStatus.NEW]: 'New', [MatchStatus.VIEWED]: 'Viewed', [MatchStatus.QUOTED]: 'Quoted', [MatchStatus.DECLINED]: 'Declined',
    [MatchStatus.AWARDED]: 'Awarded', [MatchStatus.NOT_AWARDED]: 'Not awarded', [MatchStatus.EXPIRED]: 'Expired',
  },
};

/** What "Penawaran saya" calls a quote's status. */
export const QUOTE_STATUS_LABEL: Record<Lang, Record<QuoteStatus, string>> = {
  id: { [QuoteStatus.SUBMITTED]: 'Terkirim', [QuoteStatus.AWARDED]: 'Dimenangkan', [QuoteStatus.REJECTED]: 'Tidak dipilih', [QuoteStatus.WITHDRAWN]: 'Ditarik' },
  en: { [QuoteStatus.SUBMITTED]: 'Submitted', [QuoteStatus.AWARDED]: 'Awarded', [QuoteStatus.REJECTED]: 'Not chosen', [QuoteStatus.WITHDRAWN]: 'Withdrawn' },
};
