import type { Lang } from '../../i18n/texts';
import type { QuoteSort, RfqStatus } from './queries';

/** Labels of the API's enums the buyer sees, per language. */
export const RFQ_STATUS_LABEL: Record<Lang, Record<RfqStatus, string>> = {
  id: { OPEN: 'Terbuka', CLOSED: 'Ditutup', AWARDED: 'Diberikan', CANCELLED: 'Dibatalkan' },
  en: { OPEN: 'Open', CLOSED: 'Closed', AWARDED: 'Awarded', CANCELLED: 'Cancelled' },
};

export const QUOTE_SORT_LABEL: Record<Lang, Record<QuoteSort, string>> = {
  id: { PRICE: 'Harga termurah', LEAD_TIME: 'Waktu produksi tercepat', SCORE: 'Skor kecocokan' },
  en: { PRICE: 'Lowest price', LEAD_TIME: 'Shortest lead time', SCORE: 'Match score' },
};
