import { Browser, BrowserContext, Page } from 'playwright-core';
import { GraphqlClient, registerAccount, RegisteredAccount } from '@jalin/testing';
import { ikmWithProfile, postRfq } from '../../support/marketplace-builders';
import { waitFor } from '../../support/wait-for';
import { fillRfqForm } from '../../support/web-forms';
import { startWebStack, WebStack } from '../../support/web-stack';
import { quoteInput, SUBMIT_QUOTE, UPDATE_DEAL } from '../../integration/deals/deal-market';
import { checkDeskAndPhone, checkScreen, desktopContext, isoDay, launchChromium, pageCollectingErrors, phoneContext, plain, signInThroughForm } from './web-browser';

// Each desk screen is checked twice (desk and phone size), on a machine other test runs may share.
jest.setTimeout(1_200_000);

const RFQ_STATE = `query R($id: ID!) { rfq(id: $id) { id matchingStatus matches { ikm { id } } deals { id ikm { id } } } }`;
const textOf = async (page: Page, selector: string) => plain(await page.locator(selector).innerText());
const textsOf = async (page: Page, selector: string) => (await page.locator(selector).allInnerTexts()).map(plain);

/**
 * The buyer's screens in a real browser against the API and the matching worker: post an RFQ through
 * the form (a server BAD_USER_INPUT shows at its field), see the explained matches, compare two
 * IKMs' quotes in three orders, split the award with the exact rupiah shown before confirming, step
 * a deal to COMPLETED and rate the IKM, cancel an RFQ with a reason, search the supplier directory;
 * every screen passes axe-core and fits a 360 px phone.
 */
