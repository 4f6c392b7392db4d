import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MatchStatus, QuoteStatus, RfqStatus } from '@jalin/sourcing/statuses';
import { Recipient } from './notification-draft';

export interface RfqFacts {
  id: string;
  title: string;
  quantity: number;
  unit: string;
  quoteDeadline: string;
  buyerOrganizationId: string;
  status: RfqStatus;
  sealed: boolean;
}

/**
 * Reads the facts recipients and texts need from the other modules' tables. Plain SQL over their
 * tables keeps this module free of their services (it only ever reads).
 */
@Injectable()
export class RecipientQueries {
  constructor(private readonly dataSource: DataSource) {}

  async rfq(rfqId: string): Promise<RfqFacts | null> {
    const rows = await this.dataSource.query(
      `SELECT id, title, quantity, unit, quote_deadline AS "quoteDeadline", buyer_organization_id AS "buyerOrganizationId", status, sealed FROM rfq WHERE id = $1`,
      [rfqId],
    );
    if (!rows[0]) return null;
    return { ...rows[0], quoteDeadline: new Date(rows[0].quoteDeadline).toISOString() };
  }

  async quote(quoteId: string): Promise<{ unitPrice: string; quantity: number; leadTimeDays: number; ikmName: string } | null> {
    const rows = await this.dataSource.query(
      `SELECT q.unit_price::text AS "unitPrice", q.quantity, q.lead_time_days AS "leadTimeDays", o.name AS "ikmName"
         FROM quote q JOIN organization o ON o.id = q.ikm_organization_id WHERE q.id = $1`,
      [quoteId],
    );
    return rows[0] ?? null;
  }

  /** IKMs matched to an RFQ that have not declined it. */
  async matchedIkms(rfqId: string): Promise<string[]> {
    const rows = await this.dataSource.query(
      `SELECT ikm_organization_id AS id FROM rfq_match WHERE rfq_id = $1 AND NOT (status = ANY($2::match_status[]))`,
      [rfqId, [MatchStatus.DECLINED, MatchStatus.EXPIRED]],
    );
    return rows.map((r: { id: string }) => r.id);
  }

  /** Whether the IKM still owes the RFQ an answer: matched, not declined, no current quote. */
  async awaitsQuote(rfqId: string, ikmOrganizationId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM rfq_match m WHERE m.rfq_id = $1 AND m.ikm_organization_id = $2 AND m.status = ANY($3::match_status[])
         AND NOT EXISTS (SELECT 1 FROM quote q WHERE q.rfq_id = m.rfq_id AND q.ikm_organization_id = m.ikm_organization_id AND q.current AND q.status = $4::quote_status)`,
      [rfqId, ikmOrganizationId, [MatchStatus.NEW, MatchStatus.VIEWED, MatchStatus.QUOTED], QuoteStatus.SUBMITTED],
    );
    return rows.length > 0;
  }

  async organizationOfUser(userId: string): Promise<string | null> {
    const rows = await this.dataSource.query(`SELECT organization_id AS id FROM app_user WHERE id = $1`, [userId]);
    return rows[0]?.id ?? null;
  }

  /** Every user of these organizations. */
  async usersOf(organizationIds: string[]): Promise<Recipient[]> {
    if (organizationIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT id AS "userId", organization_id AS "organizationId", email, locale FROM app_user WHERE organization_id = ANY($1::uuid[]) ORDER BY id`,
      [[...new Set(organizationIds)]],
    );
  }
}
