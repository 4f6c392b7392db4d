import { KECAMATAN, SECTOR_VALUES } from '@jalin/taxonomy';
import { BUYER, IKM, MarketStore, RFQ, dayNumber } from '../store/market-store';
import { SeriesGroup } from '../store/series-table';
import {
  BuyerFigures, DashboardFigures, DashboardQueryFilter, KecamatanFigures, MonthFigures, SectorFigures,
} from './dashboard-figures';
import { medianOfHistogram } from './median';

type Bounds = { from: number | null; to: number | null };

const EMPTY_DEALS = () => ({ deals: 0, dealValue: 0n });

/** Months as year * 12 + month index, and their first and last day numbers. */
const monthOf = (day: number) => {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};
const monthStart = (month: number) => Date.UTC(Math.floor(month / 12), month % 12, 1) / 86_400_000;
const monthLabel = (month: number) => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;

/**
 * Every dashboard figure for one filter, from the in-memory rollups: a walk over groups (buyers,
 * kecamatan, sectors, IKMs), two binary searches per group and measure, never over rows. The
 * definitions are in the README ("Dinas dashboard"); the integration test checks each against
 * plain SQL over the base tables.
 */
export function computeFigures(store: MarketStore, filter: DashboardQueryFilter, asOf: Date): DashboardFigures {
  const bounds: Bounds = { from: filter.from ? dayNumber(filter.from) : null, to: filter.to ? dayNumber(filter.to) : null };
  const inSector = (group: SeriesGroup) => filter.sector === null || group.dims[0] === filter.sector;
  const sectors = filter.sector ? [filter.sector] : [...SECTOR_VALUES];
  const kecamatanList = filter.kecamatanCode ? KECAMATAN.filter((k) => k.code === filter.kecamatanCode) : KECAMATAN;

  const bySector = new Map<string, SectorFigures>(sectors.map((sector) => [sector, { sector, rfqs: 0, quotes: 0, ...EMPTY_DEALS() }]));
  const byKecamatan = new Map<string, KecamatanFigures>(kecamatanList.map((k) => {
    const stock = store.stock(filter.sector ?? 'ALL', k.code);
    return [k.code, { kecamatanCode: k.code, name: k.label, ikms: stock.ikms, verifiedIkms: stock.verified, participatingIkms: 0, quotes: 0, ...EMPTY_DEALS() }];
  }));
  const stock = store.stock(filter.sector ?? 'ALL', filter.kecamatanCode ?? 'ALL');
  const totals = {
    rfqs: 0, openRfqs: 0, quotes: 0, ...EMPTY_DEALS(), participatingIkms: 0,
    registeredIkms: stock.ikms, verifiedIkms: stock.verified, dealsCancelled: 0, cancelledValue: 0n,
  };
  const funnel = { rfqsPosted: 0, rfqsMatched: 0, rfqsQuoted: 0, rfqsAwarded: 0, dealsCompleted: 0 };

  // RFQ cohort: posted in the period, in the sector; not narrowed by kecamatan.
  for (const group of store.rfqBySector.groups) {
    if (!inSector(group)) continue;
    const [start, end] = group.series.range(bounds.from, bounds.to);
    const posted = group.series.count(RFQ.posted, start, end);
    totals.rfqs += posted;
    totals.openRfqs += group.series.count(RFQ.open, start, end);
    funnel.rfqsMatched += group.series.count(RFQ.matched, start, end);
    funnel.rfqsQuoted += group.series.count(RFQ.quoted, start, end);
    funnel.rfqsAwarded += group.series.count(RFQ.awarded, start, end);
    bySector.get(group.dims[0])!.rfqs += posted;
  }
  funnel.rfqsPosted = totals.rfqs;

  const buyers = new Map<string, BuyerFigures>();
  const buyer = (id: string) => {
    let figures = buyers.get(id);
    if (!figures) buyers.set(id, (figures = { buyerOrganizationId: id, rfqs: 0, rfqsAwarded: 0, ...EMPTY_DEALS() }));
    return figures;
  };
  for (const group of store.rfqByBuyer.groups) {
    if (!inSector(group)) continue;
    const [start, end] = group.series.range(bounds.from, bounds.to);
    const posted = group.series.count(RFQ.posted, start, end);
    const awarded = group.series.count(RFQ.awarded, start, end);
    if (posted === 0 && awarded === 0) continue;
    const figures = buyer(group.dims[1]);
    figures.rfqs += posted;
    figures.rfqsAwarded += awarded;
  }

  // IKM-side facts: every filter applies.
  const ikmGroups = store.ikmDay.groups.filter((g) => inSector(g) && (filter.kecamatanCode === null || g.dims[1] === filter.kecamatanCode));
  for (const group of ikmGroups) {
    const [start, end] = group.series.range(bounds.from, bounds.to);
    const s = group.series;
    const quotes = s.count(IKM.quotes, start, end);
    const cancelled = s.count(IKM.cancelled, start, end);
    const cancelledValue = s.amount(IKM.cancelledValue, start, end);
    const deals = s.count(IKM.deals, start, end) - cancelled;
    const value = s.amount(IKM.value, start, end) - cancelledValue;
    totals.quotes += quotes;
    totals.deals += deals;
    totals.dealValue += value;
    totals.dealsCancelled += cancelled;
    totals.cancelledValue += cancelledValue;
    funnel.dealsCompleted += s.count(IKM.completed, start, end);
    const sector = bySector.get(group.dims[0])!;
    sector.quotes += quotes;
    sector.deals += deals;
    sector.dealValue += value;
    const kecamatan = byKecamatan.get(group.dims[1]);
    if (kecamatan) {
      kecamatan.quotes += quotes;
      kecamatan.deals += deals;
      kecamatan.dealValue += value;
    }
  }

  const buyerDeals = filter.kecamatanCode === null ? store.buyerDealsAnyKecamatan.groups : store.buyerDeals.groupsWith(filter.kecamatanCode);
  for (const group of buyerDeals) {
    if (!inSector(group)) continue;
    const [start, end] = group.series.range(bounds.from, bounds.to);
    const deals = group.series.count(BUYER.deals, start, end) - group.series.count(BUYER.cancelled, start, end);
    if (deals === 0) continue;
    const figures = buyer(group.dims[1]);
    figures.deals += deals;
    figures.dealValue += group.series.amount(BUYER.value, start, end) - group.series.amount(BUYER.cancelledValue, start, end);
  }

  const participantsByKecamatan = new Map([...byKecamatan.keys()].map((code) => [code, 0]));
  totals.participatingIkms = store.activity.participants(bounds.from, bounds.to, filter.sector, filter.kecamatanCode, participantsByKecamatan);
  for (const [code, ikms] of participantsByKecamatan) byKecamatan.get(code)!.participatingIkms = ikms;

  const waits = new Map<number, number>();
  for (const group of store.firstQuote.groups) {
    if (!inSector(group)) continue;
    const [start, end] = group.series.range(bounds.from, bounds.to);
    const rfqs = group.series.count(0, start, end);
    if (rfqs > 0) waits.set(Number(group.dims[1]), (waits.get(Number(group.dims[1])) ?? 0) + rfqs);
  }

  const buyerList = [...buyers.values()]
    .filter((b) => b.rfqs > 0 || b.deals > 0)
    .sort((a, b) => (a.dealValue === b.dealValue ? 0 : a.dealValue > b.dealValue ? -1 : 1) || b.deals - a.deals || b.rfqs - a.rfqs
      || (a.buyerOrganizationId < b.buyerOrganizationId ? -1 : 1));

  return {
    asOf,
    filter,
    totals,
    funnel,
    bySector: [...bySector.values()],
    byKecamatan: [...byKecamatan.values()],
    byBuyer: buyerList,
    monthly: monthly(store, filter, bounds, ikmGroups),
    insights: {
      medianHoursToFirstQuote: medianOfHistogram(waits),
      matchedShare: totals.rfqs === 0 ? null : funnel.rfqsMatched / totals.rfqs,
      activeBuyers: buyerList.filter((b) => b.rfqs > 0).length,
      repeatBuyers: buyerList.filter((b) => b.rfqsAwarded >= 2).length,
    },
  };
}

