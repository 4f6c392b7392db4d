import { Pool, PoolClient } from 'pg';
import { KECAMATAN } from '@jalin/taxonomy';

/**
 * The Dinas dashboard computed from scratch: plain GROUP BY / COUNT(DISTINCT) over the base tables
 * (rfq, rfq_match, quote, deal, capability_profile) only, never a market_* rollup table or function,
 * following /tmp/dashboard-spec.md ("Definitions") to the letter. It is the independent check of the
 * `dashboard` query in the integration test and the GROUP BY baseline of `npm run bench:dashboard`.
 *
 * All statements read one REPEATABLE READ READ ONLY snapshot. Each figure family is one statement
 * (the benchmark times them on a million deals); `timings` reports how long each took.
 */

export type OracleSector = 'METAL' | 'PLASTIC' | 'AGRO';

export interface OracleFilter {
  from?: string | null;
  to?: string | null;
  sector?: OracleSector | null;
  kecamatanCode?: string | null;
}

export interface OracleOptions {
  /** recentDeals(first:), default 10. */
  recentDeals?: number;
  /** byBuyer(first:), default all. */
  byBuyer?: number;
}

export interface OracleDashboard {
  totals: {
    rfqs: number; openRfqs: number; quotes: number; deals: number; dealValue: string; participatingIkms: number;
    verifiedIkms: number; registeredIkms: number; dealsCancelled: number; cancelledValue: string;
  };
  funnel: { rfqsPosted: number; rfqsMatched: number; rfqsQuoted: number; rfqsAwarded: number; dealsCompleted: number };
  bySector: { sector: OracleSector; rfqs: number; quotes: number; deals: number; dealValue: string }[];
  byKecamatan: {
    kecamatanCode: string; name: string; ikms: number; verifiedIkms: number; participatingIkms: number;
    quotes: number; deals: number; dealValue: string;
  }[];
  byBuyer: { buyerId: string; rfqs: number; rfqsAwarded: number; deals: number; dealValue: string }[];
  monthly: { month: string; rfqs: number; quotes: number; deals: number; dealValue: string; dealsCompleted: number }[];
  insights: { medianHoursToFirstQuote: number | null; matchedShare: number | null; activeBuyers: number; repeatBuyers: number };
  recentDealIds: string[];
}

export interface OracleResult {
  dashboard: OracleDashboard;
  /** Milliseconds per statement, in the order run. */
  timings: Record<string, number>;
}

export const SECTOR_ORDER: readonly OracleSector[] = ['METAL', 'PLASTIC', 'AGRO'];

/** WIB calendar day of a timestamp column. */
const wib = (column: string) => `((${column}) AT TIME ZONE 'Asia/Jakarta')::date`;
/** "YYYY-MM" of the WIB day of a timestamp column. */
const wibMonth = (column: string) => `to_char(${wib(column)}, 'YYYY-MM')`;
/** $1 = from, $2 = to (dates or null: unbounded). */
const inPeriod = (column: string) => `($1::date IS NULL OR ${wib(column)} >= $1::date) AND ($2::date IS NULL OR ${wib(column)} <= $2::date)`;
/** $3 = sector or null. */
const sectorIs = (column: string) => `($3::text IS NULL OR ${column}::text = $3::text)`;
/** $4 = kecamatan code or null. */
const kecamatanIs = (column: string) => `($4::text IS NULL OR ${column} = $4::text)`;

/** The RFQ cohort R: created (WIB) in the period, of the sector. The kecamatan never narrows it. */
const COHORT = `SELECT r.id, r.sector::text AS sector, r.status::text AS status, r.buyer_organization_id AS buyer, r.created_at
                  FROM rfq r WHERE ${inPeriod('r.created_at')} AND ${sectorIs('r.sector')}`;

/**
 * Per RFQ of R: whether it has a match, its first quote (any revision or status), whether it has a
 * deal (any status, any day: RFQ figures follow the RFQ, not its deals' days or kecamatan).
 */
const COHORT_FACTS = `
  WITH r AS (${COHORT}),
  f AS MATERIALIZED (
    SELECT r.id, r.sector, r.status, r.buyer, r.created_at,
           EXISTS (SELECT 1 FROM rfq_match m WHERE m.rfq_id = r.id) AS matched,
           (SELECT min(q.created_at) FROM quote q WHERE q.rfq_id = r.id) AS first_at,
           EXISTS (SELECT 1 FROM deal d WHERE d.rfq_id = r.id) AS awarded
      FROM r)`;

