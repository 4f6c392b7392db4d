import { dayNumber } from '../../rfqs';

export enum QuoteSort {
  PRICE = 'PRICE',
  LEAD_TIME = 'LEAD_TIME',
  SCORE = 'SCORE',
}

export interface ComparedQuote {
  quoteId: string;
  ikmOrganizationId: string;
  unitPrice: bigint;
  quantity: number;
  leadTimeDays: number;
  validUntil: string;
}

/** What the comparison knows of the IKM beside its quote; null where it has no such data. */
export interface QuoteContext {
  matchScore: number | null;
  matchRank: number | null;
  distanceKm: number | null;
  verified: boolean;
  completedDeals: number;
  onTimeDeliveries: number;
  matchesReceived: number;
  quotesSubmitted: number;
}

export interface ComparisonRow extends ComparedQuote, QuoteContext {
  totalPrice: bigint;
  /** If awarded today: today (WIB) + lead time. */
  expectedDelivery: string;
  deliveryFeasible: boolean;
  coversQuantity: boolean;
  onTimeRate: number | null;
  responseRate: number | null;
}

const addDays = (date: string, days: number) => new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

/** Side by side: totals in exact rupiah, delivery if awarded today against neededBy, the IKM's record. */
export function compareQuotes(
  quotes: readonly ComparedQuote[],
  context: ReadonlyMap<string, QuoteContext>,
  rfq: { quantity: number; neededBy: string },
  today: string,
  sortBy: QuoteSort,
): ComparisonRow[] {
  const rows = quotes.map((q): ComparisonRow => {
    const c = context.get(q.ikmOrganizationId) ?? {
      matchScore: null, matchRank: null, distanceKm: null, verified: false, completedDeals: 0, onTimeDeliveries: 0, matchesReceived: 0, quotesSubmitted: 0,
    };
    const expectedDelivery = addDays(today, q.leadTimeDays);
    return {
      ...q, ...c,
      totalPrice: q.unitPrice * BigInt(q.quantity),
      expectedDelivery,
      deliveryFeasible: expectedDelivery <= rfq.neededBy,
      coversQuantity: q.quantity >= rfq.quantity,
      onTimeRate: ratio(c.onTimeDeliveries, c.completedDeals),
      responseRate: ratio(c.quotesSubmitted, c.matchesReceived),
    };
  });
  return rows.sort(ORDER[sortBy]);
}

const byPrice = (a: ComparisonRow, b: ComparisonRow) => (a.unitPrice < b.unitPrice ? -1 : a.unitPrice > b.unitPrice ? 1 : 0);
const byLead = (a: ComparisonRow, b: ComparisonRow) => a.leadTimeDays - b.leadTimeDays;
const byScore = (a: ComparisonRow, b: ComparisonRow) => (b.matchScore ?? -1) - (a.matchScore ?? -1);
const byId = (a: ComparisonRow, b: ComparisonRow) => (a.quoteId < b.quoteId ? -1 : a.quoteId > b.quoteId ? 1 : 0);

/** Each sort breaks ties by the other two, then by id, so the order is stable. */
const ORDER: Record<QuoteSort, (a: ComparisonRow, b: ComparisonRow) => number> = {
  [QuoteSort.PRICE]: (a, b) => byPrice(a, b) || byLead(a, b) || byScore(a, b) || byId(a, b),
  [QuoteSort.LEAD_TIME]: (a, b) => byLead(a, b) || byPrice(a, b) || byScore(a, b) || byId(a, b),
  [QuoteSort.SCORE]: (a, b) => byScore(a, b) || byPrice(a, b) || byLead(a, b) || byId(a, b),
};
