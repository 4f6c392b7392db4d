import type { Lang } from '../../i18n/texts';
import type { DealStatus, QuoteSort, RfqStatus } from './queries';

/** Labels of the API's enums the buyer sees, per language. */
export const RFQ_STATUS_LABEL: Record<Lang, Record<RfqStatus, string>> = {
  id: { OPEN: 'Terbuka', CLOSED: 'Ditutup', AWARDED: 'Diberikan', CANCELLED: 'Dibatalkan' },
  en: { OPEN: 'Open', CLOSED: 'Closed', AWARDED: 'Awarded', CANCELLED: 'Cancelled' },
};

export const DEAL_STATUS_LABEL: Record<Lang, Record<DealStatus, string>> = {
  id: { AWARDED: 'Diberikan', PO_ISSUED: 'PO terbit', IN_PRODUCTION: 'Dalam produksi', DELIVERED: 'Terkirim', COMPLETED: 'Selesai', CANCELLED: 'Dibatalkan' },
  en: { AWARDED: 'Awarded', PO_ISSUED: 'PO issued', IN_PRODUCTION: 'In production', DELIVERED: 'Delivered', COMPLETED: 'Completed', CANCELLED: 'Cancelled' },
};

/** The button that takes the buyer's forward step to this status. */
export const DEAL_STEP_ACTION: Record<Lang, Partial<Record<DealStatus, string>>> = {
  id: { PO_ISSUED: 'Terbitkan PO', COMPLETED: 'Terima barang, selesaikan' },
  en: { PO_ISSUED: 'Issue the PO', COMPLETED: 'Accept the goods, complete' },
};

export const QUOTE_SORT_LABEL: Record<Lang, Record<QuoteSort, string>> = {
  id: { PRICE: 'Harga termurah', LEAD_TIME: 'Waktu produksi tercepat', SCORE: 'Skor kecocokan' },
  en: { PRICE: 'Lowest price', LEAD_TIME: 'Shortest lead time', SCORE: 'Match score' },
};
