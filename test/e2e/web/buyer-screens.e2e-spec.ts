import { Browser, BrowserContext, Page } from 'playwright-core';
import { GraphqlClient, registerAccount, RegisteredAccount } from '@jalin/testing';
import { AppProcess, freePort } from '../../support/app-process';
import { ikmWithProfile, postRfq } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';
import { quoteInput, SUBMIT_QUOTE, UPDATE_DEAL } from '../../integration/deals/deal-market';
import { checkScreen, desktopContext, ensureWebAppBuilt, launchChromium, phoneContext } from './web-browser';

jest.setTimeout(240000);

const RFQ_STATE = `query R($id: ID!) { rfq(id: $id) { id matchingStatus matches { ikm { id } } deals { id ikm { id } } } }`;
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** The page's text with non-breaking spaces as plain ones (rupiah figures never wrap). */
const textOf = async (page: Page, selector: string) => ((await page.locator(selector).innerText()) ?? '').replace(/\u00a0/g, ' ').trim();
const textsOf = async (page: Page, selector: string) => (await page.locator(selector).allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' ').trim());

/**
 * The buyer's screens in a real browser against the API and the matching worker: post an RFQ through
 * the form (a server BAD_USER_INPUT shows at its field), see the explained matches, compare two
 * IKMs' quotes in three orders, split the award with the exact rupiah shown before confirming, step
 * a deal to COMPLETED and rate the IKM, cancel an RFQ with a reason, search the supplier directory;
 * every screen passes axe-core and fits a 360 px phone.
 */
