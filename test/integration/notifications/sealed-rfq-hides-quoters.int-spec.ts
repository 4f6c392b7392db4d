import { postRfq } from '../../support/marketplace-builders';
import { sleep, waitFor } from '../../support/wait-for';
import { quoteInput, SUBMIT_QUOTE } from '../deals/deal-market';
import { NOTIFICATIONS, NotificationWorld } from './notification-harness';

jest.setTimeout(120000);

const RFQ = `query R($id: ID!) { rfq(id: $id) { matchingStatus matches { ikm { id } status } quotes { ikm { id } revision } } }`;

describe('a sealed RFQ hides who has quoted until its deadline', () => {
  let world: NotificationWorld;

  beforeAll(async () => {
    world = await NotificationWorld.start('notif_sealed_quoters', { SMTP_URL: '' });
  });
  afterAll(() => world?.stop());

  it('shows the buyer no QUOTED match and no revision before the deadline, and both after it', async () => {
    const buyer = await world.buyer();
    const a = await world.ikm();
    const b = await world.ikm();
    const c = await world.ikm();
    const rfqId = await postRfq(buyer.client, { title: 'Engsel pintu tersegel', sealed: true });
    const matched = await waitFor('matching DONE', () => buyer.client.ok(RFQ, { id: rfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 20000 });
    expect(matched.rfq.matches.map((m: any) => m.ikm.id).sort()).toEqual([a.organizationId, b.organizationId, c.organizationId].sort());

    // A quotes and revises, B quotes once, C does not quote.
    await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId) });
    await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '11000' }) });
    await b.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '11500' }) });

    const sealed = (await buyer.client.ok(RFQ, { id: rfqId })).rfq;
    expect(sealed.matches.map((m: any) => m.status)).toEqual(['NEW', 'NEW', 'NEW']);
    expect(sealed.quotes).toEqual([]);
    // The IKM itself still sees its own match as QUOTED.
    expect((await a.client.ok(RFQ, { id: rfqId })).rfq.matches).toEqual([{ ikm: { id: a.organizationId }, status: 'QUOTED' }]);

    // One message per IKM that quoted, none for the revision; no author, no revision in them.
    const received = async () => (await buyer.client.ok(NOTIFICATIONS, { first: 50 })).notifications.nodes.filter((n: any) => n.type === 'QUOTE_RECEIVED');
    await waitFor('two quote notifications', received, (ns) => ns.length >= 2, { timeoutMs: 20000 });
    await sleep(1500); // the revision's event has been handled by now, and says nothing
    const notes = await received();
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      expect(note.title).toBe('Penawaran masuk untuk Engsel pintu tersegel');
      expect(note.body).toMatch(/^Sebuah penawaran tersegel masuk\./);
      expect(note.data).toEqual({ rfqId });
      expect(`${note.title} ${note.body}`).not.toMatch(/revisi|revision/i);
    }
    const names = (await world.run.sql.query(`SELECT name FROM organization WHERE id = ANY($1::uuid[])`, [[a.organizationId, b.organizationId]])).rows.map((r: any) => r.name as string);
    for (const name of names) expect(JSON.stringify(notes)).not.toContain(name);

    // After the deadline the buyer sees who quoted and the current revisions.
    await world.run.sql.query(`UPDATE rfq SET quote_deadline = now() - interval '1 minute' WHERE id = $1`, [rfqId]);
    const open = (await buyer.client.ok(RFQ, { id: rfqId })).rfq;
    const statusOf = (org: string) => open.matches.find((m: any) => m.ikm.id === org).status;
    expect([statusOf(a.organizationId), statusOf(b.organizationId), statusOf(c.organizationId)]).toEqual(['QUOTED', 'QUOTED', 'NEW']);
    expect(open.quotes.find((q: any) => q.ikm.id === a.organizationId).revision).toBe(2);
  });
});
