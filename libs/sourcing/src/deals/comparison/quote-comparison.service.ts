import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@jalin/authz';
import { SourcingAccess } from '../../access/sourcing-access.service';
import { todayInWib } from '@jalin/profiles';
import { QuoteEntity, QuoteStatus } from '../../quotes';
import { quotesSealed } from '../../rfqs';
import { haversineKm } from '@jalin/taxonomy';
import { DealsErrorCode, DealsException } from '../deals.exception';
import { PENDING_TRACK_RECORD } from '../track-record/pending-track-record';
import { ComparisonRow, compareQuotes, QuoteContext, QuoteSort } from './compare-quotes';

interface ContextRow {
  org: string;
  score: number;
  rank: number;
  verified: boolean | null;
  lat: number | null;
  lng: number | null;
  completed_deals: number;
  on_time_deliveries: number;
  matches_received: number;
  quotes_submitted: number;
}

export interface ComparisonResult {
  rows: (ComparisonRow & { quote: QuoteEntity })[];
}

/**
 * The buyer's side-by-side view of the current quotes of one RFQ: two statements whatever the
 * number of quotes (the quotes, then matches, profiles and track records of their IKMs together).
 */
@Injectable()
export class QuoteComparisonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SourcingAccess,
  ) {}

  async compare(rfqId: string, user: AuthUser, sortBy: QuoteSort, now = new Date()): Promise<ComparisonResult> {
    const rfq = await this.access.requireRfq(user, rfqId);
    if (quotesSealed(rfq, now)) {
      throw new DealsException(DealsErrorCode.QUOTES_SEALED, `Quotes of this sealed RFQ are hidden until ${rfq.quoteDeadline.toISOString()}`);
    }
    const quotes = await this.dataSource.manager.find(QuoteEntity, { where: { rfqId: rfq.id, current: true, status: QuoteStatus.SUBMITTED } });
    const contexts: ContextRow[] = quotes.length
      ? await this.dataSource.query(
          `SELECT m.ikm_organization_id AS org, m.score,
                  (SELECT count(*)::int + 1 FROM rfq_match o
                    WHERE o.rfq_id = m.rfq_id AND o.status <> 'EXPIRED' AND (o.score > m.score OR (o.score = m.score AND o.profile_id < m.profile_id))) AS rank,
                  p.verified, p.lat, p.lng,
                  coalesce(t.completed_deals, 0) AS completed_deals, coalesce(t.on_time_deliveries, 0) AS on_time_deliveries,
                  coalesce(t.matches_received, 0) + coalesce(pending.matches_received, 0) AS matches_received,
                  coalesce(t.quotes_submitted, 0) + coalesce(pending.quotes_submitted, 0) AS quotes_submitted
             FROM rfq_match m
             LEFT JOIN capability_profile p ON p.organization_id = m.ikm_organization_id
             LEFT JOIN ikm_track_record t ON t.organization_id = m.ikm_organization_id
             LEFT JOIN LATERAL (${PENDING_TRACK_RECORD('m.ikm_organization_id')}) pending ON true
            WHERE m.rfq_id = $1 AND m.ikm_organization_id = ANY($2::uuid[])`,
          [rfq.id, quotes.map((q) => q.ikmOrganizationId)],
        )
      : [];
    const delivery = { lat: rfq.deliveryLat, lng: rfq.deliveryLng };
    const byOrg = new Map<string, QuoteContext>(contexts.map((c) => [c.org, {
      matchScore: c.score, matchRank: c.rank, verified: c.verified === true,
      distanceKm: c.lat === null || c.lng === null ? null : Math.round(haversineKm({ lat: c.lat, lng: c.lng }, delivery) * 10) / 10,
      completedDeals: c.completed_deals, onTimeDeliveries: c.on_time_deliveries, matchesReceived: c.matches_received, quotesSubmitted: c.quotes_submitted,
    }]));
    const quoteById = new Map(quotes.map((q) => [q.id, q]));
    const rows = compareQuotes(
      quotes.map((q) => ({ quoteId: q.id, ikmOrganizationId: q.ikmOrganizationId, unitPrice: q.unitPrice, quantity: q.quantity, leadTimeDays: q.leadTimeDays, validUntil: q.validUntil })),
      byOrg, rfq, todayInWib(now), sortBy,
    );
    return { rows: rows.map((r) => ({ ...r, quote: quoteById.get(r.quoteId)! })) };
  }
}
