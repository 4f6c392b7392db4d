import { Pool, PoolClient } from 'pg';

const wib = (column: string) => `(${column} AT TIME ZONE 'Asia/Jakarta')::date::text`;

/**
 * Each rollup table beside the same figures computed with plain GROUP BY over the base tables
 * (rfq, rfq_match, quote, deal, capability_profile), without any rollup, helper table or function
 * of the MarketRollups migration. Rows sort by their key; all-zero rollup rows (left behind when a
 * fact moved away from a key) are not figures and are left out.
 */
export const MARKET_FIGURES: Record<string, { rollup: string; independent: string }> = {
  market_rfq_day: {
    rollup: `SELECT day::text AS day, sector, buyer_organization_id AS buyer, rfqs_posted AS posted, rfqs_matched AS matched,
                    rfqs_quoted AS quoted, rfqs_awarded AS awarded, rfqs_open AS open
               FROM market_rfq_day WHERE (rfqs_posted, rfqs_matched, rfqs_quoted, rfqs_awarded, rfqs_open) <> (0, 0, 0, 0, 0)`,
    independent: `
      SELECT ${wib('r.created_at')} AS day, r.sector::text AS sector, r.buyer_organization_id AS buyer, count(*)::int AS posted,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM rfq_match m WHERE m.rfq_id = r.id))::int AS matched,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM quote q WHERE q.rfq_id = r.id))::int AS quoted,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM deal d WHERE d.rfq_id = r.id))::int AS awarded,
             count(*) FILTER (WHERE r.status = 'OPEN')::int AS open
        FROM rfq r GROUP BY 1, 2, 3`,
  },
  market_ikm_day: {
    rollup: `SELECT day::text AS day, sector, kecamatan_code AS kec, quotes, deals, deal_value::text AS value, deals_completed AS completed,
                    deals_cancelled AS cancelled, cancelled_value::text AS cancelled_value
               FROM market_ikm_day WHERE (quotes, deals, deal_value, deals_completed, deals_cancelled, cancelled_value) <> (0, 0, 0, 0, 0, 0)`,
    independent: `
      SELECT day, sector, kec, sum(quotes)::int AS quotes, sum(deals)::int AS deals, sum(value)::text AS value, sum(completed)::int AS completed,
             sum(cancelled)::int AS cancelled, sum(cancelled_value)::text AS cancelled_value
        FROM (SELECT ${wib('q.created_at')} AS day, r.sector::text AS sector, q.ikm_kecamatan_code AS kec, 1 AS quotes, 0 AS deals, 0::bigint AS value,
                     0 AS completed, 0 AS cancelled, 0::bigint AS cancelled_value
                FROM quote q JOIN rfq r ON r.id = q.rfq_id WHERE q.revision = 1
              UNION ALL
              SELECT ${wib('d.created_at')}, r.sector::text, d.ikm_kecamatan_code, 0, 1, d.value, 0,
                     (d.status = 'CANCELLED')::int, CASE WHEN d.status = 'CANCELLED' THEN d.value ELSE 0 END
                FROM deal d JOIN rfq r ON r.id = d.rfq_id
              UNION ALL
              SELECT ${wib('d.completed_at')}, r.sector::text, d.ikm_kecamatan_code, 0, 0, 0, 1, 0, 0
                FROM deal d JOIN rfq r ON r.id = d.rfq_id WHERE d.status = 'COMPLETED') f
       GROUP BY 1, 2, 3`,
  },
  market_buyer_day: {
    rollup: `SELECT day::text AS day, sector, buyer_organization_id AS buyer, kecamatan_code AS kec, deals, deal_value::text AS value,
                    deals_cancelled AS cancelled, cancelled_value::text AS cancelled_value
               FROM market_buyer_day WHERE (deals, deal_value, deals_cancelled, cancelled_value) <> (0, 0, 0, 0)`,
    independent: `
      SELECT ${wib('d.created_at')} AS day, r.sector::text AS sector, d.buyer_organization_id AS buyer, d.ikm_kecamatan_code AS kec,
             count(*)::int AS deals, sum(d.value)::text AS value, count(*) FILTER (WHERE d.status = 'CANCELLED')::int AS cancelled,
             coalesce(sum(d.value) FILTER (WHERE d.status = 'CANCELLED'), 0)::text AS cancelled_value
        FROM deal d JOIN rfq r ON r.id = d.rfq_id GROUP BY 1, 2, 3, 4`,
  },
  market_first_quote: {
    rollup: `SELECT day::text AS day, sector, hours, rfqs FROM market_first_quote WHERE rfqs <> 0`,
    independent: `
      SELECT ${wib('r.created_at')} AS day, r.sector::text AS sector,
             floor(extract(epoch FROM q.first_at - r.created_at) / 3600)::int AS hours, count(*)::int AS rfqs
        FROM rfq r JOIN (SELECT rfq_id, min(created_at) AS first_at FROM quote GROUP BY rfq_id) q ON q.rfq_id = r.id
       GROUP BY 1, 2, 3`,
  },
  market_ikm_activity: {
    rollup: `SELECT day::text AS day, sector, ikm_organization_id AS ikm, kecamatan_code AS kec, quotes FROM market_ikm_activity WHERE quotes <> 0`,
    independent: `
      SELECT ${wib('q.created_at')} AS day, r.sector::text AS sector, q.ikm_organization_id AS ikm, q.ikm_kecamatan_code AS kec, count(*)::int AS quotes
        FROM quote q JOIN rfq r ON r.id = q.rfq_id GROUP BY 1, 2, 3, 4`,
  },
  market_ikm_total: {
    rollup: `SELECT sector, kecamatan_code AS kec, ikms, verified FROM market_ikm_total WHERE (ikms, verified) <> (0, 0)`,
    independent: `
      SELECT s AS sector, k AS kec, count(DISTINCT p.id)::int AS ikms, count(DISTINCT p.id) FILTER (WHERE p.verified)::int AS verified
        FROM capability_profile p
       CROSS JOIN LATERAL unnest(p.sectors || ARRAY['ALL']) s
       CROSS JOIN LATERAL unnest(ARRAY[coalesce(p.kecamatan_code, ''), 'ALL']) k
       GROUP BY 1, 2`,
  },
};

