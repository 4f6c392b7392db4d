import { ActivityIndex } from './activity-index';
import { DaySeries } from './day-series';
import { SeriesTable } from './series-table';

/** Days since 1970-01-01 of a "YYYY-MM-DD" calendar date (WIB dates are stored as plain dates). */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** Measures of each table, in the order the store keeps them. */
export const RFQ = { posted: 0, matched: 1, quoted: 2, awarded: 3, open: 4 } as const;
export const IKM = { quotes: 0, deals: 1, completed: 2, cancelled: 3, value: 0, cancelledValue: 1 } as const;
export const BUYER = { deals: 0, cancelled: 1, value: 0, cancelledValue: 1 } as const;

/** A series and the coarser projection fed with its changes. */
export interface ProjectedSeries {
  series: DaySeries;
  projection: DaySeries;
}

export interface IkmStock {
  ikms: number;
  verified: number;
}

/**
 * Every market rollup table of one API replica, in memory, at the grains the dashboard reads:
 * each table's own rows (set with absolute values as read from PostgreSQL) and, where a query
 * would otherwise walk many groups, a coarser projection fed with the same changes.
 *
 * - rfqByBuyer [sector, buyer] and rfqBySector [sector]: market_rfq_day
 * - ikmDay [sector, kecamatan]: market_ikm_day
 * - buyerDeals [sector, buyer, kecamatan] and buyerDealsAnyKecamatan [sector, buyer]: market_buyer_day
 * - firstQuote [sector, hours]: market_first_quote
 * - activity (sector, ikm, kecamatan), with month masks for distinct counts: market_ikm_activity
 * - ikmStock "sector|kecamatan" (with 'ALL' rows): market_ikm_total
 */
export class MarketStore {
  readonly rfqByBuyer = new SeriesTable(5, 0);
  readonly rfqBySector = new SeriesTable(5, 0);
  readonly ikmDay = new SeriesTable(4, 2);
  readonly buyerDeals = new SeriesTable(2, 2, 2);
  readonly buyerDealsAnyKecamatan = new SeriesTable(2, 2);
  readonly firstQuote = new SeriesTable(1, 0);
  readonly activity = new ActivityIndex();
  readonly ikmStock = new Map<string, IkmStock>();

  /** Bumped by every write that changed a figure: equal versions of one store give equal figures. */
  private changes = 0;
  /** Column deltas of the last write, passed on to its projection. */
  private readonly delta: number[] = [0, 0, 0, 0, 0, 0, 0, 0];

  /**
   * Where a row of each table goes, resolved from its key once (the load caches a target by the
   * key's bytes, so a million rows look up a few thousand groups, not a million).
   */
  rfqDayTarget(sector: string, buyer: string): ProjectedSeries {
    return { series: this.rfqByBuyer.group([sector, buyer]).series, projection: this.rfqBySector.group([sector]).series };
  }

  ikmDayTarget(sector: string, kecamatan: string): DaySeries {
    return this.ikmDay.group([sector, kecamatan]).series;
  }

  buyerDayTarget(sector: string, buyer: string, kecamatan: string): ProjectedSeries {
    return { series: this.buyerDeals.group([sector, buyer, kecamatan]).series, projection: this.buyerDealsAnyKecamatan.group([sector, buyer]).series };
  }

  firstQuoteTarget(sector: string, hours: number): DaySeries {
    return this.firstQuote.group([sector, String(hours)]).series;
  }

  activityTarget(sector: string, ikm: string, kecamatan: string): number {
    return this.activity.group(sector, ikm, kecamatan);
  }

  /**
   * Each set either applies whole or throws having changed nothing (a value the store cannot
   * hold), so the sync can skip one bad row and go on. `day` is a day number (see dayNumber);
   * `columns` are a row's figures as the table holds them: counts, then hi and lo of each money
   * measure (putRupiah).
   */
  setSeries(target: DaySeries, day: number, columns: ArrayLike<number>): void {
    if (target.setColumns(day, columns, this.delta)) this.changes++;
  }

  /** Sets a day of a series and adds the change to its coarser projection; on a refusal, neither changes. */
  setProjected(target: ProjectedSeries, day: number, columns: ArrayLike<number>): void {
    if (!target.series.setColumns(day, columns, this.delta)) return;
    try {
      target.projection.add(day, this.delta);
    } catch (error) {
      target.series.add(day, this.delta.map((d) => -d));
      throw error;
    }
    this.changes++;
  }

  setActivity(group: number, day: number, quotes: number): void {
    if (this.activity.set(group, day, quotes)) this.changes++;
  }

  setIkmStock(sector: string, kecamatan: string, ikms: number, verified: number): void {
    const old = this.ikmStock.get(`${sector}|${kecamatan}`);
    if (old?.ikms === ikms && old.verified === verified) return;
    this.ikmStock.set(`${sector}|${kecamatan}`, { ikms, verified });
    this.changes++;
  }

  get version(): number {
    return this.changes;
  }

  stock(sector: string, kecamatan: string): IkmStock {
    return this.ikmStock.get(`${sector}|${kecamatan}`) ?? { ikms: 0, verified: 0 };
  }

  byteLength(): number {
    return [this.rfqByBuyer, this.rfqBySector, this.ikmDay, this.buyerDeals, this.buyerDealsAnyKecamatan, this.firstQuote]
      .reduce((n, table) => n + table.byteLength(), this.activity.byteLength());
  }
}
