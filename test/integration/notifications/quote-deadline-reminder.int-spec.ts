import { RegisteredAccount } from '@jalin/testing';
import { postRfq } from '../../support/marketplace-builders';
import { sleep, waitFor } from '../../support/wait-for';
import { quoteInput, SUBMIT_QUOTE } from '../deals/deal-market';
import { NotificationWorld } from './notification-harness';

jest.setTimeout(90000);

const RFQ = `query R($id: ID!) { rfq(id: $id) { id matchingStatus matches { id ikm { id } } } }`;
const CANCEL = `mutation C($id: ID!, $reason: String!) { cancelRfq(id: $id, reason: $reason) { id status } }`;
const DECLINE = `mutation D($matchId: ID!) { declineMatch(matchId: $matchId) { id status } }`;
const DAY_MS = 24 * 3600 * 1000;

describe('notifications: quote deadline in 24 hours', () => {
  let world: NotificationWorld;

  beforeAll(async () => {
    world = await NotificationWorld.start('notif_reminder', { SMTP_URL: '' });
  });
  afterAll(() => world?.stop());

  const matched = async (buyer: RegisteredAccount, rfqId: string) =>
    (await waitFor('matching DONE', () => buyer.client.ok(RFQ, { id: rfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 20000 })).rfq;
  const reminders = async (userId: string) => (await world.stored(userId)).filter((n) => n.type === 'QUOTE_DEADLINE_SOON');

  it('reminds matched IKMs that have neither quoted nor declined, and nobody once the RFQ is cancelled', async () => {
    const buyer = await world.buyer();
    const silent = await world.ikm();
    const quoted = await world.ikm();
    const declined = await world.ikm();
    // The reminder falls due about 6 s from now.
    const quoteDeadline = new Date(Date.now() + DAY_MS + 6000).toISOString();
    const rfqId = await postRfq(buyer.client, { title: 'Engsel pintu bus', quoteDeadline });
    const cancelledRfq = await postRfq(buyer.client, { title: 'Dibatalkan', quoteDeadline });
    const rfq = await matched(buyer, rfqId);
    await matched(buyer, cancelledRfq);
    await quoted.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId) });
    await declined.client.ok(DECLINE, { matchId: rfq.matches.find((m: any) => m.ikm.id === declined.organizationId).id });
    await buyer.client.ok(CANCEL, { id: cancelledRfq, reason: 'Tidak jadi' });
    expect(await reminders(silent.userId)).toEqual([]);

    const [reminder] = await waitFor('the reminder', () => reminders(silent.userId), (r) => r.length === 1, { timeoutMs: 20000 });
    expect(reminder.data).toEqual({ rfqId });
    expect(reminder.title).toBe('Batas penawaran besok: Engsel pintu bus');
    await sleep(1500);
    expect((await reminders(silent.userId)).map((r) => r.data.rfqId)).toEqual([rfqId]);
    expect(await reminders(quoted.userId)).toEqual([]);
    expect(await reminders(declined.userId)).toEqual([]);
    expect(await reminders(buyer.userId)).toEqual([]);
  });
});
