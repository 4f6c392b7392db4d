/// <reference lib="dom" />
import { Browser, BrowserContext, Page } from 'playwright-core';
import { GraphqlClient, registerAccount, RegisteredAccount } from '@jalin/testing';
import { TALANG } from '../../support/marketplace-builders';
import { waitFor } from '../../support/wait-for';
import { fillGuidedProfile, fillRfqForm, ProfileStep, sendIkmSignUp, signUpIkmThroughForm } from '../../support/web-forms';
import { startWebStack, WebStack } from '../../support/web-stack';
import { bootstrapAdmin, staffClients } from '../../integration/profiles/profile-fixtures';
import { checkDeskAndPhone, checkScreen, desktopContext, isoDay, launchChromium, pageCollectingErrors, phoneContext, plain, signInThroughForm } from './web-browser';

// The whole story, three people and about forty screens, on a machine other test runs may share.
jest.setTimeout(1_500_000);

const RFQ_TITLE = 'Bracket dudukan kursi bus';
const IKM_NAME = 'CV Logam Talang';

/**
 * Issue 16's whole story through the screens, against the API and worker processes: the IKM owner
 * on a 360x800 phone, the buyer at a 1280x800 desk, the Dinas officer on a phone. Sign-up and the
 * guided profile, verification from the queue, an RFQ posted through the form that reaches the IKM
 * live over graphql-ws, its notification opening the RFQ, why it matched, a quote, comparison and
 * award, the deal stepped to COMPLETED by both sides and rated both ways, and the Dinas dashboard
 * showing the deal and its value. Every screen passes axe-core, fits its screen and is photographed
 * (story-*.png); every buyer screen at the desk is checked and photographed at 360x800 too.
 */
