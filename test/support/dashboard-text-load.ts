import { Client } from 'pg';
import { dayNumber, MarketStore, putRupiah } from '@jalin/dashboard';

/**
 * The dashboard store's loading path before binary COPY (kept here as the reference the binary
 * load is checked against, and as bench:dashboard's baseline): keyset pages of text rows in key
 * order, BigInt-parsed money, one store write per row. A row the store refuses is recorded by
 * key ("table:day|sector|…") and skipped, as the replica does.
 */
const PAGE = 50_000;

type Row = string[];
const n = (value: string) => Number(value);
/** A row's figures in the store's columns: the counts, then hi and lo of each money sum (text, parsed exactly). */
const columns = (counts: string[], money: string[]) => {
  const out = counts.map(n);
  for (const value of money) {
    out.push(0, 0);
    putRupiah(BigInt(value), out, out.length - 2);
  }
  return out;
};

interface TextSource {
  table: string;
  keys: string[];
  columns: string;
  apply(store: MarketStore, row: Row): void;
}

const SOURCES: TextSource[] = [
  {
    table: 'market_rfq_day', keys: ['day', 'sector', 'buyer_organization_id'],
    columns: 'day::text, sector, buyer_organization_id::text, rfqs_posted, rfqs_matched, rfqs_quoted, rfqs_awarded, rfqs_open',
    apply: (s, r) => s.setProjected(s.rfqDayTarget(r[1], r[2]), dayNumber(r[0]), columns(r.slice(3, 8), [])),
  },
  {
    table: 'market_ikm_day', keys: ['day', 'sector', 'kecamatan_code'],
    columns: 'day::text, sector, kecamatan_code, quotes, deals, deals_completed, deals_cancelled, deal_value::text, cancelled_value::text',
    apply: (s, r) => s.setSeries(s.ikmDayTarget(r[1], r[2]), dayNumber(r[0]), columns(r.slice(3, 7), [r[7], r[8]])),
  },
  {
    table: 'market_buyer_day', keys: ['day', 'sector', 'buyer_organization_id', 'kecamatan_code'],
    columns: 'day::text, sector, buyer_organization_id::text, kecamatan_code, deals, deals_cancelled, deal_value::text, cancelled_value::text',
    apply: (s, r) => s.setProjected(s.buyerDayTarget(r[1], r[2], r[3]), dayNumber(r[0]), columns(r.slice(4, 6), [r[6], r[7]])),
  },
  {
    table: 'market_first_quote', keys: ['day', 'sector', 'hours'],
    columns: 'day::text, sector, hours::text, rfqs',
    apply: (s, r) => s.setSeries(s.firstQuoteTarget(r[1], n(r[2])), dayNumber(r[0]), [n(r[3])]),
  },
  {
    table: 'market_ikm_activity', keys: ['day', 'sector', 'ikm_organization_id', 'kecamatan_code'],
    columns: 'day::text, sector, ikm_organization_id::text, kecamatan_code, quotes',
    apply: (s, r) => s.setActivity(s.activityTarget(r[1], r[2], r[3]), dayNumber(r[0]), n(r[4])),
  },
  {
    table: 'market_ikm_total', keys: ['sector', 'kecamatan_code'],
    columns: 'sector, kecamatan_code, ikms, verified',
    apply: (s, r) => s.setIkmStock(r[0], r[1], n(r[2]), n(r[3])),
  },
];

export async function loadStoreByText(databaseUrl: string): Promise<{ store: MarketStore; skipped: Set<string> }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const store = new MarketStore();
  const skipped = new Set<string>();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    for (const source of SOURCES) {
      const keyList = source.keys.join(', ');
      let after: unknown[] | null = null;
      for (;;) {
        const where: string = after ? `WHERE (${keyList}) > (${source.keys.map((_, i) => `$${i + 1}`).join(', ')})` : '';
        const { rows }: { rows: Row[] } = await client.query({
          text: `SELECT ${source.columns} FROM ${source.table} ${where} ORDER BY ${keyList} LIMIT ${PAGE}`,
          values: after ?? [],
          rowMode: 'array',
        });
        for (const row of rows) {
          try {
            source.apply(store, row);
          } catch {
            skipped.add(`${source.table}:${row.slice(0, source.keys.length).join('|')}`);
          }
        }
        if (rows.length < PAGE) break;
        after = rows[rows.length - 1].slice(0, source.keys.length);
      }
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  return { store, skipped };
}
