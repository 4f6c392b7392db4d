import { GraphqlClient, registerAccount, RegisteredAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { startScratchRun, ScratchRun } from '../../support/scratch-run';
import { MARK_READ, NOTIFICATIONS, PREFERENCES, UPDATE_PREFERENCES } from './notification-harness';

jest.setTimeout(60000);

describe('notifications: bad input is refused, and only own notifications can be read or marked', () => {
  let run: ScratchRun;
  let api: RunningApi;
  let anonymous: GraphqlClient;
  let alice: RegisteredAccount;
  let bob: RegisteredAccount;

  beforeAll(async () => {
    run = await startScratchRun('notif_bad_input');
    // Production rules: webhooks must be https to public addresses.
    api = await startApi(testConfig({ ...run.env, NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS: 'false' }));
    anonymous = new GraphqlClient(api.url);
    alice = await registerAccount(anonymous, { role: 'IKM' });
    bob = await registerAccount(anonymous, { role: 'BUYER', locale: 'en' });
  });
  afterAll(async () => {
    await api?.close();
    await run?.drop();
  });

  const refusal = async (client: GraphqlClient, input: Record<string, unknown>) => {
    const result = await client.request(UPDATE_PREFERENCES, { input });
    return { code: result.errors?.[0]?.extensions?.code ?? null, fields: (result.errors?.[0]?.extensions?.issues ?? []).map((i) => i.field), message: result.errors?.[0]?.message };
  };

  it.each([
    ['plain http', 'http://hooks.example.com/jalin', /https/],
    ['loopback', 'https://127.0.0.1/hook', /privat, loopback/],
    ['IPv6 loopback', 'https://[::1]/hook', /privat, loopback/],
    ['a private network', 'https://10.1.2.3/hook', /privat, loopback/],
    ['link-local (cloud metadata)', 'https://169.254.169.254/latest', /privat, loopback/],
    ['a name resolving to loopback', 'https://localhost:8443/hook', /privat, loopback/],
    ['not a URL', 'wa.me/62812', /bukan URL/],
  ])('refuses a webhook URL to %s', async (_, webhookUrl, reason) => {
    const refused = await refusal(alice.client, { channels: ['WEBHOOK'], webhookUrl });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.fields).toEqual(['input.webhookUrl']);
    expect(refused.message).toMatch(reason);
    expect((await alice.client.ok(PREFERENCES)).notificationPreferences).toMatchObject({ channels: ['IN_APP', 'EMAIL'], webhookUrl: null, webhookSecret: null });
  });

  it('refuses an unknown channel or locale, and WEBHOOK without a URL', async () => {
    expect((await refusal(alice.client, { channels: ['SMS'] })).code).toBe('BAD_USER_INPUT');
    expect(await refusal(alice.client, { channels: ['IN_APP'], locale: 'fr' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.locale'] });
    expect(await refusal(alice.client, { channels: ['WEBHOOK'] })).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.webhookUrl'] });
    expect((await alice.client.ok(PREFERENCES)).notificationPreferences).toMatchObject({ channels: ['IN_APP', 'EMAIL'], locale: 'id' });
  });

  it('accepts an https webhook on a public address, gives a signing secret and keeps it while the webhook stays', async () => {
    const saved = (await alice.client.ok(UPDATE_PREFERENCES, { input: { channels: ['IN_APP', 'WEBHOOK'], webhookUrl: 'https://93.184.216.34/jalin', locale: 'en' } })).updateNotificationPreferences;
    expect(saved).toMatchObject({ channels: ['IN_APP', 'WEBHOOK'], webhookUrl: 'https://93.184.216.34/jalin', locale: 'en', email: alice.email });
    expect(saved.webhookSecret).toMatch(/^[0-9a-f]{64}$/);
    const again = (await alice.client.ok(UPDATE_PREFERENCES, { input: { channels: ['WEBHOOK'], webhookUrl: 'https://93.184.216.34/jalin2' } })).updateNotificationPreferences;
    expect(again).toMatchObject({ webhookSecret: saved.webhookSecret, locale: 'en' });
    const removed = (await alice.client.ok(UPDATE_PREFERENCES, { input: { channels: ['IN_APP'], webhookUrl: null } })).updateNotificationPreferences;
    expect(removed).toMatchObject({ channels: ['IN_APP'], webhookUrl: null, webhookSecret: null });
    // Bob's preferences are his own, in his account locale.
    expect((await bob.client.ok(PREFERENCES)).notificationPreferences).toMatchObject({ channels: ['IN_APP', 'EMAIL'], locale: 'en', email: bob.email, webhookUrl: null });
  });

  it("lists only the caller's notifications, marks only the caller's read; another user's stays unread", async () => {
    const insert = async (userId: string, eventId: number, minutesAgo: number) =>
      (await run.sql.query(
        `INSERT INTO notification (user_id, event_id, type, locale, title, body, link, data, created_at)
         VALUES ($1, $2, 'PROFILE_VERIFIED', 'id', 'Profil Anda telah diverifikasi', 'isi', 'https://jalin.example.id/profile', '{}'::jsonb, now() - make_interval(mins => $3)) RETURNING id`,
        [userId, eventId, minutesAgo],
      )).rows[0].id as string;
    const mine = [await insert(alice.userId, 1, 3), await insert(alice.userId, 2, 2), await insert(alice.userId, 3, 1)];
    const bobs = await insert(bob.userId, 1, 1);

    const page1 = (await alice.client.ok(NOTIFICATIONS, { first: 2 })).notifications;
    expect(page1.totalCount).toBe(3);
    expect(page1.nodes.map((n: any) => n.id)).toEqual([mine[2], mine[1]]);
    const page2 = (await alice.client.ok(NOTIFICATIONS, { first: 2, after: page1.pageInfo.endCursor })).notifications;
    expect(page2.nodes.map((n: any) => n.id)).toEqual([mine[0]]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    // Bob's id among Alice's: only Alice's are marked, Bob's stays unread, and nothing tells Alice it exists.
    expect((await alice.client.ok(MARK_READ, { ids: [mine[0], bobs] })).markNotificationsRead).toBe(1);
    expect((await alice.client.ok(MARK_READ, { ids: [mine[0]] })).markNotificationsRead).toBe(0);
    expect((await bob.client.ok(NOTIFICATIONS, { unreadOnly: true })).notifications.nodes.map((n: any) => n.id)).toEqual([bobs]);
    expect((await run.sql.query(`SELECT read_at FROM notification WHERE id = $1`, [bobs])).rows[0].read_at).toBeNull();
    expect((await alice.client.ok(NOTIFICATIONS, { unreadOnly: true })).notifications.totalCount).toBe(2);

    expect(await alice.client.code(MARK_READ, { ids: ['not-an-id'] })).toBe('BAD_USER_INPUT');
    expect(await alice.client.code(NOTIFICATIONS, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await anonymous.code(NOTIFICATIONS)).toBe('UNAUTHENTICATED');
    expect(await anonymous.code(MARK_READ, { ids: [bobs] })).toBe('UNAUTHENTICATED');
    expect(await anonymous.code(UPDATE_PREFERENCES, { input: { channels: ['IN_APP'] } })).toBe('UNAUTHENTICATED');
  });
});
