import { createHash } from 'node:crypto';
import { GraphqlClient, login, registerAccount } from '@jalin/testing';
import { NotificationWorld, ReceivedMail } from '../notifications/notification-harness';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(90000);

const REQUEST = `mutation R($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation S($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) { accessToken refreshToken user { id } } }`;
const REFRESH = `mutation R($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;
const LOGIN = `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;
const ME = `{ me { id } }`;
const NEW_PASSWORD = 'lupa kata sandi lagi';

/** The mail as a reader sees it: quoted-printable soft breaks and escapes undone. */
const readable = (mail: ReceivedMail) =>
  mail.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * Forgotten passwords end to end: the API, the worker, the outbox and a real SMTP server. The link
 * in the e-mail carries a single-use token valid 30 minutes; using it sets the password and ends
 * every session.
 */
describe('password reset by e-mail', () => {
  let world: NotificationWorld;
  let anonymous: GraphqlClient;

  beforeAll(async () => {
    world = await NotificationWorld.start('password_reset', { PASSWORD_RESET_EMAIL_RATE_LIMIT_PER_HOUR: '3', PASSWORD_RESET_RATE_LIMIT_PER_HOUR: '8' });
    anonymous = world.anonymous;
  });
  afterAll(() => world?.stop());

  const mailsTo = (email: string) => world.smtp.mails.filter((m) => m.to.includes(email.toLowerCase()));

  /** Asks for a reset (from a fresh client) and returns the token of the link in the next e-mail. */
  const resetLink = async (email: string): Promise<{ token: string; text: string }> => {
    const before = mailsTo(email).length;
    expect((await new GraphqlClient(world.api.url).ok(REQUEST, { email })).requestPasswordReset).toBe(true);
    const mail = (await waitFor('the reset e-mail', async () => mailsTo(email), (m) => m.length > before))[before];
    const text = readable(mail);
    const match = /https:\/\/jalin\.example\.id\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text);
    expect(match).not.toBeNull();
    return { token: match![1], text };
  };

  it('mails a working single-use link in Bahasa Indonesia; the reset ends every session and opens a new one', async () => {
    const account = await registerAccount(anonymous);
    const other = await login(anonymous, account.email, account.password);

    const { token, text } = await resetLink(account.email.toUpperCase());
    expect(text).toContain('Subject: Atur ulang kata sandi Jalin');
    expect(text).toContain('berlaku 30 menit');
    // Only the hash is stored.
    const { rows } = await world.run.sql.query(`SELECT token_hash FROM password_reset_token WHERE user_id = $1`, [account.userId]);
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);

    const reset = (await anonymous.ok(RESET, { token, password: NEW_PASSWORD })).resetPassword;
    expect(reset.user.id).toBe(account.userId);
    expect(await anonymous.as(reset.accessToken).code(ME)).toBeNull();
    // Every earlier session ended: refresh tokens and (within 2 s) access tokens.
    expect(await anonymous.code(REFRESH, { t: account.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await anonymous.code(REFRESH, { t: other.refreshToken })).toBe('UNAUTHENTICATED');
    for (const stale of [account.accessToken, other.accessToken]) {
      await waitFor('the old access token refused', () => anonymous.as(stale).code(ME), (c) => c === 'UNAUTHENTICATED', { timeoutMs: 2000, intervalMs: 50 });
    }
    expect(await anonymous.code(LOGIN, { e: account.email, p: account.password })).toBe('UNAUTHENTICATED');
    await login(anonymous, account.email, NEW_PASSWORD);

    // The same link again: refused, and the password stays.
    const again = await anonymous.request(RESET, { token, password: 'yet another passphrase' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'token' }] });
    await login(anonymous, account.email, NEW_PASSWORD);
  });

  it('writes in English for a user who chose English', async () => {
    const account = await registerAccount(anonymous, { locale: 'en' });
    const { text } = await resetLink(account.email);
    expect(text).toContain('Subject: Reset your Jalin password');
    expect(text).toContain('valid for 30 minutes');
  });

  it('refuses a link after its 30 minutes', async () => {
    const account = await registerAccount(anonymous);
    const { token } = await resetLink(account.email);
    const { rows: [row] } = await world.run.sql.query(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 60) AS minutes FROM password_reset_token WHERE user_id = $1`, [account.userId]);
    expect(Number(row.minutes)).toBe(30);
    // 30 minutes later, without waiting them.
    await world.run.sql.query(`UPDATE password_reset_token SET expires_at = now() - interval '1 second', created_at = created_at - interval '30 minutes' WHERE user_id = $1`, [account.userId]);
    const late = await anonymous.request(RESET, { token, password: NEW_PASSWORD });
    expect(late.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await login(anonymous, account.email, account.password);
  });

  it('answers true for an unknown e-mail, doing the same work on the request path, and mails nobody', async () => {
    const account = await registerAccount(anonymous);
    const unknown = `nobody-${Date.now()}@example.co.id`;
    const events = () => world.run.sql.query(`SELECT payload->>'email' AS email FROM outbox_event WHERE name = 'identity.password-reset-requested' ORDER BY id`);
    const before = (await events()).rows.length;

    expect((await anonymous.ok(REQUEST, { email: unknown })).requestPasswordReset).toBe(true);
    await resetLink(account.email); // the known one's mail arrives, so the worker has handled both
    const written = (await events()).rows.slice(before).map((r) => r.email);
    expect(written).toEqual([unknown, account.email.toLowerCase()]);
    expect(mailsTo(unknown)).toEqual([]);
  });

  it('refuses a malformed e-mail and a password the register policy refuses', async () => {
    expect((await anonymous.request(REQUEST, { email: 'not-an-email' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const account = await registerAccount(anonymous);
    const { token } = await resetLink(account.email);
    const short = await anonymous.request(RESET, { token, password: 'short' });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'newPassword' }] });
    // The refused attempt did not use the link up.
    expect(await anonymous.code(RESET, { token, password: NEW_PASSWORD })).toBeNull();
  });

  it('limits requests per e-mail and per client', async () => {
    const account = await registerAccount(anonymous);
    const codes: (string | null)[] = [];
    for (let i = 0; i < 4; i++) codes.push(await new GraphqlClient(world.api.url).code(REQUEST, { email: account.email }));
    expect(codes).toEqual([null, null, null, 'RATE_LIMITED']);

    const client = new GraphqlClient(world.api.url);
    const fromOneClient: (string | null)[] = [];
    for (let i = 0; i < 9; i++) fromOneClient.push(await client.code(REQUEST, { email: `someone-${i}-${Date.now()}@example.co.id` }));
    expect(fromOneClient).toEqual([...Array(8).fill(null), 'RATE_LIMITED']);
  });
});