export const ORACLE_STATEMENTS = {
  /**
   * The RFQ cohort: totals.rfqs/openRfqs, the funnel's RFQ stages, bySector.rfqs (the () grouping
   * set is the total), and the insights: median whole hours to the first quote, active buyers,
   * repeat buyers (at least two RFQs of R with a deal).
   */
  rfqCohort: `${COHORT_FACTS}
    SELECT sector, grouping(sector) = 1 AS total, count(*)::int AS rfqs, count(*) FILTER (WHERE status = 'OPEN')::int AS open,
           count(*) FILTER (WHERE matched)::int AS matched, count(first_at)::int AS quoted, count(*) FILTER (WHERE awarded)::int AS awarded,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY floor(extract(epoch FROM f.first_at - f.created_at) / 3600))
              FROM f WHERE f.first_at IS NOT NULL) AS median_hours,
           (SELECT count(DISTINCT f.buyer)::int FROM f) AS active_buyers,
           (SELECT count(*)::int FROM (SELECT f.buyer FROM f WHERE f.awarded GROUP BY f.buyer HAVING count(*) >= 2) b) AS repeat_buyers
      FROM f GROUP BY GROUPING SETS ((sector), ())`,
  /** monthly.rfqs by the WIB month of creation. */
  rfqMonthly: `WITH r AS (${COHORT}) SELECT ${wibMonth('r.created_at')} AS month, count(*)::int AS rfqs FROM r GROUP BY 1`,
  /** Quotes Q (first revisions) in total, by sector, by the quote's kecamatan and by month. */
  quotes: `
    SELECT r.sector::text AS sector, q.ikm_kecamatan_code AS kecamatan, ${wibMonth('q.created_at')} AS month,
           grouping(r.sector::text, q.ikm_kecamatan_code, ${wibMonth('q.created_at')}) AS g, count(*)::int AS quotes
      FROM quote q JOIN rfq r ON r.id = q.rfq_id
     WHERE q.revision = 1 AND ${inPeriod('q.created_at')} AND ${sectorIs('r.sector')} AND ${kecamatanIs('q.ikm_kecamatan_code')}
     GROUP BY GROUPING SETS ((r.sector::text), (q.ikm_kecamatan_code), (${wibMonth('q.created_at')}), ())`,
  /** participatingIkms: distinct quoting IKMs (any revision) in total and by the quote's kecamatan. */
  quotingIkms: `
    WITH a AS (SELECT q.ikm_kecamatan_code AS kecamatan, q.ikm_organization_id AS ikm
                 FROM quote q JOIN rfq r ON r.id = q.rfq_id
                WHERE ${inPeriod('q.created_at')} AND ${sectorIs('r.sector')} AND ${kecamatanIs('q.ikm_kecamatan_code')}
                GROUP BY 1, 2)
    SELECT kecamatan, grouping(kecamatan) = 1 AS total, count(DISTINCT ikm)::int AS ikms FROM a GROUP BY GROUPING SETS ((kecamatan), ())`,
  /** Deals by award day: not cancelled (D) and cancelled apart, in total, by sector, kecamatan and month. */
  deals: `
    SELECT r.sector::text AS sector, d.ikm_kecamatan_code AS kecamatan, ${wibMonth('d.created_at')} AS month,
           grouping(r.sector::text, d.ikm_kecamatan_code, ${wibMonth('d.created_at')}) AS g,
           count(*) FILTER (WHERE d.status <> 'CANCELLED')::int AS deals,
           coalesce(sum(d.value) FILTER (WHERE d.status <> 'CANCELLED'), 0)::text AS value,
           count(*) FILTER (WHERE d.status = 'CANCELLED')::int AS cancelled,
           coalesce(sum(d.value) FILTER (WHERE d.status = 'CANCELLED'), 0)::text AS cancelled_value
      FROM deal d JOIN rfq r ON r.id = d.rfq_id
     WHERE ${inPeriod('d.created_at')} AND ${sectorIs('r.sector')} AND ${kecamatanIs('d.ikm_kecamatan_code')}
     GROUP BY GROUPING SETS ((r.sector::text), (d.ikm_kecamatan_code), (${wibMonth('d.created_at')}), ())`,
  /** Completed deals by the WIB day of completion: funnel.dealsCompleted and monthly.dealsCompleted. */
  completed: `
    SELECT ${wibMonth('d.completed_at')} AS month, count(*)::int AS completed
      FROM deal d JOIN rfq r ON r.id = d.rfq_id
     WHERE d.status = 'COMPLETED' AND d.completed_at IS NOT NULL
       AND ${inPeriod('d.completed_at')} AND ${sectorIs('r.sector')} AND ${kecamatanIs('d.ikm_kecamatan_code')}
     GROUP BY 1`,
  /** byBuyer: R's RFQs (awarded: with a deal of any status) beside D's deals, in the list order. */
  byBuyer: `
    WITH r AS (${COHORT}),
    rb AS (SELECT r.buyer, count(*)::int AS rfqs, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM deal x WHERE x.rfq_id = r.id))::int AS awarded
             FROM r GROUP BY r.buyer),
    db AS (SELECT d.buyer_organization_id AS buyer, count(*)::int AS deals, sum(d.value) AS value
             FROM deal d JOIN rfq rr ON rr.id = d.rfq_id
            WHERE d.status <> 'CANCELLED' AND ${inPeriod('d.created_at')} AND ${sectorIs('rr.sector')} AND ${kecamatanIs('d.ikm_kecamatan_code')}
            GROUP BY d.buyer_organization_id)
    SELECT coalesce(rb.buyer, db.buyer)::text AS buyer, coalesce(rb.rfqs, 0) AS rfqs, coalesce(rb.awarded, 0) AS awarded,
           coalesce(db.deals, 0) AS deals, coalesce(db.value, 0)::text AS value
      FROM rb FULL JOIN db ON db.buyer = rb.buyer
     WHERE coalesce(rb.rfqs, 0) > 0 OR coalesce(db.deals, 0) > 0
     ORDER BY coalesce(db.value, 0) DESC, coalesce(db.deals, 0) DESC, coalesce(rb.rfqs, 0) DESC, coalesce(rb.buyer, db.buyer) ASC
     LIMIT $5`,
  /** IKM stock, not narrowed by dates: registered and verified in total and by kecamatan. */
  ikmStock: `
    SELECT kecamatan_code AS kecamatan, grouping(kecamatan_code) = 1 AS total, count(*)::int AS ikms, count(*) FILTER (WHERE verified)::int AS verified
      FROM capability_profile
     WHERE ($3::text IS NULL OR $3::text = ANY(sectors)) AND ${kecamatanIs('kecamatan_code')}
     GROUP BY GROUPING SETS ((kecamatan_code), ())`,
  /** recentDeals: any status, newest award first, id desc on ties. */
  recentDeals: `
    SELECT d.id::text AS id FROM deal d JOIN rfq r ON r.id = d.rfq_id
     WHERE ${inPeriod('d.created_at')} AND ${sectorIs('r.sector')} AND ${kecamatanIs('d.ikm_kecamatan_code')}
     ORDER BY d.created_at DESC, d.id DESC LIMIT $5`,
} as const;