describe('buyer screens (browser)', () => {
  let stack: WebStack;
  let browser: Browser;
  let baseUrl: string;
  let anonymous: GraphqlClient;
  let buyer: RegisteredAccount;
  let ikmA: RegisteredAccount & { profileId: string };
  let ikmB: RegisteredAccount & { profileId: string };
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    stack = await startWebStack('buyer_screens');
    baseUrl = stack.baseUrl;
    anonymous = stack.anonymous;
    ikmA = await ikmWithProfile(anonymous, { leadTimeDays: 21 });
    ikmB = await ikmWithProfile(anonymous, { monthlyCapacity: { quantity: 1500, unit: 'pcs' }, leadTimeDays: 10 });
    buyer = await registerAccount(anonymous, { role: 'BUYER' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  async function signedIn(context: BrowserContext): Promise<Page> {
    contexts.push(context);
    const page = await pageCollectingErrors(context, pageErrors);
    await signInThroughForm(page, baseUrl, buyer.email, buyer.password);
    await page.getByTestId('buyer-home').waitFor();
    return page;
  }

  it('posts an RFQ, compares quotes, splits the award, completes and rates a deal, searches suppliers (desktop)', async () => {
    const page = await signedIn(await desktopContext(browser));
    await checkDeskAndPhone(page, 'buyer-my-rfqs');

    await page.getByTestId('nav-buyer-new').click();
    await page.getByTestId('new-rfq-form').waitFor();
    await checkDeskAndPhone(page, 'buyer-new-rfq');
    // Rupiah formatted as typed.
    await fillRfqForm(page, { neededBy: isoDay(20), quoteDeadline: isoDay(30) });
    expect(await page.locator('#targetUnitPrice').inputValue()).toBe('Rp 12.500');
    // The quote deadline after neededBy: the server's rule, shown at its field.
    await page.getByTestId('post-rfq').click();
    await expect(page.getByTestId('quoteDeadline-error').innerText()).resolves.toMatch(/\S/);
    await expect(page.getByTestId('form-error').count()).resolves.toBe(0);
    await checkDeskAndPhone(page, 'buyer-new-rfq-bad-input');

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
    await checkDeskAndPhone(page, 'buyer-rfq-matches');

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
    await checkDeskAndPhone(page, 'buyer-quote-comparison');

    // Split award: the exact rupiah of each line and the total before confirming.
    await page.locator(`#award-${qa.id}`).fill('600');
    await page.locator(`#award-${qb.id}`).fill('400');
    await page.getByTestId('award-review').click();
    expect(await textsOf(page, '[data-testid=award-line]')).toEqual([
      expect.stringMatching(/600 × Rp 12\.000 = Rp 7\.200\.000$/),
      expect.stringMatching(/400 × Rp 12\.500 = Rp 5\.000\.000$/),
    ]);
    expect(await textOf(page, '[data-testid=award-total]')).toBe('Rp 12.200.000');
    await checkDeskAndPhone(page, 'buyer-award-review');
    await page.getByTestId('award-confirm').click();
    await page.getByTestId('rfq-deals').waitFor();
    expect(await textOf(page, '[data-testid=rfq-status]')).toBe('Diberikan');
    await checkDeskAndPhone(page, 'buyer-rfq-awarded');

    // The deal with A: PO by the buyer, production and delivery by the IKM, completion and rating by the buyer.
    const deals = (await buyer.client.ok(RFQ_STATE, { id: rfqId })).rfq.deals as { id: string; ikm: { id: string } }[];
    const dealA = deals.find((d) => d.ikm.id === ikmA.organizationId)!;
    await page.locator(`[data-testid=rfq-deals] a[href="/deals/${dealA.id}"]`).click();
    await page.getByTestId('buyer-deal').waitFor();
    expect(await textOf(page, '[data-testid=deal-value]')).toBe('Rp 7.200.000');
    await expect(page.getByTestId('ikm-contact').innerText()).resolves.toMatch(/\S/);
    await expect(page.getByTestId('step-COMPLETED').count()).resolves.toBe(0);
    await checkDeskAndPhone(page, 'buyer-deal-awarded');
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
    await checkDeskAndPhone(page, 'buyer-deal-completed');
    await page.locator('input[name=quality][value="5"]').check();
    await page.locator('input[name=delivery][value="4"]').check();
    await page.locator('#comment').fill('Rapi dan tepat waktu');
    await page.getByTestId('rate-submit').click();
    await page.getByTestId('rated').waitFor();

    await page.getByTestId('nav-buyer-deals').click();
    await page.getByTestId(`deal-row-${dealA.id}`).waitFor();
    expect(await page.getByTestId(`deal-row-${dealA.id}`).innerText()).toContain('Selesai');
    await checkDeskAndPhone(page, 'buyer-deals');

    // Cancel another RFQ with a reason.
    const other = await postRfq(buyer.client, { title: 'Plat lantai bus', quantity: 300 });
    await page.goto(`${baseUrl}/rfqs/${other}`);
    await page.getByTestId('rfq-actions').waitFor();
    await page.locator('#reason').fill('Desain berubah');
    await page.getByTestId('cancel-rfq').click();
    await waitFor('cancelled shown', () => textOf(page, '[data-testid=rfq-status]'), (t) => t === 'Dibatalkan · Desain berubah');
    await checkDeskAndPhone(page, 'buyer-rfq-cancelled');
    await page.getByTestId('nav-buyer').click();
    await page.locator('#status').selectOption('CANCELLED');
    await waitFor('only cancelled listed', () => page.locator('[data-testid=buyer-rfqs] li').count(), (n) => n === 1);
    expect(await page.getByTestId(`rfq-row-${other}`).count()).toBe(1);
    await checkDeskAndPhone(page, 'buyer-my-rfqs-cancelled');

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
    await checkDeskAndPhone(page, 'buyer-suppliers');
  });

  it('fits every buyer screen on a 360x800 phone', async () => {
    const page = await signedIn(await phoneContext(browser));
    await checkScreen(page, 'buyer-phone-my-rfqs');
    const rfqs = (await buyer.client.ok(`query { myRfqs(first: 10) { nodes { id status deals { id } } } }`)).myRfqs.nodes as { id: string; status: string; deals: { id: string }[] }[];
    const awarded = rfqs.find((r) => r.status === 'AWARDED')!;
    const screens: [string, string, string][] = [
      ['/rfqs/new', 'new-rfq-form', 'buyer-phone-new-rfq'],
      [`/rfqs/${awarded.id}`, 'rfq-matches', 'buyer-phone-rfq-awarded'],
      [`/deals/${awarded.deals[0].id}`, 'deal-history', 'buyer-phone-deal-rated'],
      ['/deals', 'buyer-deals', 'buyer-phone-deals'],
      ['/suppliers', 'suppliers-found', 'buyer-phone-suppliers'],
    ];
    for (const [path, testId, name] of screens) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByTestId(testId).waitFor();
      await checkScreen(page, name);
    }
    // The bad input on the phone too: the message sits at its field.
    await page.goto(`${baseUrl}/rfqs/new`);
    await page.getByTestId('new-rfq-form').waitFor();
    await fillRfqForm(page, { neededBy: isoDay(20), quoteDeadline: isoDay(30) });
    await page.getByTestId('post-rfq').click();
    await page.getByTestId('quoteDeadline-error').waitFor();
    await checkScreen(page, 'buyer-phone-new-rfq-bad-input');

    // English by the switch.
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('nav-buyer').click();
    await page.getByTestId('buyer-rfqs').waitFor();
    expect(await page.locator('h1').innerText()).toBe('My RFQs');
    await checkScreen(page, 'buyer-phone-my-rfqs-en');
  });
});
