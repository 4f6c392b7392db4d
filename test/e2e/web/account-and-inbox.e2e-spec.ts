/// <reference lib="dom" />
import { Browser, Page, Request } from 'playwright-core';
import { GraphqlClient, login, RunningApi, startApi, testConfig } from '@jalin/testing';
import { NotificationWorld, ReceivedMail } from '../../integration/notifications/notification-harness';
import { profileInput, UPSERT_PROFILE } from '../../support/marketplace-builders';
import { waitFor } from '../../support/wait-for';
import { checkScreen, ensureWebAppBuilt, launchChromium, phonePagePerTest } from './web-browser';

jest.setTimeout(240000);

const PASSWORD = 'bengkel talang 2026';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const baseOf = (api: RunningApi) => api.url.replace(/\/graphql$/, '');

/** The mail as a reader sees it: quoted-printable soft breaks and escapes undone. */
const readable = (mail: ReceivedMail) =>
  mail.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

async function signUpIkm(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/sign-up`);
  await page.getByLabel('Nama Anda').fill('Bu Sri');
  await page.getByLabel('Nama usaha atau perusahaan').fill('Bengkel Logam Sri');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Daftar' }).click();
  await page.getByTestId('ikm-home').waitFor();
}

async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/**
 * The account and inbox screens of the app in Debian's chromium at phone size (360x800), against
 * the real API and worker: sign-up, sign-in (following a link), errors at the field from the
 * server, silent refresh of an expired access token, the language switch, a notification arriving
 * live with the badge counting it, the offline state, and forgot/reset password through SMTP.
 */
describe('web app: account and inbox on a phone', () => {
  let world: NotificationWorld;
  let shortApi: RunningApi;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ensureWebAppBuilt();
    world = await NotificationWorld.start('web_account', { PASSWORD_RESET_EMAIL_RATE_LIMIT_PER_HOUR: '5' });
    base = baseOf(world.api);
    // Validation keeps deployments at 30 s or more; this second API on the same data signs 3 s tokens.
    shortApi = await startApi(Object.assign(testConfig(world.run.env), { JWT_ACCESS_TTL_SECONDS: 3 }));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await shortApi?.close();
    await world?.stop();
  });

  const tab = phonePagePerTest(() => browser);

  it('signs up an IKM after showing the server’s message at the field, signs out, and signs in again', async () => {
    const { page, context } = tab;
    const email = `sri-${unique()}@bengkel.example.id`;
    await page.goto(`${base}/`);
    await page.waitForURL(/\/sign-in$/);
    await checkScreen(page, 'sign-in');

    await page.getByRole('link', { name: 'Daftar' }).click();
    await page.getByLabel('Nama Anda').fill('Bu Sri');
    await page.getByLabel('Nama usaha atau perusahaan').fill('Bengkel Logam Sri');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Kata sandi', { exact: true }).fill('pendek');
    await checkScreen(page, 'sign-up');
    await page.getByRole('button', { name: 'Daftar' }).click();
    // The server's rule and number at the password field, written by the server in the page's language.
    await expect(page.getByTestId('password-error').textContent()).resolves.toBe('minimal 10 karakter');
    await expect(page.getByLabel('Kata sandi', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await checkScreen(page, 'sign-up-error');

    await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Daftar' }).click();
    await page.getByTestId('ikm-home').waitFor();
    expect(new URL(page.url()).pathname).toBe('/ikm');
    await checkScreen(page, 'ikm-home-placeholder');

    // The refresh token never reaches page scripts: an httpOnly cookie on /graphql only.
    await expect(page.evaluate(() => document.cookie)).resolves.toBe('');
    const cookies = await context.cookies(`${base}/graphql`);
    expect(cookies.find((c) => c.name === 'jalin_refresh')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/graphql' });

    // A reload resumes the session from the cookie.
    await page.reload();
    await page.getByTestId('ikm-home').waitFor();

    await page.getByTestId('nav-account').click();
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toContain('Bengkel Logam Sri');
    await checkScreen(page, 'account');
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in$/);
    expect((await context.cookies(`${base}/graphql`)).find((c) => c.name === 'jalin_refresh')).toBeUndefined();

    // A link followed while signed out opens after sign-in: the IKM's RFQ screen, which for an RFQ
    // that does not exist says so (the whole-story test follows a real notification's link).
    await page.goto(`${base}/rfqs/42`);
    await page.waitForURL(/\/sign-in\?next=%2Frfqs%2F42$/);
    await signIn(page, email, 'not the password');
    await expect(page.getByTestId('form-error').textContent()).resolves.toMatch(/password|sandi/i);
    await signIn(page, email);
    await page.getByTestId('error-state').waitFor();
    expect(new URL(page.url()).pathname).toBe('/rfqs/42');
  });

  it('refreshes an expired access token without the user noticing', async () => {
    const { page } = tab;
    const shortBase = baseOf(shortApi);
    const email = `expiry-${unique()}@bengkel.example.id`;
    await signUpIkm(page, shortBase, email);
    const refreshes: Request[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('refreshSession')) refreshes.push(request);
    });
    // Past the 3 s lifetime of the access token the page got at sign-up.
    await page.waitForTimeout(4500);
    await page.getByTestId('nav-inbox').click();
    await page.getByRole('heading', { name: 'Pemberitahuan' }).waitFor();
    await page.getByTestId('empty-state').waitFor();
    expect(refreshes.length).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe('/inbox');
    await expect(page.getByTestId('error-state').count()).resolves.toBe(0);
  });

  it('switches to English, keeps it after a reload and for the user’s notifications', async () => {
    const { page } = tab;
    const email = `lang-${unique()}@bengkel.example.id`;
    await signUpIkm(page, base, email);
    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { name: 'Jobs for you' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Jobs for you' }).waitFor();
    await checkScreen(page, 'ikm-home-english');
    const client = world.anonymous.as((await login(world.anonymous, email, PASSWORD)).accessToken);
    await waitFor('the locale saved', async () => (await client.ok('{ notificationPreferences { locale } }')).notificationPreferences.locale, (l) => l === 'en');

    // Notification settings: e-mail and a webhook, whose signing key the screen then shows.
    await page.getByTestId('nav-inbox').click();
    await page.getByTestId('preferences-link').click();
    await page.getByLabel('E-mail', { exact: true }).check();
    await page.getByLabel('Webhook (for your company’s systems)').check();
    // Without its URL the server refuses, and says so at the field in the page's language (English now).
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('webhookUrl-error').textContent()).resolves.toBe('is required with the WEBHOOK channel');
    await checkScreen(page, 'notification-preferences-error-en');
    await page.getByLabel('Webhook URL (https)').fill(world.webhooks.url('/jalin-hook'));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('preferences-saved').waitFor();
    const saved = (await client.ok('{ notificationPreferences { channels webhookUrl webhookSecret locale } }')).notificationPreferences;
    expect(saved).toMatchObject({ channels: expect.arrayContaining(['EMAIL', 'WEBHOOK']), webhookUrl: world.webhooks.url('/jalin-hook'), locale: 'en' });
    await expect(page.getByTestId('webhook-secret').inputValue()).resolves.toBe(saved.webhookSecret);
    await checkScreen(page, 'notification-preferences');
  });

  it('shows a notification arriving live, counts it on the badge, opens its link and marks it read', async () => {
    const { page, context } = tab;
    const email = `live-${unique()}@bengkel.example.id`;
    await signUpIkm(page, base, email);
    const ikm = world.anonymous.as((await login(world.anonymous, email, PASSWORD)).accessToken);
    const { upsertMyProfile } = await ikm.ok(UPSERT_PROFILE, { input: profileInput() });
    await page.getByTestId('nav-inbox').click();
    await page.getByTestId('empty-state').waitFor();
    await checkScreen(page, 'inbox-empty');
    await expect(page.getByTestId('unread-badge').count()).resolves.toBe(0);

    const dinas = await world.dinas();
    await dinas.ok('mutation V($id: ID!) { verifyProfile(profileId: $id, note: "Dicek di lokasi") { id } }', { id: upsertMyProfile.id });
    // No reload: the notification comes over graphql-ws.
    await page.getByTestId('notification').first().waitFor({ timeout: 20000 });
    await expect(page.getByTestId('unread-badge').textContent()).resolves.toBe('1');
    await checkScreen(page, 'inbox-live');

    await page.getByTestId('notification').first().click();
    await page.getByTestId('ikm-profile').waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile');
    await expect(page.getByTestId('unread-badge').count()).resolves.toBe(0);
    await waitFor('read on the server', async () => (await ikm.ok('{ notifications(unreadOnly: true) { totalCount } }')).notifications.totalCount, (n) => n === 0);

    // Offline after a first load: the app still opens, says so, and shows the last inbox it saw.
    await page.getByTestId('nav-inbox').click();
    await page.getByTestId('notification').first().waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('offline-banner').waitFor();
    await page.getByTestId('notification').first().waitFor();
    await page.getByTestId('inbox-saved').waitFor();
    await checkScreen(page, 'inbox-offline');
    await context.setOffline(false);
  });

  it('resets a forgotten password from the e-mailed link and changes it on the account screen', async () => {
    const { page } = tab;
    const email = `reset-${unique()}@bengkel.example.id`;
    await signUpIkm(page, base, email);
    await page.getByTestId('nav-account').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in$/);

    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await page.getByLabel('Email').fill(email);
    await checkScreen(page, 'forgot-password');
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await page.getByTestId('forgot-sent').waitFor();
    const mail = await waitFor('the reset e-mail', async () => world.smtp.mails.find((m) => m.to.includes(email)), Boolean, { timeoutMs: 20000 });
    const link = /https:\/\/jalin\.example\.id(\/reset-password\?token=[A-Za-z0-9_-]+)/.exec(readable(mail!))![1];

    await page.goto(`${base}${link}`);
    await page.getByLabel('Kata sandi baru').fill('pendek');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await expect(page.getByTestId('newPassword-error').textContent()).resolves.toBe('minimal 10 karakter');
    await checkScreen(page, 'reset-password-error');
    await page.getByLabel('Kata sandi baru').fill('kata sandi baru sekali');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await page.getByTestId('ikm-home').waitFor();

    await page.getByTestId('nav-account').click();
    await page.getByLabel('Kata sandi sekarang').fill('kata sandi baru sekali');
    await page.getByLabel('Kata sandi baru').fill('kata sandi ketiga kali');
    await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await page.getByTestId('password-changed').waitFor();
    await checkScreen(page, 'account-password-changed');
    // The session goes on with the cookie of the new session.
    await page.reload();
    await page.getByTestId('signed-in-as').waitFor();
    expect(await new GraphqlClient(world.api.url).code('mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: 'kata sandi ketiga kali' })).toBeNull();
  });
});