/** Which statements take the 5th parameter (a LIMIT). */
const LIMITED = new Set<keyof typeof ORACLE_STATEMENTS>(['byBuyer', 'recentDeals']);

export async function computeDashboardOracle(sql: Pool | PoolClient, filter: OracleFilter = {}, options: OracleOptions = {}): Promise<OracleDashboard> {
  return (await computeDashboardOracleTimed(sql, filter, options)).dashboard;
}

export async function computeDashboardOracleTimed(sql: Pool | PoolClient, filter: OracleFilter = {}, options: OracleOptions = {}): Promise<OracleResult> {
  const isPool = sql instanceof Pool;
  const client: PoolClient = isPool ? await (sql as Pool).connect() : (sql as PoolClient);
  const from = filter.from ?? null;
  const to = filter.to ?? null;
  const sector = filter.sector ?? null;
  const kecamatanCode = filter.kecamatanCode ?? null;
  const params = [from, to, sector, kecamatanCode];
  const limits: Record<string, number | null> = { byBuyer: options.byBuyer ?? null, recentDeals: options.recentDeals ?? 10 };
  const timings: Record<string, number> = {};
  const rows: Record<string, any[]> = {};
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      // Reporting queries: room to hash and sort in memory rather than spill (the server default is 4 MB).
      await client.query(`SET LOCAL work_mem = '64MB'`);
      for (const [name, text] of Object.entries(ORACLE_STATEMENTS) as [keyof typeof ORACLE_STATEMENTS, string][]) {
        const started = performance.now();
        const bound = bind(text, LIMITED.has(name) ? [...params, limits[name]] : params);
        rows[name] = (await client.query(bound.text, bound.values)).rows;
        timings[name] = performance.now() - started;
      }
    } finally {
      await client.query('COMMIT');
    }
  } finally {
    if (isPool) client.release();
  }
  return { dashboard: assemble(rows, { from, to, sector, kecamatanCode }), timings };
}

