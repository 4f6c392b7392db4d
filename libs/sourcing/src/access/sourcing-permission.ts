import { AuthUser, Role } from '@jalin/authz';
import { DealSide } from '../deals/deal-status.enum';

type Caller = Pick<AuthUser, 'role' | 'organizationId'>;

/** What a caller may want to do with a row of the lifecycle. */
export enum SourcingPermission {
  /** Read an RFQ: its buyer, the IKMs matched to it, the Dinas and the admin. */
  RFQ_READ = 'RFQ_READ',
  /** See every match and the quote count of an RFQ (an IKM sees only its own match, never the count). */
  RFQ_OVERSEE = 'RFQ_OVERSEE',
  /** Cancel, close, award or re-run an RFQ: its buyer only. */
  RFQ_MANAGE = 'RFQ_MANAGE',
  /** Decline a match or quote on it: the matched IKM only. */
  MATCH_ANSWER = 'MATCH_ANSWER',
  /** Withdraw a quote: the IKM that wrote it. */
  QUOTE_WITHDRAW = 'QUOTE_WITHDRAW',
  /** Read a deal: its buyer, its IKM, the Dinas and the admin. */
  DEAL_READ = 'DEAL_READ',
  /** Take a step or rate: a party to the deal, on its side. */
  DEAL_ACT = 'DEAL_ACT',
}

/** The facts of a row each permission is decided on. */
export interface SourcingRows {
  [SourcingPermission.RFQ_READ]: { buyerOrganizationId: string; matchedIkm: boolean };
  [SourcingPermission.RFQ_OVERSEE]: { buyerOrganizationId: string };
  [SourcingPermission.RFQ_MANAGE]: { buyerOrganizationId: string };
  [SourcingPermission.MATCH_ANSWER]: { ikmOrganizationId: string };
  [SourcingPermission.QUOTE_WITHDRAW]: { ikmOrganizationId: string };
  [SourcingPermission.DEAL_READ]: { buyerOrganizationId: string; ikmOrganizationId: string };
  [SourcingPermission.DEAL_ACT]: { buyerOrganizationId: string; ikmOrganizationId: string };
}

const overseer = (c: Caller) => c.role === Role.DINAS || c.role === Role.ADMIN;
const buyerOf = (c: Caller, row: { buyerOrganizationId: string }) => c.role === Role.BUYER && row.buyerOrganizationId === c.organizationId;
const ikmOf = (c: Caller, row: { ikmOrganizationId: string }) => c.role === Role.IKM && row.ikmOrganizationId === c.organizationId;

/** The one answer to "may this caller see or change this row"; a row it may not see is NOT_FOUND to it. */
const RULES: { [P in SourcingPermission]: (caller: Caller, row: SourcingRows[P]) => boolean } = {
  [SourcingPermission.RFQ_READ]: (c, r) => overseer(c) || buyerOf(c, r) || (c.role === Role.IKM && r.matchedIkm),
  [SourcingPermission.RFQ_OVERSEE]: (c, r) => overseer(c) || buyerOf(c, r),
  [SourcingPermission.RFQ_MANAGE]: (c, r) => buyerOf(c, r),
  [SourcingPermission.MATCH_ANSWER]: (c, r) => ikmOf(c, r),
  [SourcingPermission.QUOTE_WITHDRAW]: (c, r) => ikmOf(c, r),
  [SourcingPermission.DEAL_READ]: (c, r) => overseer(c) || buyerOf(c, r) || ikmOf(c, r),
  [SourcingPermission.DEAL_ACT]: (c, r) => dealSide(r, c) !== null,
};

export function may<P extends SourcingPermission>(caller: Caller, permission: P, row: SourcingRows[P]): boolean {
  return RULES[permission](caller, row);
}

/** The side of the deal the caller's organization is on, or null when it is no party to it. */
export function dealSide(deal: SourcingRows[SourcingPermission.DEAL_ACT], caller: Caller): DealSide | null {
  if (buyerOf(caller, deal)) return DealSide.BUYER;
  if (ikmOf(caller, deal)) return DealSide.IKM;
  return null;
}
