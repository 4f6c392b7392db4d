import { type BinaryCopyRow, RawKeyMap } from '@jalin/database';
import { putRupiah } from './day-series';
import { MarketStore } from './market-store';

type KeyType = 'date' | 'text' | 'uuid' | 'int4';

/**
 * One rollup table as the store reads it in binary (COPY or a re-read of changed rows): its key
 * columns first in the row (in load order: by day, so each group's days arrive sorted and a
 * load appends), then its figures. `target` decodes the key after the day into where the row
 * goes (a group's series), `set` decodes the figures straight into `columns` (the load's scratch)
 * and sets them; either throws when the store cannot hold the row.
 */
export interface RollupSource<T = unknown> {
  table: string;
  keys: readonly (readonly [column: string, type: KeyType])[];
  figures: string;
  target(store: MarketStore, row: BinaryCopyRow): T;
  set(store: MarketStore, target: T, row: BinaryCopyRow, columns: Float64Array): void;
}

/** int4 fields from..from + count - 1 into columns 0..count - 1. */
function counts(row: BinaryCopyRow, from: number, count: number, columns: Float64Array): Float64Array {
  for (let i = 0; i < count; i++) columns[i] = row.int4(from + i);
  return columns;
}

/** A numeric rupiah sum into two columns (hi, lo), exactly at any size; a BigInt only past 2^53. */
function money(row: BinaryCopyRow, field: number, columns: Float64Array, at: number): void {
  const value = row.numericSafeInteger(field);
  putRupiah(Number.isNaN(value) ? row.numericBigInt(field) : value, columns, at);
}

/** A deals row's figures: `countN` counts from field `from`, then the two money sums (value, cancelled value). */
function dealFigures(row: BinaryCopyRow, from: number, countN: number, columns: Float64Array): Float64Array {
  counts(row, from, countN, columns);
  money(row, from + countN, columns, countN);
  money(row, from + countN + 1, columns, countN + 2);
  return columns;
}

const source = <T>(definition: RollupSource<T>): RollupSource => definition as RollupSource;

export const ROLLUP_SOURCES: readonly RollupSource[] = [
  source({
    table: 'market_rfq_day', keys: [['day', 'date'], ['sector', 'text'], ['buyer_organization_id', 'uuid']],
    figures: 'rfqs_posted, rfqs_matched, rfqs_quoted, rfqs_awarded, rfqs_open',
    target: (s, r) => s.rfqDayTarget(r.text(1), r.uuid(2)),
    set: (s, t, r, c) => s.setProjected(t, r.date(0), counts(r, 3, 5, c)),
  }),
  source({
    table: 'market_ikm_day', keys: [['day', 'date'], ['sector', 'text'], ['kecamatan_code', 'text']],
    figures: 'quotes, deals, deals_completed, deals_cancelled, deal_value, cancelled_value',
    target: (s, r) => s.ikmDayTarget(r.text(1), r.text(2)),
    set: (s, t, r, c) => s.setSeries(t, r.date(0), dealFigures(r, 3, 4, c)),
  }),
  source({
    table: 'market_buyer_day', keys: [['day', 'date'], ['sector', 'text'], ['buyer_organization_id', 'uuid'], ['kecamatan_code', 'text']],
    figures: 'deals, deals_cancelled, deal_value, cancelled_value',
    target: (s, r) => s.buyerDayTarget(r.text(1), r.uuid(2), r.text(3)),
    set: (s, t, r, c) => s.setProjected(t, r.date(0), dealFigures(r, 4, 2, c)),
  }),
  source({
    table: 'market_first_quote', keys: [['day', 'date'], ['sector', 'text'], ['hours', 'int4']],
    figures: 'rfqs',
    target: (s, r) => s.firstQuoteTarget(r.text(1), r.int4(2)),
    set: (s, t, r, c) => s.setSeries(t, r.date(0), counts(r, 3, 1, c)),
  }),
  source({
    table: 'market_ikm_activity', keys: [['day', 'date'], ['sector', 'text'], ['ikm_organization_id', 'uuid'], ['kecamatan_code', 'text']],
    figures: 'quotes',
    target: (s, r) => s.activityTarget(r.text(1), r.uuid(2), r.text(3)),
    set: (s, t, r) => s.setActivity(t, r.date(0), r.int4(4)),
  }),
  source({
    table: 'market_ikm_total', keys: [['sector', 'text'], ['kecamatan_code', 'text']],
    figures: 'ikms, verified',
    target: (_, r) => [r.text(0), r.text(1)] as const,
    set: (s, [sector, kecamatan], r) => s.setIkmStock(sector, kecamatan, r.int4(2), r.int4(3)),
  }),
];

/**
 * SELECT of a source's rows (key columns, then figures), optionally narrowed, and optionally in
 * load order: by day only where the key starts with one, which the primary key (day first)
 * serves as it is; ordering by every key column made PostgreSQL sort market_buyer_day (its primary
 * key lists the buyer before the sector) and cost a load about a quarter of its time.
 */
export function sourceSelect(source: RollupSource, where = '', ordered = false): string {
  const keys = source.keys.map(([column]) => column).join(', ');
  const order = source.keys[0][1] === 'date' ? source.keys[0][0] : keys;
  return `SELECT ${keys}, ${source.figures} FROM ${source.table}${where ? ` WHERE ${where}` : ''}${ordered ? ` ORDER BY ${order}` : ''}`;
}

/**
 * Applies rows of one source to one store, resolving each distinct key (after the day) to its
 * target once: the key's raw bytes pick it, so a million rows decode a few thousand keys.
 */
export class RollupRowWriter {
  private readonly targets = new RawKeyMap<unknown>();
  private readonly columns = new Float64Array(8);
  /** The target key's fields: the keys after the day (all of them when there is no day). */
  private readonly from: number;
  private readonly to: number;

  private readonly makeTarget = (row: BinaryCopyRow) => this.source.target(this.store, row);

  constructor(private readonly source: RollupSource, private readonly store: MarketStore) {
    this.from = source.keys[0][1] === 'date' ? 1 : 0;
    this.to = source.keys.length - 1;
  }

  apply(row: BinaryCopyRow): void {
    const target = this.targets.resolve(row, this.from, this.to, this.makeTarget);
    this.source.set(this.store, target, row, this.columns);
  }
}

/** How a skipped row is logged and counted: the table and its key as text ("market_ikm_day:2026-06-01|METAL|3328140"). */
export function rowKey(source: RollupSource, row: BinaryCopyRow): string {
  const parts = source.keys.map(([, type], i) => {
    if (row.isNull(i)) return '';
    if (type === 'date') return new Date(row.date(i) * 86_400_000).toISOString().slice(0, 10);
    if (type === 'uuid') return row.uuid(i);
    if (type === 'int4') return String(row.int4(i));
    return row.text(i);
  });
  return `${source.table}:${parts.join('|')}`;
}
