import { Browser, BrowserContext, Page } from 'playwright-core';
import { GraphqlClient, registerAccount } from '@jalin/testing';
import { AppProcess, freePort } from '../../support/app-process';
import { postRfq, TALANG } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';
import { AWARD, UPDATE_DEAL } from '../../integration/deals/deal-market';
import { checkScreen, ensureWebAppBuilt, launchChromium, phoneContext } from './web-browser';

jest.setTimeout(600000);

const RFQ = `query R($id: ID!) { rfq(id: $id) { matchingStatus quotes { id status } deals { id status } } }`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The IKM owner's screens on a 360x800 phone, against the API and worker processes: sign up, the
 * guided profile (a server BAD_USER_INPUT lands at its field), a matched RFQ with why it matched, a
 * quote whose draft survives a reload, my quotes, the deal stepped to IN_PRODUCTION and DELIVERED,
 * and rating the buyer. Every screen passes axe-core, fits the phone and is photographed.
 */
describe('IKM screens (phone, browser)', () => {
  let run: ScratchRun;
  let api: AppProcess;
  let worker: AppProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  let anonymous: GraphqlClient;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    run = await startScratchRun('ikm_screens');
    const port = await freePort();
    const env = { ...process.env, ...run.env, LOG_LEVEL: 'warn', OUTBOX_POLL_MS: '50' };
    api = new AppProcess('apps/api/src/main.ts', { ...env, PORT: String(port) });
    worker = new AppProcess('apps/worker/src/main.ts', env);
    await Promise.all([api.waitForOutput(/Jalin API listening/), worker.waitForOutput(/Jalin worker started/)]);
    baseUrl = `http://127.0.0.1:${port}`;
    anonymous = new GraphqlClient(`${baseUrl}/graphql`);
    browser = await launchChromium();
    context = await phoneContext(browser);
    await context.grantPermissions(['geolocation'], { origin: baseUrl });
    await context.setGeolocation({ latitude: TALANG.lat, longitude: TALANG.lng });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    worker?.signal('SIGTERM');
    await worker?.waitForExit(30000).catch(() => worker.kill());
    api?.signal('SIGTERM');
    await api?.waitForExit(15000).catch(() => api.kill());
    await run?.drop();
  });

  const next = () => page.getByTestId('profile-next').click();
  const step = (n: number) => page.getByTestId('profile-step').filter({ hasText: `Langkah ${n} dari 6` }).waitFor({ timeout: 20000 });

  it('plays the IKM owner’s work from sign-up to rating the buyer', async () => {
    page.setDefaultTimeout(30000);
    // Sign up as an IKM (the default account type).
    await page.goto(`${baseUrl}/sign-up`);
    const email = `ikm-${Date.now()}@example.co.id`;
    await page.locator('#name').fill('Bu Sari');
    await page.locator('#organizationName').fill('CV Logam Talang');
    await page.locator('#email').fill(email);
    await page.locator('#password').fill('correct horse battery');
    await page.locator('form[data-testid=sign-up-form] button[type=submit]').click();
    await page.getByTestId('ikm-home').waitFor({ timeout: 20000 });
    await page.getByTestId('empty-state').waitFor();
    await checkScreen(page, 'ikm-01-jobs-empty');

    // The guided profile, from the bottom nav.
    await page.getByTestId('nav-ikm-profile').click();
    await page.getByTestId('ikm-profile').waitFor();
    await step(1);
    await page.locator('input[name=sectors][value=METAL]').check();
    await checkScreen(page, 'ikm-02-profile-sector');
    await next();
    await step(2);
    for (const code of ['LASER_CUTTING', 'BENDING', 'WELDING_MIG']) await page.locator(`input[name=processes][value=${code}]`).check();
    await checkScreen(page, 'ikm-03-profile-processes');
    await next();
    for (const code of ['SS400', 'SPCC']) await page.locator(`input[name=materials][value=${code}]`).check();
    await checkScreen(page, 'ikm-04-profile-materials');
    await next();
    await page.locator('input[name=certifications][value=SNI]').check();
    await page.locator('#number-SNI').fill('SNI-123');
    await page.locator('#validUntil-SNI').fill(inDays(400));
    await checkScreen(page, 'ikm-05-profile-certifications');
    await next();
    await page.locator('#quantity').fill('2000');
    await page.locator('#unit').selectOption('pcs');
    await page.locator('#minOrderQuantity').fill('50');
    await page.locator('#leadTimeDays').fill('0'); // the server refuses it: the message must land at this field
    await expectNumericKeyboard(page, ['#quantity', '#minOrderQuantity', '#leadTimeDays']);
    await checkScreen(page, 'ikm-06-profile-capacity');
    await next();
    await page.locator('#kecamatanCode').selectOption('3328140');
    await page.getByTestId('use-location').click();
    await waitFor('the location filled in', () => page.locator('#lat').inputValue(), (lat) => lat.startsWith('-6.91'), { timeoutMs: 10000 });
    await checkScreen(page, 'ikm-07-profile-location');
    await page.getByTestId('save-profile').click();

    // The server's BAD_USER_INPUT takes the owner back to the step and shows at the field.
    await page.getByTestId('leadTimeDays-error').waitFor({ timeout: 20000 });
    await step(5);
    expectTrue(await page.locator('#leadTimeDays').getAttribute('aria-invalid') === 'true', 'lead time marked invalid');
    await checkScreen(page, 'ikm-08-profile-bad-input');
    await page.locator('#leadTimeDays').fill('14');
    await next();
    await page.getByTestId('save-profile').click();
    await page.getByTestId('profile-saved').waitFor({ timeout: 20000 });
    await page.getByTestId('verification-status').filter({ hasText: 'Menunggu verifikasi' }).waitFor();
    await checkScreen(page, 'ikm-09-profile-saved-waiting');

    // A buyer posts an RFQ through the API; the worker matches it to this workshop.
    const buyer = await registerAccount(anonymous, { role: 'BUYER', organizationName: 'PT Karoseri Tegal' });
    const rfqId = await postRfq(buyer.client, { title: 'Bracket dudukan kursi bus' });
    await waitFor('the RFQ matched', () => buyer.client.ok<any>(RFQ, { id: rfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 60000 });

    await page.getByTestId('nav-ikm').click();
    await page.getByTestId('ikm-match').first().waitFor({ timeout: 20000 });
    const card = page.getByTestId('ikm-match').first();
    expectTrue((await card.textContent())!.includes('Bracket dudukan kursi bus'), 'the matched RFQ is listed');
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
    await page.locator('#unitPrice').pressSequentially('12000');
    await page.locator('#quantity').fill('1000');
    await page.locator('#leadTimeDays').fill('14');
    await page.locator('#validUntil').fill(inDays(30));
    await page.locator('#notes').fill('Termasuk pengecatan dasar');
    await expectNumericKeyboard(page, ['#unitPrice', '#quantity', '#leadTimeDays']);
    await checkScreen(page, 'ikm-11-rfq-quote-form');
    await page.reload();
    await page.getByTestId('quote-form').waitFor({ timeout: 20000 });
    expectTrue((await page.locator('#unitPrice').inputValue()) === 'Rp 12.000', 'the draft price survives a reload');
    expectTrue((await page.locator('#notes').inputValue()) === 'Termasuk pengecatan dasar', 'the draft notes survive a reload');
    await page.getByTestId('send-quote').click();
    await page.getByTestId('current-quote').waitFor({ timeout: 20000 });
    expectTrue((await page.getByTestId('current-quote').textContent())!.includes('Rp\u00a012.000'), 'the sent quote shows its price');
    await checkScreen(page, 'ikm-12-rfq-quoted');

    await page.getByTestId('nav-ikm-quotes').click();
    await page.getByTestId('quote-row').first().waitFor({ timeout: 20000 });
    expectTrue((await page.getByTestId('quote-row').first().textContent())!.includes('Bracket dudukan kursi bus'), 'my quotes lists it');
    await checkScreen(page, 'ikm-13-my-quotes');

    // The buyer awards and issues the PO through the API.
    const quoteId = (await buyer.client.ok<any>(RFQ, { id: rfqId })).rfq.quotes[0].id;
    const [deal] = (await buyer.client.ok<any>(AWARD, { rfqId, awards: [{ quoteId, quantity: 1000 }] })).awardRfq;
    await buyer.client.ok(UPDATE_DEAL, { dealId: deal.id, status: 'PO_ISSUED' });

    await page.getByTestId('nav-ikm-deals').click();
    await page.getByTestId('deal-row').first().waitFor({ timeout: 20000 });
    await checkScreen(page, 'ikm-14-my-deals');
    await page.getByTestId('deal-row').first().locator('a').click();
    await page.getByTestId('deal-next-step').filter({ hasText: 'Mulai produksi' }).waitFor({ timeout: 20000 });
    expectTrue((await page.getByTestId('deal-value').textContent()) === 'Rp\u00a012.000.000', 'the deal value in rupiah on one line');
    await checkScreen(page, 'ikm-15-deal-po-issued');
    await page.getByTestId('deal-next-step').click();
    await page.locator('[data-testid=deal-status][data-value=IN_PRODUCTION]').waitFor({ timeout: 20000 });
    await page.getByTestId('deal-next-step').filter({ hasText: 'Tandai sudah dikirim' }).click();
    await page.locator('[data-testid=deal-status][data-value=DELIVERED]').waitFor({ timeout: 20000 });
    await page.getByTestId('deal-waiting').waitFor();
    await checkScreen(page, 'ikm-16-deal-delivered');

    // The buyer accepts; the IKM rates the buyer's payment.
    await buyer.client.ok(UPDATE_DEAL, { dealId: deal.id, status: 'COMPLETED' });
    await page.reload();
    await page.getByTestId('rate-buyer').waitFor({ timeout: 20000 });
    await page.locator('input[name=paymentPunctuality][value="5"]').check();
    await page.locator('#comment').fill('Pembayaran tepat waktu');
    await checkScreen(page, 'ikm-17-deal-rate-buyer');
    await page.getByTestId('rate-submit').click();
    await page.getByTestId('deal-rated').filter({ hasText: '5/5' }).waitFor({ timeout: 20000 });
    await checkScreen(page, 'ikm-18-deal-rated');

    expectTrue(pageErrors.length === 0, `no script errors: ${pageErrors.join('; ')}`);
  });
});

function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected: ${what}`);
}

/** Numbers open the phone's numeric keyboard. */
async function expectNumericKeyboard(page: Page, selectors: string[]): Promise<void> {
  for (const selector of selectors) {
    const mode = await page.locator(selector).getAttribute('inputmode');
    expectTrue(mode === 'numeric' || mode === 'decimal', `${selector} has a numeric keyboard (inputmode ${mode})`);
  }
}
