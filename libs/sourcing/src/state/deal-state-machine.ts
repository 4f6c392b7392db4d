import { DealSide, DealStatus } from '../deals/deal-status.enum';

import { TransitionTable } from './transition-table';

const { AWARDED, PO_ISSUED, IN_PRODUCTION, DELIVERED, COMPLETED, CANCELLED } = DealStatus;

/**
 * Each status's forward step and the side that owns it (the buyer orders and accepts, the IKM makes
 * and delivers), and whether either side may still cancel it, with a note saying why.
 */
const DEAL_STEPS: Readonly<Record<DealStatus, { next: { status: DealStatus; by: DealSide } | null; cancellable: boolean }>> = {
  [AWARDED]: { next: { status: PO_ISSUED, by: DealSide.BUYER }, cancellable: true },
  [PO_ISSUED]: { next: { status: IN_PRODUCTION, by: DealSide.IKM }, cancellable: true },
  [IN_PRODUCTION]: { next: { status: DELIVERED, by: DealSide.IKM }, cancellable: true },
  [DELIVERED]: { next: { status: COMPLETED, by: DealSide.BUYER }, cancellable: false },
  [COMPLETED]: { next: null, cancellable: false },
  [CANCELLED]: { next: null, cancellable: false },
};

/** The same steps as a transition table, for the deal's status writer. */
export const DEAL_TRANSITIONS: TransitionTable<DealStatus> = Object.fromEntries(
  Object.values(DealStatus).map((from) => {
    const { next, cancellable } = DEAL_STEPS[from];
    return [from, [...(next ? [next.status] : []), ...(cancellable ? [CANCELLED] : [])]];
  }),
) as Record<DealStatus, DealStatus[]>;

export type DealStepCheck =
  | { ok: true }
  | { ok: false; reason: 'OUT_OF_ORDER' | 'WRONG_SIDE' | 'NOTE_REQUIRED'; message: string };

/**
 * Whether `side` may move a deal from `from` to `to`. Order is checked before the side, so a step
 * that is never possible answers OUT_OF_ORDER whoever asks.
 */
export function checkDealStep(from: DealStatus, to: DealStatus, side: DealSide, note: string | null | undefined): DealStepCheck {
  if (to === CANCELLED) {
    if (!DEAL_STEPS[from].cancellable) return { ok: false, reason: 'OUT_OF_ORDER', message: `A ${from} deal can no longer be cancelled` };
    if (!note || note.trim().length < 3) return { ok: false, reason: 'NOTE_REQUIRED', message: 'Cancelling needs a note of at least 3 characters saying why' };
    return { ok: true };
  }
  const step = DEAL_STEPS[from].next;
  if (!step || step.status !== to) {
    return { ok: false, reason: 'OUT_OF_ORDER', message: `A ${from} deal cannot become ${to}${step ? `; the next step is ${step.status}` : ''}` };
  }
  if (step.by !== side) return { ok: false, reason: 'WRONG_SIDE', message: `Only the ${step.by === DealSide.BUYER ? 'buyer' : 'IKM'} may set ${to}` };
  return { ok: true };
}

/** The next forward step and its owner, for clients that show "what now" (null when finished). */
export function nextDealStep(from: DealStatus): { status: DealStatus; by: DealSide } | null {
  const step = DEAL_STEPS[from].next;
  return step ? { ...step } : null;
}

/** Whether either side may still cancel a deal in this status (with a note). */
export function isDealCancellable(status: DealStatus): boolean {
  return DEAL_STEPS[status].cancellable;
}

/** On time: delivered (WIB calendar day) on or before the RFQ's neededBy. Both 'YYYY-MM-DD'. */
export function deliveredOnTime(deliveredOn: string, neededBy: string): boolean {
  return deliveredOn <= neededBy;
}
