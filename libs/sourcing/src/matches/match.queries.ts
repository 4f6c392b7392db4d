import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { arrayRows } from '@jalin/database';
import { Connection, decodeCursor, pageSize, toConnection } from '@jalin/graphql-core';
import { StoredComponent } from './entities/match.entity';
import { MatchType } from './graphql/match.type';
import { MatchStatus } from './match-status.enum';

/** A withdrawn match: nobody reads it, and it takes no place in the ranking. */
const LIVE = `m.status <> 'EXPIRED'`;

/**
 * A match's columns but its breakdown: pages show the breakdown's sentences, which each replica
 * keeps once written (explained-breakdown.ts), so the stored breakdown (1.5 KB of JSON a match,
 * half of an inbox page's reading in PostgreSQL and in the API) is read only for the matches whose
 * sentences are not kept yet (storedBreakdowns). Rows come as arrays: these columns, then the rank.
 */
const COLUMNS = ['id', 'rfq_id', 'ikm_organization_id', 'profile_id', 'score', 'status', 'engine_version', 'deliverable_quantity', 'created_at', 'viewed_at'] as const;
const MATCH_COLUMNS = COLUMNS.map((column) => `m.${column}`).join(', ');
/** Where each column stands in a row (the order is spelled once, in COLUMNS). */
const AT = Object.fromEntries(COLUMNS.map((column, i) => [column, i])) as Record<(typeof COLUMNS)[number], number>;
const RANK_AT = COLUMNS.length;

const toMatch = (v: unknown[]): MatchType => ({
  id: v[AT.id] as string, rfqId: v[AT.rfq_id] as string, ikmOrganizationId: v[AT.ikm_organization_id] as string,
  profileId: v[AT.profile_id] as string, score: v[AT.score] as number, status: v[AT.status] as MatchStatus,
  engineVersion: v[AT.engine_version] as string, deliverableQuantity: v[AT.deliverable_quantity] as number,
  createdAt: v[AT.created_at] as Date, viewedAt: v[AT.viewed_at] as Date | null, rank: Number(v[RANK_AT]),
});

/** Ranks are read, not stored: a match added by re-matching takes its place among the others. */
const RANKED = `SELECT ${MATCH_COLUMNS}, row_number() OVER (PARTITION BY m.rfq_id ORDER BY m.score DESC, m.profile_id) AS rank FROM rfq_match m WHERE ${LIVE}`;

/** Read side of matches. */
@Injectable()
export class MatchQueries {
  constructor(private readonly dataSource: DataSource) {}

  private get manager() {
    return this.dataSource.manager;
  }

  /** All matches of several RFQs, best first; one statement for any number of RFQs (loader batch). */
  async ofRfqs(rfqIds: readonly string[]): Promise<Map<string, MatchType[]>> {
    const rows = await arrayRows(this.manager, `${RANKED} AND m.rfq_id = ANY($1::uuid[]) ORDER BY m.rfq_id, rank`, [rfqIds]);
    const byRfq = new Map<string, MatchType[]>(rfqIds.map((id) => [id, []]));
    for (const row of rows) {
      const match = toMatch(row);
      byRfq.get(match.rfqId)!.push(match);
    }
    return byRfq;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, MatchType>> {
    const rows = await arrayRows(
      this.manager,
      `SELECT r.* FROM (${RANKED} AND m.rfq_id IN (SELECT rfq_id FROM rfq_match WHERE id = ANY($1::uuid[]))) r WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => {
      const match = toMatch(row);
      return [match.id, match];
    }));
  }

  /** The breakdowns as scored and stored, by match id; one statement for any number of matches. */
  async storedBreakdowns(ids: readonly string[]): Promise<Map<string, StoredComponent[]>> {
    const rows = await arrayRows(this.manager, 'SELECT id, breakdown FROM rfq_match WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map(([id, breakdown]) => [id as string, breakdown as StoredComponent[]]));
  }

  async isMatched(rfqId: string, ikmOrganizationId: string): Promise<boolean> {
    const rows = await arrayRows(this.manager, `SELECT 1 FROM rfq_match m WHERE m.rfq_id = $1 AND m.ikm_organization_id = $2 AND ${LIVE}`, [rfqId, ikmOrganizationId]);
    return rows.length > 0;
  }

  /** An IKM's matches, newest first, keyset-paged over (created_at, id). */
  async ofIkm(ikmOrganizationId: string, status: MatchStatus | null, first?: number | null, after?: string | null): Promise<Connection<MatchType>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const params: unknown[] = [ikmOrganizationId, status];
    const keyset = cursor ? `AND (m.created_at, m.id) < ($3::timestamptz, $4::uuid)` : '';
    if (cursor) params.push(cursor[0], cursor[1]);
    const [rows, [[count]]] = await Promise.all([
      arrayRows(
        this.manager,
        `SELECT ${MATCH_COLUMNS}, (SELECT count(*) + 1 FROM rfq_match o
                       WHERE o.rfq_id = m.rfq_id AND o.status <> 'EXPIRED' AND (o.score > m.score OR (o.score = m.score AND o.profile_id < m.profile_id))) AS rank
           FROM rfq_match m
          WHERE m.ikm_organization_id = $1 AND ${LIVE} AND ($2::match_status IS NULL OR m.status = $2) ${keyset}
          ORDER BY m.created_at DESC, m.id DESC LIMIT ${size + 1}`,
        params,
      ),
      arrayRows(
        this.manager,
        `SELECT count(*)::int FROM rfq_match m WHERE m.ikm_organization_id = $1 AND ${LIVE} AND ($2::match_status IS NULL OR m.status = $2)`,
        [ikmOrganizationId, status],
      ),
    ]);
    return toConnection(rows.map(toMatch), size, count as number, (m) => [m.createdAt.toISOString(), m.id]);
  }
}
