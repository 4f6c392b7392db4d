import { postRfq } from '../../support/marketplace-builders';
import { waitFor } from '../../support/wait-for';
import { quoteInput, SUBMIT_QUOTE } from '../deals/deal-market';
import { NotificationWorld } from '../notifications/notification-harness';

jest.setTimeout(120000);

const RFQ = `query R($id: ID!) { rfq(id: $id) { matchingStatus matches { ikm { id } status } } }`;
const MY_MATCHES = `query { myMatches(first: 20) { nodes { status rfq { id matches { status } } } } }`;

describe('VIEWED: the buyer sees which matched IKMs opened the RFQ', () => {
  let world: NotificationWorld;

  beforeAll(async () => {
    world = await NotificationWorld.start('match_viewed', { SMTP_URL: '' });
  });
  afterAll(() => world?.stop());

  it('moves a match NEW → VIEWED when its IKM opens the RFQ (not when it lists its matches), once, and keeps it sealed as VIEWED after quoting', async () => {
    const buyer = await world.buyer();
    const a = await world.ikm();
    const b = await world.ikm();
    const rfqId = await postRfq(buyer.client, { title: 'Bracket dilihat', sealed: true });
    await waitFor('matching DONE', () => buyer.client.ok(RFQ, { id: rfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 20000 });
    const statusOf = async (org: string) => (await buyer.client.ok(RFQ, { id: rfqId })).rfq.matches.find((m: any) => m.ikm.id === org).status;

    // Listing its inbox is not opening the RFQ.
    const listed = (await a.client.ok(MY_MATCHES)).myMatches.nodes.find((n: any) => n.rfq.id === rfqId);
    expect(listed.status).toBe('NEW');
    expect(await statusOf(a.organizationId)).toBe('NEW');

    // Opening it is; the IKM sees its own match VIEWED in the same answer.
    expect((await a.client.ok(RFQ, { id: rfqId })).rfq.matches).toEqual([{ ikm: { id: a.organizationId }, status: 'VIEWED' }]);
    expect(await statusOf(a.organizationId)).toBe('VIEWED');
    expect(await statusOf(b.organizationId)).toBe('NEW');
    const firstView = (await world.run.sql.query(`SELECT viewed_at FROM rfq_match WHERE rfq_id = $1 AND ikm_organization_id = $2`, [rfqId, a.organizationId])).rows[0].viewed_at;
    expect(firstView).toBeInstanceOf(Date);

    // Opening it again changes nothing.
    await a.client.ok(RFQ, { id: rfqId });
    const again = (await world.run.sql.query(`SELECT status, viewed_at FROM rfq_match WHERE rfq_id = $1 AND ikm_organization_id = $2`, [rfqId, a.organizationId])).rows[0];
    expect(again).toEqual({ status: 'VIEWED', viewed_at: firstView });

    // Sealed: A (viewed, then quoted) still shows VIEWED, B (quoted unseen) NEW; nobody learns who quoted.
    await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId) });
    await b.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '11500' }) });
    expect([await statusOf(a.organizationId), await statusOf(b.organizationId)]).toEqual(['VIEWED', 'NEW']);
    // Opening after quoting leaves QUOTED alone.
    expect((await b.client.ok(RFQ, { id: rfqId })).rfq.matches).toEqual([{ ikm: { id: b.organizationId }, status: 'QUOTED' }]);

    await world.run.sql.query(`UPDATE rfq SET quote_deadline = now() - interval '1 minute' WHERE id = $1`, [rfqId]);
    expect([await statusOf(a.organizationId), await statusOf(b.organizationId)]).toEqual(['QUOTED', 'QUOTED']);
  });
});
