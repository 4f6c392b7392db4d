import { Sector } from '@jalin/taxonomy';

/** The dashboard's filter after validation: WIB dates as "YYYY-MM-DD", null when unbounded. */
export interface DashboardQueryFilter {
  from: string | null;
  to: string | null;
  sector: Sector | null;
  kecamatanCode: string | null;
}

/** Exact rupiah sums are bigint: a district's deal value can pass 2^53 over the years. */
export interface DealTally {
  deals: number;
  dealValue: bigint;
}

export interface DashboardTotals extends DealTally {
  rfqs: number;
  openRfqs: number;
  quotes: number;
  participatingIkms: number;
  registeredIkms: number;
  verifiedIkms: number;
  dealsCancelled: number;
  cancelledValue: bigint;
}

export interface DashboardFunnel {
  rfqsPosted: number;
  rfqsMatched: number;
  rfqsQuoted: number;
  rfqsAwarded: number;
  dealsCompleted: number;
}

export interface SectorFigures extends DealTally {
  sector: Sector;
  rfqs: number;
  quotes: number;
}

export interface KecamatanFigures extends DealTally {
  kecamatanCode: string;
  name: string;
  ikms: number;
  verifiedIkms: number;
  participatingIkms: number;
  quotes: number;
}

export interface BuyerFigures extends DealTally {
  buyerOrganizationId: string;
  rfqs: number;
  rfqsAwarded: number;
}

export interface MonthFigures extends DealTally {
  /** "YYYY-MM" of the WIB date. */
  month: string;
  rfqs: number;
  quotes: number;
  dealsCompleted: number;
}

export interface DashboardInsights {
  /** Median whole hours from posting to the first quote, over the period's RFQs that got one. */
  medianHoursToFirstQuote: number | null;
  /** Share (0..1) of the period's RFQs that found at least one match. */
  matchedShare: number | null;
  /** Buyers that posted an RFQ in the period. */
  activeBuyers: number;
  /** Buyers with at least two of the period's RFQs awarded. */
  repeatBuyers: number;
}

/**
 * Every figure of the dashboard for one filter (see README "Dinas dashboard" for the definitions).
 * byBuyer holds every buyer in order; the resolver cuts it to the page size.
 */
export interface DashboardFigures {
  asOf: Date;
  filter: DashboardQueryFilter;
  totals: DashboardTotals;
  funnel: DashboardFunnel;
  bySector: SectorFigures[];
  byKecamatan: KecamatanFigures[];
  byBuyer: BuyerFigures[];
  monthly: MonthFigures[];
  insights: DashboardInsights;
}