describe('buyer screens (browser)', () => {
  let run: ScratchRun;
  let api: AppProcess;
  let worker: AppProcess;
  let browser: Browser;
  let baseUrl: string;
  let anonymous: GraphqlClient;
  let buyer: RegisteredAccount;
  let ikmA: RegisteredAccount & { profileId: string };
  let ikmB: RegisteredAccount & { profileId: string };
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    run = await startScratchRun('buyer_screens');
    const port = await freePort();
    const env = { ...process.env, ...run.env, LOG_LEVEL: 'warn', OUTBOX_POLL_MS: '50' };
    api = new AppProcess('apps/api/src/main.ts', { ...env, PORT: String(port) });
    worker = new AppProcess('apps/worker/src/main.ts', env);
    await Promise.all([api.waitForOutput(/Jalin API listening/), worker.waitForOutput(/Jalin worker started/)]);
    baseUrl = `http://127.0.0.1:${port}`;
    anonymous = new GraphqlClient(`${baseUrl}/graphql`);
    ikmA = await ikmWithProfile(anonymous, { leadTimeDays: 21 });
    ikmB = await ikmWithProfile(anonymous, { monthlyCapacity: { quantity: 1500, unit: 'pcs' }, leadTimeDays: 10 });
    buyer = await registerAccount(anonymous, { role: 'BUYER' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    worker?.signal('SIGTERM');
    await worker?.waitForExit(30000).catch(() => worker.kill());
    api?.signal('SIGTERM');
    await api?.waitForExit(15000).catch(() => api.kill());
    await run?.drop();
  });

  async function signedIn(context: BrowserContext): Promise<Page> {
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/sign-in`);
    await page.locator('#email').fill(buyer.email);
    await page.locator('#password').fill(buyer.password);
    await page.locator('[data-testid=sign-in-form] button[type=submit]').click();
    await page.getByTestId('buyer-home').waitFor();
    return page;
  }

  async function fillRfqForm(page: Page, neededBy: string, quoteDeadline: string): Promise<void> {
    await page.locator('#title').fill('Bracket dudukan kursi bus');
    await page.locator('#description').fill('Bracket SS400 3 mm, laser cut dan bending, sesuai gambar');
    await page.locator('#sector').selectOption('METAL');
    await page.locator('input[name=processes][value=LASER_CUTTING]').check();
    await page.locator('input[name=processes][value=BENDING]').check();
    await page.locator('input[name=materials][value=SS400]').check();
    await page.locator('input[name=requiredCertifications][value=SNI]').check();
    await page.locator('#quantity').fill('1000');
    await page.locator('#neededBy').fill(neededBy);
    await page.locator('#quoteDeadline').fill(quoteDeadline);
    await page.locator('#targetUnitPrice').pressSequentially('12500');
    await page.locator('#deliveryLocation').selectOption('KENDAL');
  }

  it('posts an RFQ, compares quotes, splits the award, completes and rates a deal, searches suppliers (desktop)', async () => {
    const page = await signedIn(await desktopContext(browser));
    await checkScreen(page, 'buyer-my-rfqs-desktop');

    await page.getByTestId('nav-buyer-new').click();
    await page.getByTestId('new-rfq-form').waitFor();
    await checkScreen(page, 'buyer-new-rfq-desktop');
    // Rupiah formatted as typed.
    await fillRfqForm(page, isoDay(20), isoDay(30));
    expect(await page.locator('#targetUnitPrice').inputValue()).toBe('Rp 12.500');
    // The quote deadline after neededBy: the server's rule, shown at its field.
    await page.getByTestId('post-rfq').click();
    await expect(page.getByTestId('quoteDeadline-error').innerText()).resolves.toMatch(/\S/);
    await expect(page.getByTestId('form-error').count()).resolves.toBe(0);
    await checkScreen(page, 'buyer-new-rfq-bad-input-desktop');

    await page.locator('#neededBy').fill(isoDay(60));
    await page.locator('#quoteDeadline').fill(isoDay(14));
    await page.getByTestId('post-rfq').click();
    await page.getByTestId('buyer-rfq').waitFor();
    const rfqId = new URL(page.url()).pathname.split('/').pop()!;

    // The screen looks again by itself until the worker has matched the RFQ.
    await page.getByTestId('rfq-matches').waitFor({ timeout: 60000 });
    for (const ikm of [ikmA, ikmB]) {
      const match = page.getByTestId(`match-${ikm.organizationId}`);
      await expect(match.locator('.score-line').innerText()).resolves.toMatch(/^Skor \d+ dari 100 · peringkat \d+$/);
      await match.locator('summary').click();
      expect((await match.getByTestId('match-why').locator('li').allInnerTexts()).length).toBeGreaterThan(3);
    }
    await checkScreen(page, 'buyer-rfq-matches-desktop');

    // Two IKMs quote through the API: A is cheaper, B is faster.
    const qa = (await ikmA.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '12000', quantity: 600, leadTimeDays: 21 }) })).submitQuote;
    const qb = (await ikmB.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '12500', quantity: 1000, leadTimeDays: 10 }) })).submitQuote;
    await page.reload();
    const order = () => page.getByTestId('comparison-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ikm')));
    await waitFor('two quotes compared', order, (ids) => ids.length === 2);
    expect(await order()).toEqual([ikmA.organizationId, ikmB.organizationId]);
    expect(await textsOf(page, '[data-testid=row-unit-price]')).toEqual(['Rp 12.000', 'Rp 12.500']);
    await page.locator('#sortBy').selectOption('LEAD_TIME');
    await waitFor('sorted by lead time', order, (ids) => ids[0] === ikmB.organizationId);
    expect(await textsOf(page, '[data-testid=row-lead-time]')).toEqual(['10 hari', '21 hari']);
    await page.locator('#sortBy').selectOption('PRICE');
    await waitFor('sorted by price', order, (ids) => ids[0] === ikmA.organizationId);

    // Split award: the exact rupiah of each line and the total before confirming.
    await page.locator(`#award-${qa.id}`).fill('600');
    await page.locator(`#award-${qb.id}`).fill('400');
    await page.getByTestId('award-review').click();
    expect(await textsOf(page, '[data-testid=award-line]')).toEqual([
      expect.stringMatching(/600 × Rp 12\.000 = Rp 7\.200\.000$/),
      expect.stringMatching(/400 × Rp 12\.500 = Rp 5\.000\.000$/),
    ]);
    expect(await textOf(page, '[data-testid=award-total]')).toBe('Rp 12.200.000');
    await checkScreen(page, 'buyer-award-review-desktop');
    await page.getByTestId('award-confirm').click();
    await page.getByTestId('rfq-deals').waitFor();
    expect(await textOf(page, '[data-testid=rfq-status]')).toBe('Diberikan');
    await checkScreen(page, 'buyer-rfq-awarded-desktop');

    // The deal with A: PO by the buyer, production and delivery by the IKM, completion and rating by the buyer.
    const deals = (await buyer.client.ok(RFQ_STATE, { id: rfqId })).rfq.deals as { id: string; ikm: { id: string } }[];
    const dealA = deals.find((d) => d.ikm.id === ikmA.organizationId)!;
    await page.locator(`[data-testid=rfq-deals] a[href="/deals/${dealA.id}"]`).click();
    await page.getByTestId('buyer-deal').waitFor();
    expect(await textOf(page, '[data-testid=deal-value]')).toBe('Rp 7.200.000');
    await expect(page.getByTestId('ikm-contact').innerText()).resolves.toMatch(/\S/);
    await expect(page.getByTestId('step-COMPLETED').count()).resolves.toBe(0);
    await checkScreen(page, 'buyer-deal-awarded-desktop');
    await page.locator('#note').fill('PO nomor 118/2026');
    await page.getByTestId('step-PO_ISSUED').click();
    await page.getByTestId('waiting-ikm').waitFor();
    expect(await textOf(page, '[data-testid=deal-status]')).toBe('PO terbit');

    await ikmA.client.ok(UPDATE_DEAL, { dealId: dealA.id, status: 'IN_PRODUCTION' });
    await ikmA.client.ok(UPDATE_DEAL, { dealId: dealA.id, status: 'DELIVERED' });
    await page.reload();
    await expect(page.getByTestId('step-CANCELLED').count()).resolves.toBe(0);
    await page.getByTestId('step-COMPLETED').click();
    await page.getByTestId('rate-ikm').waitFor();
    expect(await textOf(page, '[data-testid=deal-status]')).toBe('Selesai');
    expect(await page.locator('[data-testid=deal-history] li strong').allInnerTexts()).toEqual(['Diberikan', 'PO terbit', 'Dalam produksi', 'Terkirim', 'Selesai']);
    await checkScreen(page, 'buyer-deal-completed-desktop');
    await page.locator('input[name=quality][value="5"]').check();
    await page.locator('input[name=delivery][value="4"]').check();
    await page.locator('#comment').fill('Rapi dan tepat waktu');
    await page.getByTestId('rate-submit').click();
    await page.getByTestId('rated').waitFor();

    await page.getByTestId('nav-buyer-deals').click();
    await page.getByTestId(`deal-row-${dealA.id}`).waitFor();
    expect(await page.getByTestId(`deal-row-${dealA.id}`).innerText()).toContain('Selesai');
    await checkScreen(page, 'buyer-deals-desktop');

    // Cancel another RFQ with a reason.
    const other = await postRfq(buyer.client, { title: 'Plat lantai bus', quantity: 300 });
    await page.goto(`${baseUrl}/rfqs/${other}`);
    await page.getByTestId('rfq-actions').waitFor();
    await page.locator('#reason').fill('Desain berubah');
    await page.getByTestId('cancel-rfq').click();
    await waitFor('cancelled shown', () => textOf(page, '[data-testid=rfq-status]'), (t) => t === 'Dibatalkan · Desain berubah');
    await page.getByTestId('nav-buyer').click();
    await page.locator('#status').selectOption('CANCELLED');
    await waitFor('only cancelled listed', () => page.locator('[data-testid=buyer-rfqs] li').count(), (n) => n === 1);
    expect(await page.getByTestId(`rfq-row-${other}`).count()).toBe(1);

    // The supplier directory.
    await page.getByTestId('nav-buyer-suppliers').click();
    await page.getByTestId('suppliers-found').waitFor();
    await page.locator('#process').selectOption('LASER_CUTTING');
    await page.locator('#material').selectOption('SS400');
    await page.locator('#certification').selectOption('SNI');
    await page.locator('#kecamatanCode').selectOption('3328140');
    await page.getByTestId('supplier-search-submit').click();
    await waitFor('both IKMs found', async () => [await page.getByTestId(`supplier-${ikmA.organizationId}`).count(), await page.getByTestId(`supplier-${ikmB.organizationId}`).count()],
      (n) => n[0] === 1 && n[1] === 1);
    await page.locator('#kecamatanCode').selectOption('3328010');
    await page.getByTestId('supplier-search-submit').click();
    await waitFor('nobody in Margasari', () => page.getByTestId('suppliers-found').innerText(), (t) => t.startsWith('0 '));
    await checkScreen(page, 'buyer-suppliers-desktop');
  });

  it('fits every buyer screen on a 360x800 phone', async () => {
    const page = await signedIn(await phoneContext(browser));
    await checkScreen(page, 'buyer-my-rfqs-phone');
    const rfqs = (await buyer.client.ok(`query { myRfqs(first: 10) { nodes { id status deals { id } } } }`)).myRfqs.nodes as { id: string; status: string; deals: { id: string }[] }[];
    const awarded = rfqs.find((r) => r.status === 'AWARDED')!;
    const screens: [string, string, string][] = [
      ['/rfqs/new', 'new-rfq-form', 'buyer-new-rfq-phone'],
      [`/rfqs/${awarded.id}`, 'rfq-matches', 'buyer-rfq-phone'],
      [`/deals/${awarded.deals[0].id}`, 'deal-history', 'buyer-deal-phone'],
      ['/deals', 'buyer-deals', 'buyer-deals-phone'],
      ['/suppliers', 'suppliers-found', 'buyer-suppliers-phone'],
    ];
    for (const [path, testId, name] of screens) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByTestId(testId).waitFor();
      await checkScreen(page, name);
    }
    // The bad input on the phone too: the message sits at its field.
    await page.goto(`${baseUrl}/rfqs/new`);
    await page.getByTestId('new-rfq-form').waitFor();
    await fillRfqForm(page, isoDay(20), isoDay(30));
    await page.getByTestId('post-rfq').click();
    await page.getByTestId('quoteDeadline-error').waitFor();
    await checkScreen(page, 'buyer-new-rfq-bad-input-phone');

    // English by the switch.
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('nav-buyer').click();
    await page.getByTestId('buyer-rfqs').waitFor();
    expect(await page.locator('h1').innerText()).toBe('My RFQs');
    await checkScreen(page, 'buyer-my-rfqs-phone-en');
  });
});
