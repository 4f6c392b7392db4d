import { Pool } from 'pg';
import { registerAccount } from './builders';
import { GraphqlClient } from './graphql-client';
import { CREATE_RFQ, ikmWithProfile, rfqInput } from './marketplace-builders';

/** Buyers and matching IKMs registered through the API, as real users would be. */
export interface FaultMarket {
  buyers: GraphqlClient[];
  ikmOrganizationIds: string[];
}

/** Each account from its own client address, so registration limits never get in the way. */
export async function seedFaultMarket(url: string, { buyers, ikms }: { buyers: number; ikms: number }): Promise<FaultMarket> {
  const ikmAccounts = await Promise.all(Array.from({ length: ikms }, () => ikmWithProfile(new GraphqlClient(url))));
  const buyerAccounts = await Promise.all(Array.from({ length: buyers }, () => registerAccount(new GraphqlClient(url), { role: 'BUYER' })));
  return { buyers: buyerAccounts.map((b) => b.client), ikmOrganizationIds: ikmAccounts.map((i) => i.organizationId) };
}

/**
 * Posts `count` RFQs through the API, `concurrency` at a time, buyers in turn. Resolves with the ids
 * of the RFQs the API committed; fails with the first error (every RFQ must commit).
 */
export async function postRfqBurst(market: FaultMarket, count: number, concurrency: number, posted: string[] = []): Promise<string[]> {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      const buyer = market.buyers[i % market.buyers.length];
      const data = await buyer.ok<{ createRfq: { id: string } }>(CREATE_RFQ, { input: rfqInput({ title: `Bracket burst ${i}` }) });
      posted.push(data.createRfq.id);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return posted;
}

export interface MarketOutcome {
  rfqs: number;
  notDone: number;
  /** RFQs without exactly one match per IKM. */
  wrongMatchCount: number;
  duplicateMatches: number;
  matchedEvents: number;
  matchedNotifications: number;
  duplicateNotifications: number;
  unpublishedEvents: number;
  duplicateAuditEntries: number;
}

/** What the fault tests assert on: every RFQ matched once, one notification per event and user. */
export async function marketOutcome(sql: Pool, rfqIds: string[], ikms: number): Promise<MarketOutcome> {
  const { rows: [row] } = await sql.query(
    `WITH r AS (SELECT id FROM rfq WHERE id = ANY($1::uuid[])),
          m AS (SELECT rfq_id, ikm_organization_id, count(*) AS n FROM rfq_match WHERE rfq_id IN (SELECT id FROM r) GROUP BY 1, 2),
          e AS (SELECT id FROM outbox_event WHERE name = 'matching.rfq-matched' AND (payload->>'rfqId')::uuid IN (SELECT id FROM r)),
          n AS (SELECT event_id, user_id, type, count(*) AS n FROM notification WHERE event_id IN (SELECT id FROM e) GROUP BY 1, 2, 3)
     SELECT (SELECT count(*)::int FROM r) AS rfqs,
            (SELECT count(*)::int FROM rfq WHERE id IN (SELECT id FROM r) AND matching_status::text <> 'DONE') AS "notDone",
            (SELECT count(*)::int FROM r WHERE (SELECT count(*) FROM m WHERE m.rfq_id = r.id) <> $2) AS "wrongMatchCount",
            (SELECT count(*)::int FROM m WHERE n > 1) AS "duplicateMatches",
            (SELECT count(*)::int FROM e) AS "matchedEvents",
            (SELECT coalesce(sum(n), 0)::int FROM n WHERE type = 'RFQ_MATCHED') AS "matchedNotifications",
            (SELECT count(*)::int FROM n WHERE n > 1) AS "duplicateNotifications",
            (SELECT count(*)::int FROM outbox_event WHERE published_at IS NULL) AS "unpublishedEvents",
            (SELECT count(*)::int FROM (SELECT event_id FROM audit_entry GROUP BY 1 HAVING count(*) > 1) d) AS "duplicateAuditEntries"`,
    [rfqIds, ikms],
  );
  return row as MarketOutcome;
}

/** The outcome when nothing was lost and nothing doubled: every RFQ DONE with one match per IKM, one notification each. */
export const cleanOutcome = (rfqs: number, ikms: number): MarketOutcome => ({
  rfqs,
  notDone: 0,
  wrongMatchCount: 0,
  duplicateMatches: 0,
  matchedEvents: rfqs * ikms,
  matchedNotifications: rfqs * ikms,
  duplicateNotifications: 0,
  unpublishedEvents: 0,
  duplicateAuditEntries: 0,
});
