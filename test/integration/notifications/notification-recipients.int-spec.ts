import { DataSource } from 'typeorm';
import { DomainEventName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { RegisteredAccount } from '@jalin/testing';
import { postRfq } from '../../support/marketplace-builders';
import { sleep, waitFor } from '../../support/wait-for';
import { AWARD, quoteInput, SUBMIT_QUOTE, UPDATE_DEAL } from '../deals/deal-market';
import { NOTIFICATIONS, NotificationWorld, UPDATE_PREFERENCES } from './notification-harness';

jest.setTimeout(120000);

const RFQ = `query R($id: ID!) { rfq(id: $id) { id matchingStatus matches { ikm { id } } } }`;
const CANCEL = `mutation C($id: ID!, $reason: String!) { cancelRfq(id: $id, reason: $reason) { id status } }`;
const VERIFY = `mutation V($profileId: ID!) { verifyProfile(profileId: $profileId) { id } }`;

type Party = { name: string; userId: string };

describe('notifications: each event reaches its parties and nobody else (two buyers, several IKMs)', () => {
  let world: NotificationWorld;

  beforeAll(async () => {
    world = await NotificationWorld.start('notif_recipients', { SMTP_URL: '' });
  });
  afterAll(() => world?.stop());

  it('notifies matched IKMs, the buyer of quotes, winners and losers, the other side of a deal, the verified IKM, cancellations and failed matching', async () => {
    const buyer1 = await world.buyer();
    const buyer2 = await world.buyer();
    // A colleague in buyer1's organization: every user of the party hears of it.
    const colleague = (await world.run.sql.query(
      `INSERT INTO app_user (organization_id, email, password_hash, name, role, locale)
       SELECT organization_id, 'rekan-' || email, password_hash, 'Rekan Pengadaan', role, 'id' FROM app_user WHERE id = $1 RETURNING id`,
      [buyer1.userId],
    )).rows[0].id as string;
    const a = await world.ikm();
    const b = await world.ikm();
    const plastic = await world.ikm({ sectors: ['PLASTIC'], processes: ['INJECTION_MOULDING'], materials: ['PP'], kbliCodes: ['22293'] });
    await b.client.ok(UPDATE_PREFERENCES, { input: { channels: ['IN_APP'], locale: 'en' } });
    const dinas = await world.dinas();

    const matched = async (buyer: RegisteredAccount, rfqId: string) =>
      (await waitFor('matching DONE', () => buyer.client.ok(RFQ, { id: rfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 20000 })).rfq;

    // buyer1's RFQ: A and B are matched, the plastic workshop is not.
    const rfq1 = await postRfq(buyer1.client, { title: 'Bracket kursi bus' });
    expect((await matched(buyer1, rfq1)).matches.map((m: any) => m.ikm.id).sort()).toEqual([a.organizationId, b.organizationId].sort());
    const quoteA = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfq1) })).submitQuote;
    await b.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfq1, { unitPrice: '13500' }) });
    const [deal] = (await buyer1.client.ok(AWARD, { rfqId: rfq1, awards: [{ quoteId: quoteA.id, quantity: 500 }] })).awardRfq;
    await buyer1.client.ok(UPDATE_DEAL, { dealId: deal.id, status: 'PO_ISSUED' });
    await a.client.ok(UPDATE_DEAL, { dealId: deal.id, status: 'IN_PRODUCTION' });

    // buyer2's sealed RFQ, quoted by A, cancelled; then its matching is reported failed.
    const rfq2 = await postRfq(buyer2.client, { title: 'Plat lantai bus', sealed: true });
    await matched(buyer2, rfq2);
    await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfq2, { unitPrice: '777000' }) });
    await buyer2.client.ok(CANCEL, { id: rfq2, reason: 'Proyek ditunda' });
    await world.worker.get(DataSource).transaction((manager) =>
      world.worker.get(OutboxWriter).append(manager, DomainEventName.RfqMatchingFailed, { rfqId: rfq2, reason: 'test' }),
    );
    await dinas.ok(VERIFY, { profileId: plastic.profileId });

    const parties: Party[] = [
      { name: 'buyer1', userId: buyer1.userId }, { name: 'colleague', userId: colleague }, { name: 'buyer2', userId: buyer2.userId },
      { name: 'a', userId: a.userId }, { name: 'b', userId: b.userId }, { name: 'plastic', userId: plastic.userId },
    ];
    const snapshot = async () => Object.fromEntries(await Promise.all(parties.map(async (p) =>
      [p.name, (await world.stored(p.userId)).map((n) => `${n.type}:${n.data.rfqId ?? n.data.profileId}`).sort()] as const)));
    const quoteReceived = [`QUOTE_RECEIVED:${rfq1}`, `QUOTE_RECEIVED:${rfq1}`];
    const expected = {
      buyer1: [...quoteReceived, `DEAL_STATUS_CHANGED:${rfq1}`].sort(),
      colleague: [...quoteReceived, `DEAL_STATUS_CHANGED:${rfq1}`].sort(),
      buyer2: [`MATCHING_FAILED:${rfq2}`, `QUOTE_RECEIVED:${rfq2}`],
      a: [`RFQ_MATCHED:${rfq1}`, `RFQ_AWARDED:${rfq1}`, `DEAL_STATUS_CHANGED:${rfq1}`, `RFQ_MATCHED:${rfq2}`, `RFQ_CANCELLED:${rfq2}`].sort(),
      b: [`RFQ_MATCHED:${rfq1}`, `RFQ_NOT_AWARDED:${rfq1}`, `RFQ_MATCHED:${rfq2}`, `RFQ_CANCELLED:${rfq2}`].sort(),
      plastic: [`PROFILE_VERIFIED:${plastic.profileId}`],
    };
    const total = Object.values(expected).flat().length;
    await waitFor('every notification', snapshot, (s) => Object.values(s).flat().length >= total, { timeoutMs: 20000 });
    await sleep(1000); // nothing more arrives
    expect(await snapshot()).toEqual(expected);
    // Nobody outside the parties: every stored notification belongs to one of these users.
    expect((await world.run.sql.query(`SELECT count(*)::int AS n FROM notification WHERE user_id <> ALL($1::uuid[])`, [parties.map((p) => p.userId)])).rows[0].n).toBe(0);

    // Texts: Bahasa Indonesia by default, English by preference; rupiah and WIB; links to the thing.
    const ofA = (await a.client.ok(NOTIFICATIONS, { first: 50 })).notifications.nodes;
    const awarded = ofA.find((n: any) => n.type === 'RFQ_AWARDED');
    expect(awarded).toMatchObject({
      title: 'Selamat, penawaran Anda menang: Bracket kursi bus',
      body: 'Anda mendapat pesanan 500 unit senilai Rp 6.000.000.',
      link: `https://jalin.example.id/deals/${deal.id}`,
    });
    expect(ofA.find((n: any) => n.type === 'RFQ_MATCHED' && n.data.rfqId === rfq1).body).toMatch(/^Pembeli mencari 1\.000 pcs\. Kirim penawaran sebelum \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB\.$/);
    const quoteNote = (await buyer1.client.ok(NOTIFICATIONS, { first: 50 })).notifications.nodes.find((n: any) => n.type === 'QUOTE_RECEIVED' && n.data.quoteId === quoteA.id);
    expect(quoteNote.body).toBe(`${await orgName(a.organizationId)} menawarkan 600 unit @ Rp 12.000 (total Rp 7.200.000), waktu produksi 21 hari.`);
    expect(quoteNote.link).toBe(`https://jalin.example.id/rfqs/${rfq1}`);
    // A sealed RFQ's buyer learns that a quote came, not from whom or at what price.
    const sealedNote = (await buyer2.client.ok(NOTIFICATIONS, { first: 50 })).notifications.nodes.find((n: any) => n.type === 'QUOTE_RECEIVED');
    expect(sealedNote.title).toBe('Penawaran masuk untuk Plat lantai bus');
    expect(sealedNote.body).toMatch(/^Sebuah penawaran tersegel masuk\. Isinya terlihat setelah batas penawaran .+ WIB\.$/);
    expect(sealedNote.data).toEqual({ rfqId: rfq2 });
    expect(JSON.stringify(sealedNote)).not.toContain(await orgName(a.organizationId));
    const ofB = (await b.client.ok(NOTIFICATIONS, { first: 50 })).notifications.nodes;
    expect(ofB.find((n: any) => n.type === 'RFQ_NOT_AWARDED').title).toBe('Quote not selected: Bracket kursi bus');
    expect(ofB.find((n: any) => n.type === 'RFQ_CANCELLED').body).toBe('The buyer cancelled this RFQ. Reason: Proyek ditunda');
    // B chose IN_APP only: no e-mail or webhook delivery exists for its notifications.
    expect(ofB.every((n: any) => n.deliveries.map((d: any) => d.channel).join() === 'IN_APP')).toBe(true);
  });

  const orgName = async (id: string) => (await world.run.sql.query(`SELECT name FROM organization WHERE id = $1`, [id])).rows[0].name as string;
});
