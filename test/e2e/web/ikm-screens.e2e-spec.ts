/// <reference lib="dom" />
import { Browser, BrowserContext, Page } from 'playwright-core';
import { registerAccount, RegisteredAccount } from '@jalin/testing';
import { postRfq, TALANG } from '../../support/marketplace-builders';
import { waitFor } from '../../support/wait-for';
import { fillGuidedProfile, ProfileStep, sendIkmSignUp, signUpIkmThroughForm } from '../../support/web-forms';
import { startWebStack, WebStack } from '../../support/web-stack';
import { AWARD, UPDATE_DEAL } from '../../integration/deals/deal-market';
import { checkScreen, desktopContext, isoDay, launchChromium, pageCollectingErrors, phoneContext, plain, signInThroughForm } from './web-browser';

// One long story on a phone; the machine running it may be shared by other test runs.
jest.setTimeout(1_200_000);

const RFQ = `query R($id: ID!) { rfq(id: $id) { matchingStatus quotes { id status current } deals { id status } } }`;
const FIRST_TITLE = 'Bracket dudukan kursi bus';
const SECOND_TITLE = 'Plat lantai bus';

/**
 * The IKM owner's screens on a 360x800 phone, against the API and worker processes: sign up, the
 * guided profile (a server BAD_USER_INPUT lands at its field), a matched RFQ with why it matched, a
 * quote whose draft survives a reload and a lost connection, its revision and withdrawal (the buyer
 * at the desk sees both), declining another RFQ with a reason (the buyer sees it declined), the job
 * list opened offline, my quotes, the deal stepped to IN_PRODUCTION and DELIVERED, and rating the
 * buyer. Every screen passes axe-core, fits the phone and is photographed.
 */
