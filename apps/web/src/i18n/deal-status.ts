import { DealStatus } from '@jalin/sourcing/statuses';
import type { Lang } from './texts';

/** What every screen (IKM, buyer, Dinas) calls a deal's status: a new status in sourcing's enum is a compile error here until named. */
export const DEAL_STATUS_LABEL: Record<Lang, Record<DealStatus, string>> = {
  id: {
    [DealStatus.AWARDED]: 'Diberikan', [DealStatus.PO_ISSUED]: 'PO terbit', [DealStatus.IN_PRODUCTION]: 'Dalam produksi',
    [DealStatus.DELIVERED]: 'Terkirim', [DealStatus.COMPLETED]: 'Selesai', [DealStatus.CANCELLED]: 'Dibatalkan',
  },
  en: {
    [DealStatus.AWARDED]: 'Awarded', [DealStatus.PO_ISSUED]: 'PO issued', [DealStatus.IN_PRODUCTION]: 'In production',
    [DealStatus.DELIVERED]: 'Delivered', [DealStatus.COMPLETED]: 'Completed', [DealStatus.CANCELLED]: 'Cancelled',
  },
};

/** The button that moves a deal into this status, shown to the side whose turn it is (Deal.nextStep). */
export const DEAL_STEP_ACTION: Record<Lang, Record<DealStatus, string>> = {
  id: {
    [DealStatus.AWARDED]: 'Berikan', [DealStatus.PO_ISSUED]: 'Terbitkan PO', [DealStatus.IN_PRODUCTION]: 'Mulai produksi',
    [DealStatus.DELIVERED]: 'Tandai sudah dikirim', [DealStatus.COMPLETED]: 'Terima barang, selesaikan', [DealStatus.CANCELLED]: 'Batalkan kesepakatan',
  },
  en: {
    [DealStatus.AWARDED]: 'Award', [DealStatus.PO_ISSUED]: 'Issue the PO', [DealStatus.IN_PRODUCTION]: 'Start production',
    [DealStatus.DELIVERED]: 'Mark as delivered', [DealStatus.COMPLETED]: 'Accept the goods, complete', [DealStatus.CANCELLED]: 'Cancel the deal',
  },
};