/**
 * Every month from the period's first to its last, zero months included; an open end stops at
 * the first or last month holding a figure.
 */
function monthly(store: MarketStore, filter: DashboardQueryFilter, bounds: Bounds, ikmGroups: SeriesGroup[]): MonthFigures[] {
  const rfqGroups = store.rfqBySector.groups.filter((g) => filter.sector === null || g.dims[0] === filter.sector);
  let first = bounds.from;
  let last = bounds.to;
  if (first === null || last === null) {
    const spans = [...rfqGroups, ...ikmGroups].filter((g) => g.series.length > 0);
    const minDay = spans.length ? Math.min(...spans.map((g) => g.series.firstDay!)) : null;
    const maxDay = spans.length ? Math.max(...spans.map((g) => g.series.lastDay!)) : null;
    if (first === null && last === null) {
      if (minDay === null || maxDay === null) return [];
      first = minDay;
      last = maxDay;
    } else if (first === null) {
      first = minDay !== null && minDay <= last! ? minDay : last!;
    } else {
      last = maxDay !== null && maxDay >= first ? maxDay : first;
    }
  }
  const [firstDay, lastDay] = [first!, last!];
  const months: MonthFigures[] = [];
  for (let month = monthOf(firstDay); month <= monthOf(lastDay); month++) {
    const from = Math.max(monthStart(month), firstDay);
    const to = Math.min(monthStart(month + 1) - 1, lastDay);
    const figures: MonthFigures = { month: monthLabel(month), rfqs: 0, quotes: 0, deals: 0, dealValue: 0n, dealsCompleted: 0 };
    for (const group of rfqGroups) {
      const [start, end] = group.series.range(from, to);
      figures.rfqs += group.series.count(RFQ.posted, start, end);
    }
    for (const group of ikmGroups) {
      const [start, end] = group.series.range(from, to);
      const s = group.series;
      figures.quotes += s.count(IKM.quotes, start, end);
      figures.deals += s.count(IKM.deals, start, end) - s.count(IKM.cancelled, start, end);
      figures.dealValue += s.amount(IKM.value, start, end) - s.amount(IKM.cancelledValue, start, end);
      figures.dealsCompleted += s.count(IKM.completed, start, end);
    }
    months.push(figures);
  }
  const empty = (m: MonthFigures) => m.rfqs === 0 && m.quotes === 0 && m.deals === 0 && m.dealsCompleted === 0;
  // An open end stops at the first or last month with a figure (days holding only zeros, left by
  // facts that moved away, do not widen it); a bounded end stays, so one month remains.
  const keep = bounds.from === null && bounds.to === null ? 0 : 1;
  if (bounds.from === null) while (months.length > keep && empty(months[0])) months.shift();
  if (bounds.to === null) while (months.length > keep && empty(months[months.length - 1])) months.pop();
  return months;
}
