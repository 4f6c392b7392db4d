import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QueueName } from '@jalin/jobs';
import { DeliveryMessage, liveChannel } from '@jalin/notifications';
import { RegisteredAccount, RunningApi, startApi } from '@jalin/testing';
import { sleep, waitFor } from '../../support/wait-for';
import { NOTIFICATIONS, NotificationWorld, PREFERENCES, UPDATE_PREFERENCES, wsClient } from './notification-harness';

jest.setTimeout(90000);

const VERIFY = `mutation V($profileId: ID!, $note: String) { verifyProfile(profileId: $profileId, note: $note) { id verified } }`;
const SUBSCRIBE = `subscription { notificationReceived { id type title body link data createdAt } }`;

/** Quoted-printable soft breaks and escapes undone, so a test can look for the text of a mail. */
const decodeMail = (raw: string) =>
  Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');

describe('notifications: in-app live, e-mail, signed webhook; once per event; a broken webhook never blocks the rest', () => {
  let world: NotificationWorld;
  let secondApi: RunningApi;
  let dinas: Awaited<ReturnType<NotificationWorld['dinas']>>;
  let redis: Redis;
  let eventsQueue: Queue;
  let deliveryQueue: Queue;

  beforeAll(async () => {
    world = await NotificationWorld.start('notif_channels');
    // A second API replica on the same Redis: live notifications must reach a socket held by either.
    secondApi = await startApi(world.config);
    dinas = await world.dinas();
    redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
    eventsQueue = new Queue(QueueName.DomainEvents, { connection: redis, prefix: world.run.env.QUEUE_PREFIX });
    deliveryQueue = new Queue(QueueName.Notifications, { connection: redis, prefix: world.run.env.QUEUE_PREFIX });
  });
  afterAll(async () => {
    await eventsQueue?.close();
    await deliveryQueue?.close();
    redis?.disconnect();
    await secondApi?.close();
    await world?.stop();
  });

  /** An IKM that wants all three channels, its webhook answering `status`. */
  const ikmOnAllChannels = async (path: string, status = 200): Promise<RegisteredAccount & { profileId: string; secret: string }> => {
    const ikm = await world.ikm();
    const prefs = (await ikm.client.ok(UPDATE_PREFERENCES, {
      input: { channels: ['IN_APP', 'EMAIL', 'WEBHOOK'], webhookUrl: world.webhooks.url(path) },
    })).updateNotificationPreferences;
    expect(prefs).toMatchObject({ channels: ['IN_APP', 'EMAIL', 'WEBHOOK'], email: ikm.email, webhookUrl: world.webhooks.url(path), locale: 'id' });
    expect(prefs.webhookSecret).toMatch(/^[0-9a-f]{64}$/);
    expect((await ikm.client.ok(PREFERENCES)).notificationPreferences).toEqual(prefs);
    world.webhooks.register(path, prefs.webhookSecret, status);
    return { ...ikm, secret: prefs.webhookSecret };
  };

  const mailsTo = (email: string) => world.smtp.mails.filter((m) => m.to.includes(email));
  const callsTo = (path: string) => world.webhooks.calls.filter((c) => c.path === path);

  it('delivers a verified profile live over graphql-ws (on another replica), by e-mail in Bahasa Indonesia, and to a signed webhook', async () => {
    const ikm = await ikmOnAllChannels('/ikm-ok');
    const live: any[] = [];
    const socket = wsClient(secondApi.url, ikm.accessToken);
    const unsubscribe = socket.subscribe({ query: SUBSCRIBE }, { next: (v) => live.push(v), error: (e) => live.push({ error: e }), complete: () => undefined });
    await sleep(500); // the subscription is registered once connection_init and subscribe are through

    await dinas.ok(VERIFY, { profileId: ikm.profileId, note: 'Kunjungan lapangan 12 Nov' });

    const [received] = await waitFor('the live notification', async () => live, (l) => l.length >= 1);
    expect(received.data.notificationReceived).toMatchObject({
      type: 'PROFILE_VERIFIED',
      title: 'Profil Anda telah diverifikasi',
      body: 'Dinas telah memverifikasi profil kemampuan Anda. Catatan: Kunjungan lapangan 12 Nov',
      link: 'https://jalin.example.id/profile',
      data: { profileId: ikm.profileId },
    });

    const [mail] = await waitFor('the e-mail', async () => mailsTo(ikm.email), (m) => m.length === 1);
    const text = decodeMail(mail.raw);
    expect(text).toContain('Subject: Profil Anda telah diverifikasi');
    expect(text).toContain('Dinas telah memverifikasi profil kemampuan Anda.');
    expect(text).toContain('Buka di Jalin: https://jalin.example.id/profile');

    const [call] = await waitFor('the webhook call', async () => callsTo('/ikm-ok'), (c) => c.length === 1);
    expect(call.signatureValid).toBe(true);
    expect(JSON.parse(call.body).notification).toMatchObject({ id: received.data.notificationReceived.id, type: 'PROFILE_VERIFIED', title: 'Profil Anda telah diverifikasi' });

    const listed = await waitFor(
      'every delivery SENT',
      async () => (await ikm.client.ok(NOTIFICATIONS)).notifications,
      (n) => n.nodes[0]?.deliveries.length === 3 && n.nodes[0].deliveries.every((d: any) => d.status === 'SENT'),
    );
    expect(listed.totalCount).toBe(1);
    expect(listed.nodes[0].deliveries.map((d: any) => [d.channel, d.attempts, d.lastError])).toEqual([
      ['IN_APP', 1, null], ['EMAIL', 1, null], ['WEBHOOK', 1, null],
    ]);
    // The live push went out with the fan-out itself; only e-mail and webhook needed jobs of their own.
    const id = listed.nodes[0].id;
    expect(await Promise.all(['IN_APP', 'EMAIL', 'WEBHOOK'].map(async (channel) => Boolean(await deliveryQueue.getJob(`notify-${id}-${channel}`)))))
      .toEqual([false, true, true]);
    unsubscribe();
    await socket.dispose();
  });

  it('hands a live notification to its subscriber once when Redis carries the publish twice (a retried publish, a failover)', async () => {
    const ikm = await world.ikm();
    const live: any[] = [];
    const socket = wsClient(secondApi.url, ikm.accessToken);
    const unsubscribe = socket.subscribe({ query: SUBSCRIBE }, { next: (v) => live.push(v), error: (e) => live.push({ error: e }), complete: () => undefined });
    await sleep(500);
    await dinas.ok(VERIFY, { profileId: ikm.profileId, note: null });
    const [first] = await waitFor('the live notification', async () => live, (l) => l.length >= 1);
    const heard = first.data.notificationReceived;

    // The worker's publish, as Redis would carry it a second time, then a different one after it.
    const stored = (await world.run.sql.query(`SELECT user_id FROM notification WHERE id = $1`, [heard.id])).rows[0];
    const again: DeliveryMessage = { ...heard, userId: stored.user_id, locale: 'id' };
    const channel = liveChannel(world.run.env.QUEUE_PREFIX);
    await redis.publish(channel, JSON.stringify(again));
    await redis.publish(channel, JSON.stringify({ ...again, id: '00000000-0000-4000-8000-000000000001', title: 'Berikutnya' }));

    await waitFor('the next notification', async () => live, (l) => l.some((v) => v.data?.notificationReceived.title === 'Berikutnya'));
    expect(live.map((v) => v.data.notificationReceived.title)).toEqual(['Profil Anda telah diverifikasi', 'Berikutnya']);
    unsubscribe();
    await socket.dispose();
  });

  it('hands on, a few seconds late, an in-app notification whose publish Redis lost (at most once pub/sub, a failover)', async () => {
    const ikm = await world.ikm();
    const live: any[] = [];
    const socket = wsClient(secondApi.url, ikm.accessToken);
    const unsubscribe = socket.subscribe({ query: SUBSCRIBE }, { next: (v) => live.push(v), error: (e) => live.push({ error: e }), complete: () => undefined });
    await sleep(1500);
    // Stored with its in-app delivery as the worker stores it, but never published.
    const { rows: [user] } = await world.run.sql.query(`SELECT id AS user_id FROM app_user WHERE email = $1`, [ikm.email]);
    const { rows: [stored] } = await world.run.sql.query(
      `INSERT INTO notification (user_id, event_id, type, locale, title, body, link, data)
       VALUES ($1, 0, 'PROFILE_VERIFIED', 'id', 'Profil Anda telah diverifikasi', 'Terlewat oleh Redis', 'https://jalin.example.id/profile', '{}') RETURNING id`,
      [user.user_id],
    );
    await world.run.sql.query(`INSERT INTO notification_delivery (notification_id, channel) VALUES ($1, 'IN_APP')`, [stored.id]);

    const [heard] = await waitFor('the recovered notification', async () => live, (l) => l.length >= 1, { timeoutMs: 10000 });
    expect(heard.data.notificationReceived).toMatchObject({ id: stored.id, body: 'Terlewat oleh Redis' });
    await sleep(2500); // another recovery round: still once
    expect(live).toHaveLength(1);
    unsubscribe();
    await socket.dispose();
  });

  it('stores one notification and sends once per channel when the same outbox event is relayed again', async () => {
    const ikm = await ikmOnAllChannels('/twice');
    await dinas.ok(VERIFY, { profileId: ikm.profileId });
    const [first] = await waitFor('the notification', () => world.stored(ikm.userId), (n) => n.length === 1);
    await waitFor('every delivery SENT', () => world.deliveries(first.id), (d) => d.length === 3 && d.every((x) => x.status === 'SENT'));
    await waitFor('the e-mail and the webhook', async () => [mailsTo(ikm.email).length, callsTo('/twice').length], ([m, w]) => m === 1 && w === 1);

    // As if the relay died after queueing but before its commit, and the jobs had aged out: the
    // event is published and dispatched again, its delivery jobs gone too.
    const eventId = first.event_id;
    for (const job of await deliveryQueue.getJobs(['completed'])) if (job.id?.startsWith(`notify-${first.id}-`)) await job.remove();
    await (await eventsQueue.getJob(`evt-${eventId}`))?.remove();
    const before = (await world.run.sql.query(`SELECT publish_attempts FROM outbox_event WHERE id = $1`, [eventId])).rows[0].publish_attempts;
    await world.run.sql.query(`UPDATE outbox_event SET published_at = NULL WHERE id = $1`, [eventId]);
    await waitFor('the event dispatched again', async () => [
      (await world.run.sql.query(`SELECT publish_attempts FROM outbox_event WHERE id = $1`, [eventId])).rows[0].publish_attempts,
      await eventsQueue.getJobState(`evt-${eventId}`),
    ], ([n, state]) => n === before + 1 && state === 'completed');
    await sleep(1500);

    expect((await world.stored(ikm.userId)).map((n) => n.id)).toEqual([first.id]);
    expect((await world.deliveries(first.id)).map((d) => [d.channel, d.status, d.attempts])).toEqual([
      ['IN_APP', 'SENT', 1], ['EMAIL', 'SENT', 1], ['WEBHOOK', 'SENT', 1],
    ]);
    expect(mailsTo(ikm.email)).toHaveLength(1);
    expect(callsTo('/twice')).toHaveLength(1);
  });

  it('retries a webhook answering 500 with growing delays, then keeps it FAILED, while e-mail and in-app arrive', async () => {
    const ikm = await ikmOnAllChannels('/broken', 500);
    const live: any[] = [];
    const socket = wsClient(world.api.url, ikm.accessToken);
    socket.subscribe({ query: SUBSCRIBE }, { next: (v) => live.push(v), error: () => undefined, complete: () => undefined });
    await sleep(500);

    await dinas.ok(VERIFY, { profileId: ikm.profileId });
    await waitFor('the live notification', async () => live, (l) => l.length === 1);
    await waitFor('the e-mail', async () => mailsTo(ikm.email), (m) => m.length === 1);

    const listed = await waitFor(
      'the webhook delivery FAILED',
      async () => (await ikm.client.ok(NOTIFICATIONS)).notifications.nodes[0],
      (n) => n?.deliveries.find((d: any) => d.channel === 'WEBHOOK')?.status === 'FAILED',
      { timeoutMs: 20000 },
    );
    expect(listed.deliveries.map((d: any) => [d.channel, d.status, d.attempts, d.lastError])).toEqual([
      ['IN_APP', 'SENT', 1, null],
      ['EMAIL', 'SENT', 1, null],
      ['WEBHOOK', 'FAILED', 3, 'webhook answered HTTP 500'],
    ]);
    const calls = callsTo('/broken');
    expect(calls).toHaveLength(3);
    expect(calls.every((c) => c.signatureValid)).toBe(true);
    // Exponential backoff from 300 ms: at least about 300 ms, then at least about 600 ms, which a
    // fixed delay would not give. Only lower bounds: a busy machine stretches either gap (the first
    // was once 779 ms, the second 687), so comparing the two measured gaps is a coin toss.
    const gaps = [calls[1].at - calls[0].at, calls[2].at - calls[1].at];
    expect(gaps[0]).toBeGreaterThanOrEqual(250);
    expect(gaps[1]).toBeGreaterThanOrEqual(550);
    await sleep(1000);
    expect(callsTo('/broken')).toHaveLength(3);
    await socket.dispose();
  });

  it('refuses a graphql-ws connection without a valid token at connection_init', async () => {
    for (const token of [null, 'not-a-jwt']) {
      let code = 0;
      const errors: unknown[] = [];
      const socket = wsClient(world.api.url, token, (c) => (code = c));
      socket.subscribe({ query: SUBSCRIBE }, { next: () => undefined, error: (e) => errors.push(e), complete: () => undefined });
      await waitFor('the socket closed', async () => code, (c) => c !== 0);
      expect(code).toBe(4403);
      await socket.dispose();
    }
  });
});