describe('IKM screens (phone, browser)', () => {
  let stack: WebStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  let buyer: RegisteredAccount;
  let desk: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    stack = await startWebStack('ikm_screens');
    baseUrl = stack.baseUrl;
    buyer = await registerAccount(stack.anonymous, { role: 'BUYER', organizationName: 'PT Karoseri Tegal' });
    browser = await launchChromium();
    context = await phoneContext(browser);
    await context.grantPermissions(['geolocation'], { origin: baseUrl });
    await context.setGeolocation({ latitude: TALANG.lat, longitude: TALANG.lng });
    page = await pageCollectingErrors(context, pageErrors, 'IKM');
    desk = await pageCollectingErrors(await desktopContext(browser), pageErrors, 'buyer');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('plays the IKM owner’s work from sign-up to rating the buyer', async () => {
    await signUpIkmThroughForm(page, baseUrl, { email: `ikm-${Date.now()}@example.co.id`, organizationName: 'CV Logam Talang' });
    await sendIkmSignUp(page);
    await checkScreen(page, 'ikm-01-jobs-empty');

    // The guided profile, from the bottom nav; a lead time of 0 days, which the server refuses.
    await page.getByTestId('nav-ikm-profile').click();
    await page.getByTestId('ikm-profile').waitFor();
    const shots: Record<ProfileStep, string> = { sector: '02', processes: '03', materials: '04', certifications: '05', capacity: '06', location: '07' };
    await fillGuidedProfile(page, { leadTimeDays: '0', certificateNumber: 'SNI-123', certificateValidUntil: isoDay(400) }, async (step) => {
      if (step === 'capacity') await expectNumericKeyboard(page, ['#quantity', '#minOrderQuantity', '#leadTimeDays']);
      await checkScreen(page, `ikm-${shots[step]}-profile-${step}`);
    });
    await page.getByTestId('save-profile').click();

    // The server's BAD_USER_INPUT takes the owner back to the step and shows at the field.
    await page.getByTestId('leadTimeDays-error').waitFor({ timeout: 20000 });
    await page.getByTestId('profile-step').filter({ hasText: 'Langkah 5 dari 6' }).waitFor();
    expectTrue(await page.locator('#leadTimeDays').getAttribute('aria-invalid') === 'true', 'lead time marked invalid');
    expectEqual(await page.getByTestId('leadTimeDays-error').textContent(), 'harus bilangan bulat lebih dari nol', 'the server\'s message in Bahasa Indonesia');
    await checkScreen(page, 'ikm-08-profile-bad-input');
    await page.locator('#leadTimeDays').fill('14');
    await page.getByTestId('profile-next').click();
    await page.getByTestId('save-profile').click();
    await page.getByTestId('profile-saved').waitFor({ timeout: 20000 });
    await page.getByTestId('verification-status').filter({ hasText: 'Menunggu verifikasi' }).waitFor();
    await checkScreen(page, 'ikm-09-profile-saved-waiting');

    // A buyer posts an RFQ through the API; the worker matches it to this workshop.
    const rfqId = await postRfq(buyer.client, { title: FIRST_TITLE });
    await waitFor('the RFQ matched', () => buyer.client.ok<any>(RFQ, { id: rfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 60000 });

    await page.getByTestId('nav-ikm').click();
    await page.getByTestId('ikm-match').first().waitFor({ timeout: 20000 });
    const card = page.getByTestId('ikm-match').first();
    expectTrue((await card.textContent())!.includes(FIRST_TITLE), 'the matched RFQ is listed');
    await card.locator('summary').click();
    const reasons = await card.locator('[data-factor]').allTextContents();
    expectTrue(reasons.length >= 3 && reasons.every((r) => r.trim().length > 10), `why it matched is explained: ${JSON.stringify(reasons)}`);
    await checkScreen(page, 'ikm-10-jobs-with-match');

    // The RFQ: write a quote, reload, the draft is still there, send it.
    await card.locator('a').click();
    await page.getByTestId('quote-form').waitFor({ timeout: 20000 });
    await page.locator('#unitPrice').pressSequentially('1250000');
    expectTrue((await page.locator('#unitPrice').inputValue()) === 'Rp 1.250.000', 'rupiah formatted as typed');
    await page.locator('#unitPrice').fill('');
    await fillQuote(page, { unitPrice: '12000', leadTimeDays: '14', notes: 'Termasuk pengecatan dasar' });
    await expectNumericKeyboard(page, ['#unitPrice', '#quantity', '#leadTimeDays']);
    await checkScreen(page, 'ikm-11-rfq-quote-form');
    await page.reload();
    await page.getByTestId('quote-form').waitFor({ timeout: 20000 });
    expectTrue((await page.locator('#unitPrice').inputValue()) === 'Rp 12.000', 'the draft price survives a reload');
    expectTrue((await page.locator('#notes').inputValue()) === 'Termasuk pengecatan dasar', 'the draft notes survive a reload');
    await page.getByTestId('send-quote').click();
    await page.getByTestId('current-quote').waitFor({ timeout: 20000 });
    expectTrue(plain(await page.getByTestId('current-quote').textContent()).includes('Rp 12.000'), 'the sent quote shows its price');
    await checkScreen(page, 'ikm-12-rfq-quoted');

    // Revise: the form is now "Ubah penawaran"; the second revision replaces the first, for the buyer too.
    await page.getByRole('heading', { name: 'Ubah penawaran' }).waitFor();
    await fillQuote(page, { unitPrice: '11500', leadTimeDays: '10', notes: 'Harga baru, bahan dari stok' });
    await page.getByTestId('send-quote').click();
    await page.getByTestId('rfq-done').filter({ hasText: 'Penawaran terkirim (revisi 2).' }).waitFor({ timeout: 20000 });
    await page.getByTestId('current-quote').filter({ hasText: 'revisi 2' }).waitFor();
    expectTrue(plain(await page.getByTestId('current-quote').textContent()).includes('Rp 11.500'), `the revision shows its price: ${await page.getByTestId('current-quote').textContent()}`);
    await checkScreen(page, 'ikm-13-rfq-revised');
    await signInThroughForm(desk, baseUrl, buyer.email, buyer.password);
    await desk.getByTestId('buyer-home').waitFor();
    await desk.goto(`${baseUrl}/rfqs/${rfqId}`);
    await desk.getByTestId('comparison-row').first().waitFor({ timeout: 20000 });
    expectEqual((await desk.locator('[data-testid=row-unit-price]').allInnerTexts()).map(plain), ['Rp 11.500'], 'the buyer compares the revised price only');
    expectEqual(await desk.locator('[data-testid=row-lead-time]').allInnerTexts(), ['10 hari'], 'the buyer sees the revised lead time');
    await checkScreen(desk, 'ikm-14-buyer-sees-revision');

    // Withdraw: the quote is gone for the IKM and for the buyer, and a new one may be written.
    await page.getByTestId('withdraw-quote').click();
    await page.getByTestId('rfq-done').filter({ hasText: 'Penawaran ditarik.' }).waitFor({ timeout: 20000 });
    await page.getByTestId('current-quote').waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Penawaran Anda' }).waitFor();
    await checkScreen(page, 'ikm-15-rfq-withdrawn');
    await desk.reload();
    await desk.getByTestId('quote-comparison').getByTestId('empty-state').filter({ hasText: 'Belum ada penawaran.' }).waitFor({ timeout: 20000 });
    expectEqual(await desk.getByTestId('comparison-row').count(), 0, 'the buyer no longer sees the withdrawn quote');
    await checkScreen(desk, 'ikm-16-buyer-sees-withdrawal');

    // A lost connection while sending: the server cannot be reached, the quote stays as written; back online it goes.
    await fillQuote(page, { unitPrice: '12000', leadTimeDays: '14', notes: 'Termasuk pengecatan dasar' });
    await context.setOffline(true);
    await page.getByTestId('send-quote').click();
    await page.getByTestId('form-error').filter({ hasText: 'Server tidak dapat dihubungi' }).waitFor({ timeout: 20000 });
    expectTrue((await page.locator('#unitPrice').inputValue()) === 'Rp 12.000' && (await page.locator('#notes').inputValue()) === 'Termasuk pengecatan dasar',
      'the quote being written is kept when the connection is lost');
    await checkScreen(page, 'ikm-17-rfq-quote-connection-lost');
    await context.setOffline(false);
    await page.getByTestId('send-quote').click();
    await page.getByTestId('rfq-done').filter({ hasText: 'Penawaran terkirim (revisi 3).' }).waitFor({ timeout: 20000 });
    expectTrue(plain(await page.getByTestId('current-quote').textContent()).includes('Rp 12.000'), 'the quote sent once the connection is back');

    // Decline another RFQ with a reason: the IKM's job list and the buyer's matches say so.
    const secondRfqId = await postRfq(buyer.client, { title: SECOND_TITLE, quantity: 300 });
    await waitFor('the second RFQ matched', () => buyer.client.ok<any>(RFQ, { id: secondRfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 60000 });
    await page.getByTestId('nav-ikm').click();
    const second = page.getByTestId('ikm-match').filter({ hasText: SECOND_TITLE });
    await second.waitFor({ timeout: 20000 });
    await second.locator('a').click();
    await page.getByTestId('decline').waitFor({ timeout: 20000 });
    await page.locator('#reason').fill('Kapasitas penuh sampai bulan depan');
    await checkScreen(page, 'ikm-18-rfq-decline-reason');
    await page.getByTestId('decline-match').click();
    await page.getByTestId('rfq-done').filter({ hasText: 'Anda menolak RFQ ini.' }).waitFor({ timeout: 20000 });
    await page.getByTestId('quote-form').waitFor({ state: 'detached' });
    await page.getByTestId('decline').waitFor({ state: 'detached' });
    await checkScreen(page, 'ikm-19-rfq-declined');
    await page.getByTestId('nav-ikm').click();
    await page.getByTestId('ikm-match').filter({ hasText: SECOND_TITLE }).filter({ hasText: 'Ditolak' }).waitFor({ timeout: 20000 });
    expectTrue((await page.getByTestId('ikm-match').filter({ hasText: FIRST_TITLE }).textContent())!.includes('Sudah ditawar'), 'the quoted RFQ says so');
    await checkScreen(page, 'ikm-20-jobs-one-declined');
    await desk.goto(`${baseUrl}/rfqs/${secondRfqId}`);
    await desk.getByTestId('rfq-matches').getByTestId('match-declined').filter({ hasText: 'Menolak RFQ ini' }).waitFor({ timeout: 20000 });
    await checkScreen(desk, 'ikm-21-buyer-sees-decline');

    // Opened offline, "Pekerjaan untuk Anda" shows the last RFQs it saw and says it is offline.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('offline-banner').waitFor({ timeout: 20000 });
    await page.getByTestId('jobs-saved').waitFor();
    expectEqual((await page.getByTestId('ikm-match').locator('.list-title').allInnerTexts()).sort(), [FIRST_TITLE, SECOND_TITLE].sort(), 'the saved RFQs listed offline');
    await checkScreen(page, 'ikm-22-jobs-offline');
    // Back online the session resumes by itself (no reload: that could race the refresh cookie's rotation).
    await context.setOffline(false);
    await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
    await page.getByTestId('nav-ikm-quotes').click();
    await page.getByTestId('quote-row').first().waitFor({ timeout: 20000 });
    expectTrue((await page.getByTestId('quote-row').first().textContent())!.includes(FIRST_TITLE), 'my quotes lists it');
    await checkScreen(page, 'ikm-23-my-quotes');
    await page.getByTestId('nav-ikm').click();
    await page.getByTestId('ikm-match').filter({ hasText: SECOND_TITLE }).waitFor({ timeout: 20000 });
    expectEqual(await page.getByTestId('jobs-saved').count(), 0, 'back online the list is the server\'s again');

    // The buyer awards the current quote and issues the PO through the API.
    const quoteId = (await buyer.client.ok<any>(RFQ, { id: rfqId })).rfq.quotes.find((q: any) => q.current && q.status === 'SUBMITTED').id;
    const [deal] = (await buyer.client.ok<any>(AWARD, { rfqId, awards: [{ quoteId, quantity: 1000 }] })).awardRfq;
    await buyer.client.ok(UPDATE_DEAL, { dealId: deal.id, status: 'PO_ISSUED' });

    await page.getByTestId('nav-ikm-deals').click();
    await page.getByTestId('deal-row').first().waitFor({ timeout: 20000 });
    await checkScreen(page, 'ikm-24-my-deals');
    await page.getByTestId('deal-row').first().locator('a').click();
    await page.getByTestId('deal-next-step').filter({ hasText: 'Mulai produksi' }).waitFor({ timeout: 20000 });
    expectTrue((await page.getByTestId('deal-value').textContent()) === 'Rp\u00a012.000.000', 'the deal value in rupiah on one line');
    await checkScreen(page, 'ikm-25-deal-po-issued');
    await page.getByTestId('deal-next-step').click();
    await page.locator('[data-testid=deal-status][data-value=IN_PRODUCTION]').waitFor({ timeout: 20000 });
    await page.getByTestId('deal-next-step').filter({ hasText: 'Tandai sudah dikirim' }).click();
    await page.locator('[data-testid=deal-status][data-value=DELIVERED]').waitFor({ timeout: 20000 });
    await page.getByTestId('deal-waiting').waitFor();
    await checkScreen(page, 'ikm-26-deal-delivered');

    // The buyer accepts; the IKM rates the buyer's payment.
    await buyer.client.ok(UPDATE_DEAL, { dealId: deal.id, status: 'COMPLETED' });
    await page.reload();
    await page.getByTestId('rate-buyer').waitFor({ timeout: 20000 });
    await page.locator('input[name=paymentPunctuality][value="5"]').check();
    await page.locator('#comment').fill('Pembayaran tepat waktu');
    await checkScreen(page, 'ikm-27-deal-rate-buyer');
    await page.getByTestId('rate-submit').click();
    await page.getByTestId('deal-rated').filter({ hasText: '5/5' }).waitFor({ timeout: 20000 });
    await checkScreen(page, 'ikm-28-deal-rated');

    expectTrue(pageErrors.length === 0, `no script errors: ${pageErrors.join('; ')}`);
  });
});

function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected: ${what}`);
}

function expectEqual<T>(actual: T, wanted: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) throw new Error(`expected ${what}: ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
}

/** Writes the quote form's fields (quantity 1000, valid for 30 days) as the owner types them. */
async function fillQuote(page: Page, quote: { unitPrice: string; leadTimeDays: string; notes: string }): Promise<void> {
  await page.locator('#unitPrice').fill('');
  await page.locator('#unitPrice').pressSequentially(quote.unitPrice);
  await page.locator('#quantity').fill('1000');
  await page.locator('#leadTimeDays').fill(quote.leadTimeDays);
  await page.locator('#validUntil').fill(isoDay(30));
  await page.locator('#notes').fill(quote.notes);
}

/** Numbers open the phone's numeric keyboard. */
async function expectNumericKeyboard(page: Page, selectors: string[]): Promise<void> {
  for (const selector of selectors) {
    const mode = await page.locator(selector).getAttribute('inputmode');
    expectTrue(mode === 'numeric' || mode === 'decimal', `${selector} has a numeric keyboard (inputmode ${mode})`);
  }
}
