import { DealSide, DealStatus } from '../deals/deal-status.enum';
import { checkDealStep, deliveredOnTime, isDealCancellable, nextDealStep } from './deal-state-machine';

const { AWARDED, PO_ISSUED, IN_PRODUCTION, DELIVERED, COMPLETED, CANCELLED } = DealStatus;
const ALL = Object.values(DealStatus);

describe('deal state machine', () => {
  it('walks AWARDED → PO_ISSUED → IN_PRODUCTION → DELIVERED → COMPLETED, each step by its owner', () => {
    const path: [DealStatus, DealStatus, DealSide][] = [
      [AWARDED, PO_ISSUED, DealSide.BUYER],
      [PO_ISSUED, IN_PRODUCTION, DealSide.IKM],
      [IN_PRODUCTION, DELIVERED, DealSide.IKM],
      [DELIVERED, COMPLETED, DealSide.BUYER],
    ];
    for (const [from, to, owner] of path) {
      expect(checkDealStep(from, to, owner, null)).toEqual({ ok: true });
      const other = owner === DealSide.BUYER ? DealSide.IKM : DealSide.BUYER;
      expect(checkDealStep(from, to, other, null)).toMatchObject({ ok: false, reason: 'WRONG_SIDE' });
      expect(nextDealStep(from)).toEqual({ status: to, by: owner });
    }
    expect(nextDealStep(COMPLETED)).toBeNull();
    expect(nextDealStep(CANCELLED)).toBeNull();
  });

  it('refuses every skipped, repeated or backward step for both sides', () => {
    const allowed = new Set([`${AWARDED}>${PO_ISSUED}`, `${PO_ISSUED}>${IN_PRODUCTION}`, `${IN_PRODUCTION}>${DELIVERED}`, `${DELIVERED}>${COMPLETED}`]);
    for (const from of ALL) {
      for (const to of ALL) {
        if (to === CANCELLED || allowed.has(`${from}>${to}`)) continue;
        for (const side of [DealSide.BUYER, DealSide.IKM]) {
          expect(checkDealStep(from, to, side, 'a note')).toMatchObject({ ok: false, reason: 'OUT_OF_ORDER' });
        }
      }
    }
  });

  it('lets either side cancel before delivery, with a note only', () => {
    for (const from of [AWARDED, PO_ISSUED, IN_PRODUCTION]) {
      for (const side of [DealSide.BUYER, DealSide.IKM]) {
        expect(checkDealStep(from, CANCELLED, side, 'Gambar berubah')).toEqual({ ok: true });
        expect(checkDealStep(from, CANCELLED, side, null)).toMatchObject({ ok: false, reason: 'NOTE_REQUIRED' });
        expect(checkDealStep(from, CANCELLED, side, '  ')).toMatchObject({ ok: false, reason: 'NOTE_REQUIRED' });
      }
    }
    for (const from of [DELIVERED, COMPLETED, CANCELLED]) {
      expect(checkDealStep(from, CANCELLED, DealSide.BUYER, 'too late')).toMatchObject({ ok: false, reason: 'OUT_OF_ORDER' });
    }
  });

  it('tells screens (Deal.cancellable) exactly the statuses it lets either side cancel from', () => {
    for (const status of ALL) {
      expect(isDealCancellable(status)).toBe(checkDealStep(status, CANCELLED, DealSide.BUYER, 'a note').ok);
    }
  });

  it('counts a delivery on the neededBy day as on time, the day after as late', () => {
    expect(deliveredOnTime('2026-05-10', '2026-05-10')).toBe(true);
    expect(deliveredOnTime('2026-05-09', '2026-05-10')).toBe(true);
    expect(deliveredOnTime('2026-05-11', '2026-05-10')).toBe(false);
  });
});