function assemble(rows: Record<string, any[]>, filter: { from: string | null; to: string | null; sector: OracleSector | null; kecamatanCode: string | null }): OracleDashboard {
  const sectors = filter.sector ? [filter.sector] : SECTOR_ORDER;
  const kecamatan = filter.kecamatanCode ? KECAMATAN.filter((k) => k.code === filter.kecamatanCode) : KECAMATAN;

  const funnelTotal = rows.rfqCohort.find((r) => r.total) ?? { rfqs: 0, open: 0, matched: 0, quoted: 0, awarded: 0 };
  const funnelBySector = new Map(rows.rfqCohort.filter((r) => !r.total).map((r) => [r.sector as string, r]));
  const insights = rows.rfqCohort[0] ?? { median_hours: null, active_buyers: 0, repeat_buyers: 0 };

  // grouping(sector, kecamatan, month) bits: 4 = sector aggregated, 2 = kecamatan, 1 = month.
  const BY_SECTOR = 0b011, BY_KECAMATAN = 0b101, BY_MONTH = 0b110, TOTAL = 0b111;
  const pick = (list: any[], g: number) => list.filter((r) => Number(r.g) === g);
  const quoteTotal = pick(rows.quotes, TOTAL)[0] ?? { quotes: 0 };
  const ikmsTotal = rows.quotingIkms.find((r) => r.total) ?? { ikms: 0 };
  const ikmsByKecamatan = new Map(rows.quotingIkms.filter((r) => !r.total).map((r) => [r.kecamatan as string, r.ikms as number]));
  const quoteBySector = new Map(pick(rows.quotes, BY_SECTOR).map((r) => [r.sector as string, r]));
  const quoteByKecamatan = new Map(pick(rows.quotes, BY_KECAMATAN).map((r) => [r.kecamatan as string, r]));
  const quoteByMonth = new Map(pick(rows.quotes, BY_MONTH).map((r) => [r.month as string, r]));
  const dealTotal = pick(rows.deals, TOTAL)[0] ?? { deals: 0, value: '0', cancelled: 0, cancelled_value: '0' };
  const dealBySector = new Map(pick(rows.deals, BY_SECTOR).map((r) => [r.sector as string, r]));
  const dealByKecamatan = new Map(pick(rows.deals, BY_KECAMATAN).map((r) => [r.kecamatan as string, r]));
  const dealByMonth = new Map(pick(rows.deals, BY_MONTH).map((r) => [r.month as string, r]));
  const rfqByMonth = new Map(rows.rfqMonthly.map((r) => [r.month as string, r.rfqs as number]));
  const completedByMonth = new Map(rows.completed.map((r) => [r.month as string, r.completed as number]));
  const stockTotal = rows.ikmStock.find((r) => r.total) ?? { ikms: 0, verified: 0 };
  const stockByKecamatan = new Map(rows.ikmStock.filter((r) => !r.total).map((r) => [r.kecamatan as string, r]));

  // Months of facts counted in monthly: R, Q (first revisions), D (not cancelled), completed deals.
  const factMonths = [
    ...rfqByMonth.keys(),
    ...quoteByMonth.keys(),
    ...[...dealByMonth].filter(([, r]) => r.deals > 0).map(([m]) => m),
    ...completedByMonth.keys(),
  ].sort();
  const first = filter.from ? filter.from.slice(0, 7) : factMonths[0] ?? (filter.to ? filter.to.slice(0, 7) : undefined);
  const last = filter.to ? filter.to.slice(0, 7) : factMonths[factMonths.length - 1] ?? (filter.from ? filter.from.slice(0, 7) : undefined);
  const months = first && last ? monthRange(first, last) : [];

  const matched = funnelTotal.matched as number;
  const rfqs = funnelTotal.rfqs as number;
  return {
    totals: {
      rfqs,
      openRfqs: funnelTotal.open,
      quotes: quoteTotal.quotes,
      deals: dealTotal.deals,
      dealValue: dealTotal.value,
      participatingIkms: ikmsTotal.ikms,
      verifiedIkms: stockTotal.verified,
      registeredIkms: stockTotal.ikms,
      dealsCancelled: dealTotal.cancelled,
      cancelledValue: dealTotal.cancelled_value,
    },
    funnel: {
      rfqsPosted: rfqs,
      rfqsMatched: matched,
      rfqsQuoted: funnelTotal.quoted,
      rfqsAwarded: funnelTotal.awarded,
      dealsCompleted: [...completedByMonth.values()].reduce((a, b) => a + b, 0),
    },
    bySector: sectors.map((sector) => ({
      sector,
      rfqs: funnelBySector.get(sector)?.rfqs ?? 0,
      quotes: quoteBySector.get(sector)?.quotes ?? 0,
      deals: dealBySector.get(sector)?.deals ?? 0,
      dealValue: dealBySector.get(sector)?.value ?? '0',
    })),
    byKecamatan: kecamatan.map((k) => ({
      kecamatanCode: k.code,
      name: k.label,
      ikms: stockByKecamatan.get(k.code)?.ikms ?? 0,
      verifiedIkms: stockByKecamatan.get(k.code)?.verified ?? 0,
      participatingIkms: ikmsByKecamatan.get(k.code) ?? 0,
      quotes: quoteByKecamatan.get(k.code)?.quotes ?? 0,
      deals: dealByKecamatan.get(k.code)?.deals ?? 0,
      dealValue: dealByKecamatan.get(k.code)?.value ?? '0',
    })),
    byBuyer: rows.byBuyer.map((r) => ({ buyerId: r.buyer, rfqs: r.rfqs, rfqsAwarded: r.awarded, deals: r.deals, dealValue: r.value })),
    monthly: months.map((month) => ({
      month,
      rfqs: rfqByMonth.get(month) ?? 0,
      quotes: quoteByMonth.get(month)?.quotes ?? 0,
      deals: dealByMonth.get(month)?.deals ?? 0,
      dealValue: dealByMonth.get(month)?.value ?? '0',
      dealsCompleted: completedByMonth.get(month) ?? 0,
    })),
    insights: {
      medianHoursToFirstQuote: insights.median_hours === null ? null : Number(insights.median_hours),
      matchedShare: rfqs === 0 ? null : matched / rfqs,
      activeBuyers: insights.active_buyers,
      repeatBuyers: insights.repeat_buyers,
    },
    recentDealIds: rows.recentDeals.map((r) => r.id),
  };
}