export type Figures = Record<string, Record<string, unknown>[]>;

const sorted = (rows: Record<string, unknown>[]) =>
  rows.map((row) => JSON.stringify(row)).sort().map((row) => JSON.parse(row) as Record<string, unknown>);

/** Reads in one REPEATABLE READ snapshot, so the worker writing meanwhile cannot skew a side. */
async function inSnapshot<T>(pool: Pool, read: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const result = await read(client);
    await client.query('COMMIT');
    return result;
  } finally {
    client.release();
  }
}

export function readMarketFigures(pool: Pool): Promise<{ rollups: Figures; independent: Figures }> {
  return inSnapshot(pool, async (client) => {
    const rollups: Figures = {};
    const independent: Figures = {};
    for (const [table, sql] of Object.entries(MARKET_FIGURES)) {
      rollups[table] = sorted((await client.query(sql.rollup)).rows);
      independent[table] = sorted((await client.query(sql.independent)).rows);
    }
    return { rollups, independent };
  });
}

/** Quotes and deals whose stored kecamatan is not their IKM's current one ('' when none). */
export async function kecamatanMismatches(pool: Pool): Promise<number> {
  const { rows } = await pool.query(`
    SELECT (SELECT count(*) FROM quote f LEFT JOIN capability_profile p ON p.organization_id = f.ikm_organization_id
             WHERE f.ikm_kecamatan_code <> coalesce(p.kecamatan_code, ''))
         + (SELECT count(*) FROM deal f LEFT JOIN capability_profile p ON p.organization_id = f.ikm_organization_id
             WHERE f.ikm_kecamatan_code <> coalesce(p.kecamatan_code, '')) AS n`);
  return Number(rows[0].n);
}
