import type { DealStatus } from '@jalin/sourcing/statuses';
import type { Lang } from './texts';

/** A deal status as the API sends it (the string values of sourcing's enum). */
export type DealStatusName = `${DealStatus}`;

/** What every screen (IKM, buyer, Dinas) calls a deal's status: a new status here is a compile error until named. */
export const DEAL_STATUS_LABEL: Record<Lang, Record<DealStatusName, string>> = {
  id: { AWARDED: 'Diberikan', PO_ISSUED: 'PO terbit', IN_PRODUCTION: 'Dalam produksi', DELIVERED: 'Terkirim', COMPLETED: 'Selesai', CANCELLED: 'Dibatalkan' },
  en: { AWARDED: 'Awarded', PO_ISSUED: 'PO issued', IN_PRODUCTION: 'In production', DELIVERED: 'Delivered', COMPLETED: 'Completed', CANCELLED: 'Cancelled' },
};

/** The button that moves a deal into this status, shown to the side whose turn it is (Deal.nextStep). */
export const DEAL_STEP_ACTION: Record<Lang, Record<DealStatusName, string>> = {
  id: {
    AWARDED: 'Berikan', PO_ISSUED: 'Terbitkan PO', IN_PRODUCTION: 'Mulai produksi', DELIVERED: 'Tandai sudah dikirim',
    COMPLETED: 'Terima barang, selesaikan', CANCELLED: 'Batalkan kesepakatan',
  },
  en: {
    AWARDED: 'Award', PO_ISSUED: 'Issue the PO', IN_PRODUCTION: 'Start production', DELIVERED: 'Mark as delivered',
    COMPLETED: 'Accept the goods, complete', CANCELLED: 'Cancel the deal',
  },
};