/** Renumbers the $n a statement uses to 1..k and passes only those values (Postgres must type every parameter). */
function bind(text: string, values: unknown[]): { text: string; values: unknown[] } {
  const used = [...new Set([...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const position = new Map(used.map((n, i) => [n, i + 1]));
  return { text: text.replace(/\$(\d+)/g, (_, n) => `$${position.get(Number(n))}`), values: used.map((n) => values[n - 1]) };
}

/** "YYYY-MM" from first to last inclusive. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m === 13) { m = 1; y += 1; }
  }
  return out;
}

/** The page's query: every field of the contract, byBuyer and recentDeals as ids. */
export const DASHBOARD_QUERY = `query Dashboard($filter: DashboardFilter, $first: Int, $buyers: Int) {
  dashboard(filter: $filter) {
    asOf
    totals { rfqs openRfqs quotes deals dealValue participatingIkms verifiedIkms registeredIkms dealsCancelled cancelledValue }
    funnel { rfqsPosted rfqsMatched rfqsQuoted rfqsAwarded dealsCompleted }
    bySector { sector rfqs quotes deals dealValue }
    byKecamatan { kecamatanCode name ikms verifiedIkms participatingIkms quotes deals dealValue }
    byBuyer(first: $buyers) { buyer { id name } rfqs rfqsAwarded deals dealValue }
    monthly { month rfqs quotes deals dealValue dealsCompleted }
    recentDeals(first: $first) { id status value quantity createdAt rfq { id title sector } buyer { id name } ikm { id name } }
    insights { medianHoursToFirstQuote matchedShare activeBuyers repeatBuyers }
  }
}`;

/** A `dashboard` answer in the oracle's shape: byBuyer by buyer id, recentDeals as ids, without asOf. */
export function dashboardAsOracle(dashboard: Record<string, any>): OracleDashboard {
  return {
    totals: dashboard.totals,
    funnel: dashboard.funnel,
    bySector: dashboard.bySector,
    byKecamatan: dashboard.byKecamatan,
    byBuyer: dashboard.byBuyer.map((b: any) => ({ buyerId: b.buyer.id, rfqs: b.rfqs, rfqsAwarded: b.rfqsAwarded, deals: b.deals, dealValue: b.dealValue })),
    monthly: dashboard.monthly,
    insights: dashboard.insights,
    recentDealIds: dashboard.recentDeals.map((d: any) => d.id),
  };
}
