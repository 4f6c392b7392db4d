import { RfqStatus } from '@jalin/sourcing/statuses';
import type { Lang } from '../../i18n/texts';
import type { QuoteSort } from './queries';

/** Labels of the API's enums the buyer sees, per language: a new RFQ status in sourcing's enum is a compile error here until named. */
export const RFQ_STATUS_LABEL: Record<Lang, Record<RfqStatus, string>> = {
  id: { [RfqStatus.OPEN]: 'Terbuka', [RfqStatus.CLOSED]: 'Ditutup', [RfqStatus.AWARDED]: 'Diberikan', [RfqStatus.CANCELLED]: 'Dibatalkan' },
  en: { [RfqStatus.OPEN]: 'Open', [RfqStatus.CLOSED]: 'Closed', [RfqStatus.AWARDED]: 'Awarded', [RfqStatus.CANCELLED]: 'Cancelled' },
};

export const QUOTE_SORT_LABEL: Record<Lang, Record<QuoteSort, string>> = {
  id: { PRICE: 'Harga termurah', LEAD_TIME: 'Waktu produksi tercepat', SCORE: 'Skor kecocokan' },
  en: { PRICE: 'Lowest price', LEAD_TIME: 'Shortest lead time', SCORE: 'Match score' },
};
