import { DealSide, DealStatus } from '../deals/deal-status.enum';

/** Each forward step and the side that owns it: the buyer orders and accepts, the IKM makes and delivers. */
const FORWARD: Readonly<Partial<Record<DealStatus, { next: DealStatus; by: DealSide }>>> = {
  [DealStatus.AWARDED]: { next: DealStatus.PO_ISSUED, by: DealSide.BUYER },
  [DealStatus.PO_ISSUED]: { next: DealStatus.IN_PRODUCTION, by: DealSide.IKM },
  [DealStatus.IN_PRODUCTION]: { next: DealStatus.DELIVERED, by: DealSide.IKM },
  [DealStatus.DELIVERED]: { next: DealStatus.COMPLETED, by: DealSide.BUYER },
};

/** Either side may cancel before the goods are delivered, with a note saying why. */
const CANCELLABLE: readonly DealStatus[] = [DealStatus.AWARDED, DealStatus.PO_ISSUED, DealStatus.IN_PRODUCTION];

export type DealStepCheck =
  | { ok: true }
  | { ok: false; reason: 'OUT_OF_ORDER' | 'WRONG_SIDE' | 'NOTE_REQUIRED'; message: string };

/**
 * Whether `side` may move a deal from `from` to `to`. Order is checked before the side, so a step
 * that is never possible answers OUT_OF_ORDER whoever asks.
 */
export function checkDealStep(from: DealStatus, to: DealStatus, side: DealSide, note: string | null | undefined): DealStepCheck {
  if (to === DealStatus.CANCELLED) {
    if (!CANCELLABLE.includes(from)) return { ok: false, reason: 'OUT_OF_ORDER', message: `A ${from} deal can no longer be cancelled` };
    if (!note || note.trim().length < 3) return { ok: false, reason: 'NOTE_REQUIRED', message: 'Cancelling needs a note of at least 3 characters saying why' };
    return { ok: true };
  }
  const step = FORWARD[from];
  if (!step || step.next !== to) {
    return { ok: false, reason: 'OUT_OF_ORDER', message: `A ${from} deal cannot become ${to}${step ? `; the next step is ${step.next}` : ''}` };
  }
  if (step.by !== side) return { ok: false, reason: 'WRONG_SIDE', message: `Only the ${step.by === DealSide.BUYER ? 'buyer' : 'IKM'} may set ${to}` };
  return { ok: true };
}

/** The next forward step and its owner, for clients that show "what now" (null when finished). */
export function nextDealStep(from: DealStatus): { status: DealStatus; by: DealSide } | null {
  const step = FORWARD[from];
  return step ? { status: step.next, by: step.by } : null;
}

/** On time: delivered (WIB calendar day) on or before the RFQ's neededBy. Both 'YYYY-MM-DD'. */
export function deliveredOnTime(deliveredOn: string, neededBy: string): boolean {
  return deliveredOn <= neededBy;
}