describe('the whole story (IKM phone, buyer desktop, Dinas phone)', () => {
  const admin = bootstrapAdmin();
  let stack: WebStack;
  let browser: Browser;
  let baseUrl: string;
  let buyer: RegisteredAccount;
  let officerEmail: string;
  let dinas: GraphqlClient;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    stack = await startWebStack('whole_story', { BOOTSTRAP_ADMIN_EMAIL: admin.email, BOOTSTRAP_ADMIN_PASSWORD: admin.password });
    baseUrl = stack.baseUrl;
    // The officer is created by the admin through createStaffAccount; the buyer registers as any buyer does.
    const staff = await staffClients(`${baseUrl}/graphql`, admin.email, admin.password);
    dinas = staff.dinas;
    officerEmail = (await staff.dinas.ok<{ me: { email: string } }>(`{ me { email } }`)).me.email;
    buyer = await registerAccount(stack.anonymous, { role: 'BUYER', organizationName: 'PT Karoseri Tegal' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  async function open(context: BrowserContext, who: string): Promise<Page> {
    contexts.push(context);
    return pageCollectingErrors(context, pageErrors, who);
  }

  it('plays sign-up → verification → RFQ → live match → quote → award → COMPLETED → ratings → Dinas dashboard', async () => {
    const ikmContext = await phoneContext(browser);
    await ikmContext.grantPermissions(['geolocation'], { origin: baseUrl });
    await ikmContext.setGeolocation({ latitude: TALANG.lat, longitude: TALANG.lng });
    const ikm = await open(ikmContext, 'IKM');
    const officer = await open(await phoneContext(browser), 'Dinas');
    const desk = await open(await desktopContext(browser), 'buyer');

    // 1. The IKM owner signs up on the phone.
    await signUpIkmThroughForm(ikm, baseUrl, { email: `sari-${Date.now()}@logam-talang.example.id`, organizationName: IKM_NAME });
    await checkScreen(ikm, 'story-01-ikm-sign-up');
    await sendIkmSignUp(ikm);
    await checkScreen(ikm, 'story-02-ikm-jobs-empty');

    // 2. The guided profile: sector → processes → materials → certifications → capacity → location.
    await ikm.getByTestId('nav-ikm-profile').click();
    const shots: Record<ProfileStep, string> = { sector: '03', processes: '04', materials: '05', certifications: '06', capacity: '07', location: '08' };
    await fillGuidedProfile(ikm, { leadTimeDays: '14', certificateNumber: 'SPPT-SNI 0123/2025', certificateValidUntil: isoDay(400) },
      (step) => checkScreen(ikm, `story-${shots[step]}-ikm-profile-${step}`));
    await ikm.getByTestId('save-profile').click();
    await ikm.getByTestId('profile-saved').waitFor({ timeout: 20000 });
    await ikm.getByTestId('verification-status').filter({ hasText: 'Menunggu verifikasi' }).waitFor();
    await checkScreen(ikm, 'story-09-ikm-profile-waiting');

    // 3. The Dinas officer verifies it from the queue, with a note.
    await signInThroughForm(officer, baseUrl, officerEmail, 'officer-password');
    await officer.getByTestId('nav-verification').click();
    const queued = officer.locator('[data-testid^=profile-]').filter({ hasText: IKM_NAME });
    await queued.waitFor();
    await checkScreen(officer, 'story-10-dinas-verification-queue');
    await queued.getByLabel('Catatan verifikasi').fill('Kunjungan lapangan: fiber laser dan press brake dilihat');
    await queued.getByRole('button', { name: 'Tandai terverifikasi' }).click();
    expect(await officer.getByTestId('verified-notice').textContent()).toBe(`${IKM_NAME} sudah terverifikasi.`);
    await queued.waitFor({ state: 'detached' });
    await checkScreen(officer, 'story-11-dinas-verified');

    // The IKM's inbox: the verification arrives; read it all so the badge starts from nothing.
    await ikm.getByTestId('nav-inbox').click();
    await ikm.getByTestId('notification').first().waitFor({ timeout: 20000 });
    await ikm.getByTestId('mark-all-read').click();
    await ikm.getByTestId('unread-badge').waitFor({ state: 'detached' });
    await checkScreen(ikm, 'story-11-ikm-inbox-verified');

    // 4. The buyer posts an RFQ through the form at the desk.
    await signInThroughForm(desk, baseUrl, buyer.email, buyer.password);
    await desk.getByTestId('buyer-home').waitFor();
    await desk.getByTestId('nav-buyer-new').click();
    await desk.getByTestId('new-rfq-form').waitFor();
    await fillRfqForm(desk, { neededBy: isoDay(60), quoteDeadline: isoDay(14) }, RFQ_TITLE);
    expect(await desk.locator('#targetUnitPrice').inputValue()).toBe('Rp 12.500');
    await checkDeskAndPhone(desk, 'story-12-buyer-new-rfq');
    await desk.getByTestId('post-rfq').click();
    await desk.getByTestId('buyer-rfq').waitFor();
    const rfqId = new URL(desk.url()).pathname.split('/').pop()!;

    // 5. The IKM sees it arrive live on the open inbox (graphql-ws, no reload): badge and notification.
    const arrived = ikm.getByTestId('notification').filter({ hasText: RFQ_TITLE });
    await arrived.waitFor({ timeout: 60000 });
    await waitFor('the badge counts the one unread', () => ikm.getByTestId('unread-badge').textContent(), (n) => n === '1');
    await checkScreen(ikm, 'story-13-ikm-inbox-live');

    // The buyer sees the ranked, explained match.
    const match = desk.getByTestId(`match-${(await ikmOrganizationId(buyer, rfqId))}`);
    await match.waitFor({ timeout: 60000 });
    expect(await match.locator('.score-line').innerText()).toMatch(/^Skor \d+ dari 100 · peringkat 1$/);
    await checkDeskAndPhone(desk, 'story-14-buyer-rfq-matches');

    // 6. The notification opens its RFQ.
    await arrived.click();
    await ikm.waitForURL(`${baseUrl}/rfqs/${rfqId}`);
    await ikm.getByTestId('quote-form').waitFor({ timeout: 20000 });
    expect(await ikm.getByTestId('unread-badge').count()).toBe(0);
    await checkScreen(ikm, 'story-15-ikm-rfq-from-notification');

    // 7. "Pekerjaan untuk Anda": the RFQ with why it matched, in plain words.
    await ikm.getByTestId('nav-ikm').click();
    const card = ikm.getByTestId('ikm-match').filter({ hasText: RFQ_TITLE });
    await card.waitFor({ timeout: 20000 });
    await card.locator('summary').click();
    const reasons = await card.locator('[data-factor]').allTextContents();
    expect(reasons.length).toBeGreaterThanOrEqual(3);
    for (const reason of reasons) expect(reason.trim().length).toBeGreaterThan(10);
    await checkScreen(ikm, 'story-16-ikm-jobs-why-matched');

    // 8. The IKM quotes from the RFQ screen.
    await card.locator('a').click();
    await ikm.getByTestId('quote-form').waitFor({ timeout: 20000 });
    await ikm.locator('#unitPrice').pressSequentially('12000');
    expect(await ikm.locator('#unitPrice').inputValue()).toBe('Rp 12.000');
    await ikm.locator('#quantity').fill('1000');
    await ikm.locator('#leadTimeDays').fill('14');
    await ikm.locator('#validUntil').fill(isoDay(30));
    await ikm.locator('#notes').fill('Termasuk pengecatan dasar');
    await checkScreen(ikm, 'story-17-ikm-quote-form');
    await ikm.getByTestId('send-quote').click();
    await ikm.getByTestId('current-quote').waitFor({ timeout: 20000 });
    expect(plain(await ikm.getByTestId('current-quote').textContent())).toContain('Rp 12.000');
    await checkScreen(ikm, 'story-18-ikm-quoted');

    // 9. The buyer compares and awards, seeing the exact rupiah before confirming.
    await desk.reload();
    await desk.getByTestId('comparison-row').first().waitFor({ timeout: 20000 });
    expect((await desk.locator('[data-testid=row-unit-price]').allInnerTexts()).map(plain)).toEqual(['Rp 12.000']);
    await checkDeskAndPhone(desk, 'story-19-buyer-quote-comparison');
    await desk.locator('input[id^="award-"]').first().fill('1000');
    await desk.getByTestId('award-review').click();
    expect((await desk.locator('[data-testid=award-line]').allInnerTexts()).map(plain)).toEqual([expect.stringMatching(/1\.000 × Rp 12\.000 = Rp 12\.000\.000$/)]);
    expect(plain(await desk.getByTestId('award-total').innerText())).toBe('Rp 12.000.000');
    await checkDeskAndPhone(desk, 'story-20-buyer-award-review');
    await desk.getByTestId('award-confirm').click();
    await desk.getByTestId('rfq-deals').waitFor();
    expect(plain(await desk.getByTestId('rfq-status').innerText())).toBe('Diberikan');
    await checkDeskAndPhone(desk, 'story-21-buyer-rfq-awarded');

    // 10. PO_ISSUED by the buyer.
    await desk.locator('[data-testid=rfq-deals] a[href^="/deals/"]').first().click();
    await desk.getByTestId('buyer-deal').waitFor();
    const dealId = new URL(desk.url()).pathname.split('/').pop()!;
    expect(plain(await desk.getByTestId('deal-value').innerText())).toBe('Rp 12.000.000');
    await desk.locator('#note').fill('PO nomor 118/2026');
    await desk.getByTestId('step-PO_ISSUED').click();
    await desk.getByTestId('waiting-ikm').waitFor();
    await checkDeskAndPhone(desk, 'story-22-buyer-deal-po-issued');

    // 11. IN_PRODUCTION and DELIVERED by the IKM on the phone.
    await ikm.getByTestId('nav-ikm-deals').click();
    const dealRow = ikm.getByTestId('deal-row').filter({ hasText: RFQ_TITLE });
    await dealRow.waitFor({ timeout: 20000 });
    await checkScreen(ikm, 'story-23-ikm-my-deals');
    await dealRow.locator('a').click();
    await ikm.waitForURL(`${baseUrl}/deals/${dealId}`);
    await ikm.getByTestId('deal-next-step').filter({ hasText: 'Mulai produksi' }).waitFor({ timeout: 20000 });
    expect(await ikm.getByTestId('deal-value').textContent()).toBe('Rp\u00a012.000.000');
    await checkScreen(ikm, 'story-24-ikm-deal-po-issued');
    await ikm.getByTestId('deal-next-step').click();
    await ikm.locator('[data-testid=deal-status][data-value=IN_PRODUCTION]').waitFor({ timeout: 20000 });
    await ikm.getByTestId('deal-next-step').filter({ hasText: 'Tandai sudah dikirim' }).click();
    await ikm.locator('[data-testid=deal-status][data-value=DELIVERED]').waitFor({ timeout: 20000 });
    await ikm.getByTestId('deal-waiting').waitFor();
    await checkScreen(ikm, 'story-25-ikm-deal-delivered');

    // 12. COMPLETED by the buyer, who rates the IKM.
    await desk.reload();
    await desk.getByTestId('step-COMPLETED').click();
    await desk.getByTestId('rate-ikm').waitFor();
    expect(plain(await desk.getByTestId('deal-status').innerText())).toBe('Selesai');
    expect(await desk.locator('[data-testid=deal-history] li strong').allInnerTexts()).toEqual(['Diberikan', 'PO terbit', 'Dalam produksi', 'Terkirim', 'Selesai']);
    await desk.locator('input[name=quality][value="5"]').check();
    await desk.locator('input[name=delivery][value="5"]').check();
    await desk.locator('#comment').fill('Rapi dan tepat waktu');
    await checkDeskAndPhone(desk, 'story-26-buyer-deal-completed-rating');
    await desk.getByTestId('rate-submit').click();
    await desk.getByTestId('rated').waitFor();
    await checkDeskAndPhone(desk, 'story-27-buyer-deal-rated');

    // 13. The IKM rates the buyer.
    await ikm.reload();
    await ikm.getByTestId('rate-buyer').waitFor({ timeout: 20000 });
    await ikm.locator('input[name=paymentPunctuality][value="5"]').check();
    await ikm.locator('#comment').fill('Pembayaran tepat waktu');
    await ikm.getByTestId('rate-submit').click();
    await ikm.getByTestId('deal-rated').filter({ hasText: '5/5' }).waitFor({ timeout: 20000 });
    await checkScreen(ikm, 'story-28-ikm-deal-rated');

    // 14. The Dinas dashboard shows the deal and its value. Its read model syncs every second or so:
    // wait for it through the API, then open the screen once (no reload loop racing the cookie rotation).
    await waitFor('the deal in the dashboard figures', async () => (await dinas.ok<any>(`{ dashboard { totals { dealValue } } }`)).dashboard.totals.dealValue,
      (value) => Number(value) === 12_000_000, { timeoutMs: 60000, intervalMs: 500 });
    await officer.getByTestId('nav-dinas').click();
    await officer.getByTestId('kpi-dealValue').waitFor();
    expect(plain(await officer.getByTestId('kpi-dealValue').innerText())).toBe('Rp 12.000.000');
    expect(await officer.getByTestId('kpi-deals').getAttribute('data-value')).toBe('1');
    const dealLine = officer.locator('[data-testid=recent-deals] tbody tr').filter({ hasText: RFQ_TITLE });
    expect(plain(await dealLine.innerText())).toMatch(new RegExp(`PT Karoseri Tegal\\s+${IKM_NAME}\\s+Rp 12\\.000\\.000\\s+Selesai`));
    await checkScreen(officer, 'story-29-dinas-dashboard');

    expect(pageErrors).toEqual([]);
  });
});

/** The one IKM the worker matched to the RFQ, as the buyer's RFQ screen names its card. */
async function ikmOrganizationId(buyer: RegisteredAccount, rfqId: string): Promise<string> {
  const RFQ = `query R($id: ID!) { rfq(id: $id) { matchingStatus matches { ikm { id } } } }`;
  const data = await waitFor('the RFQ matched', () => buyer.client.ok<any>(RFQ, { id: rfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 60000 });
  expect(data.rfq.matches).toHaveLength(1);
  return data.rfq.matches[0].ikm.id;
}
