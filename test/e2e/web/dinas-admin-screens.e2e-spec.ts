import { Browser } from 'playwright-core';
import { GraphqlClient, login, registerAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { bootstrapAdmin, StaffClients, staffClients } from '../../integration/profiles/profile-fixtures';
import { profileInput, UPSERT_PROFILE } from '../../support/marketplace-builders';
import { checkScreen, ensureWebAppBuilt, launchChromium, phonePagePerTest, signInThroughForm } from './web-browser';

jest.setTimeout(240000);

const baseOf = (api: RunningApi) => api.url.replace(/\/graphql$/, '');
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const MY_PROFILE = `{ myProfile { id verified verifications { note } } }`;

/**
 * The Dinas officer's and the admin's screens in Debian's chromium at phone size, against the real
 * API: the officer verifies a freshly registered IKM from the queue with a note and finds it in the
 * directory by filters; the admin creates an officer through the form, who then signs in.
 */
describe('web app: Dinas and admin screens on a phone', () => {
  const admin = bootstrapAdmin();
  const officerPassword = 'officer-password';
  let api: RunningApi;
  let staff: StaffClients;
  let officerEmail: string;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ensureWebAppBuilt();
    api = await startApi(testConfig({ BOOTSTRAP_ADMIN_EMAIL: admin.email, BOOTSTRAP_ADMIN_PASSWORD: admin.password }));
    base = baseOf(api);
    staff = await staffClients(api.url, admin.email, admin.password);
    officerEmail = (await staff.dinas.ok<{ me: { email: string } }>(`{ me { email } }`)).me.email;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const tab = phonePagePerTest(() => browser);

  it('the officer verifies a new IKM from the queue with a note, and finds it in the directory by filters', async () => {
    const { page } = tab;
    const name = `Bengkel Las Talang ${unique()}`;
    const ikm = await registerAccount(new GraphqlClient(api.url), { role: 'IKM', organizationName: name });
    const profileId = (await ikm.client.ok(UPSERT_PROFILE, { input: profileInput() })).upsertMyProfile.id;

    await signInThroughForm(page, base, officerEmail, officerPassword);
    await page.getByTestId('nav-verification').click();
    const card = page.getByTestId(`profile-${profileId}`);
    await card.waitFor();
    await expect(card.getByRole('heading').textContent()).resolves.toBe(name);
    await expect(card.textContent()).resolves.toContain('Belum terverifikasi');
    await expect(card.textContent()).resolves.toContain('Talang');
    await checkScreen(page, 'dinas-verification-queue');

    const note = 'Kunjungan 7 Des: fiber laser dan press brake dilihat';
    await card.getByLabel('Catatan verifikasi').fill(note);
    await card.getByRole('button', { name: 'Tandai terverifikasi' }).click();
    await expect(page.getByTestId('verified-notice').textContent()).resolves.toBe(`${name} sudah terverifikasi.`);
    await card.waitFor({ state: 'detached' });
    await checkScreen(page, 'dinas-verification-queue-after');

    // The IKM sees it through the API: verified, with the officer's note.
    const mine = (await ikm.client.ok(MY_PROFILE)).myProfile;
    expect(mine).toMatchObject({ id: profileId, verified: true, verifications: [{ note }] });

    await page.getByTestId('nav-ikm-directory').click();
    await page.getByTestId('directory-count').waitFor();
    await page.getByLabel('Sektor', { exact: true }).selectOption('METAL');
    await page.getByLabel('Proses', { exact: true }).selectOption('LASER_CUTTING');
    await page.getByLabel('Kecamatan', { exact: true }).selectOption('3328140');
    await page.getByLabel('Status verifikasi').selectOption('yes');
    const listed = page.getByTestId(`profile-${profileId}`);
    await listed.waitFor();
    await expect(listed.textContent()).resolves.toContain('Terverifikasi');
    await checkScreen(page, 'dinas-ikm-directory');

    // Unverified only: the IKM just verified is not among them.
    await page.getByLabel('Status verifikasi').selectOption('no');
    await listed.waitFor({ state: 'detached' });
  });

  it('the admin creates a Dinas officer through the form (the server’s rule at the field first), and the officer signs in', async () => {
    const { page } = tab;
    await signInThroughForm(page, base, admin.email, admin.password);
    await page.getByTestId('staff-accounts').waitFor();
    await page.getByTestId('staff-list').getByText(officerEmail).waitFor();
    await checkScreen(page, 'admin-staff-accounts');
    await expect(page.getByRole('navigation').getByRole('link').allTextContents()).resolves.toEqual(['Dasbor', 'Petugas', 'Notifi\u00adkasi', 'Akun']);

    const email = `petugas-${unique()}@tegalkab.go.id`;
    await page.getByLabel('Nama lengkap').fill('Pak Darto');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Kata sandi awal').fill('pendek');
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await expect(page.getByTestId('password-error').textContent()).resolves.toBe('minimal 10 karakter');
    await checkScreen(page, 'admin-staff-accounts-error');

    await page.getByLabel('Kata sandi awal').fill('darto-dinas-2026');
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await expect(page.getByTestId('staff-created').textContent()).resolves.toBe(`Akun ${email} (Petugas Dinas) sudah dibuat. Petugas dapat masuk sekarang.`);
    await expect(page.getByLabel('Nama lengkap').inputValue()).resolves.toBe('');
    // The list of staff (staffAccounts) now holds the new officer.
    await page.getByTestId('staff-list').getByText(email).waitFor();
    await checkScreen(page, 'admin-staff-accounts-created');

    const officer = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    try {
      const officerPage = await officer.newPage();
      await signInThroughForm(officerPage, base, email, 'darto-dinas-2026');
      await officerPage.getByTestId('nav-verification').click();
      await officerPage.getByTestId('verification-queue').waitFor();
      await checkScreen(officerPage, 'dinas-new-officer-queue');
    } finally {
      await officer.close();
    }
    const session = await login(new GraphqlClient(api.url), email, 'darto-dinas-2026');
    expect(session.user.role).toBe('DINAS');
  });

  it('serves the app’s files gzipped to a phone that accepts it', async () => {
    const html = await (await fetch(`${base}/sign-in`)).text();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const gzipped = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await gzipped.text()).length).toBe((await plain.text()).length);
  });
});
