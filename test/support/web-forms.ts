import { Page } from 'playwright-core';
import { waitFor } from './wait-for';

/**
 * The buyer's "post an RFQ" form filled as a buyer would: 1,000 laser-cut and bent SS400 brackets
 * with SNI, delivered to Kendal, target price typed digit by digit (the field formats rupiah).
 */
export async function fillRfqForm(page: Page, dates: { neededBy: string; quoteDeadline: string }, title = 'Bracket dudukan kursi bus'): Promise<void> {
  await page.locator('#title').fill(title);
  await page.locator('#description').fill('Bracket SS400 3 mm, laser cut dan bending, sesuai gambar');
  await page.locator('#sector').selectOption('METAL');
  await page.locator('input[name=processes][value=LASER_CUTTING]').check();
  await page.locator('input[name=processes][value=BENDING]').check();
  await page.locator('input[name=materials][value=SS400]').check();
  await page.locator('input[name=requiredCertifications][value=SNI]').check();
  await page.locator('#quantity').fill('1000');
  await page.locator('#neededBy').fill(dates.neededBy);
  await page.locator('#quoteDeadline').fill(dates.quoteDeadline);
  await page.locator('#targetUnitPrice').pressSequentially('12500');
  await page.locator('#deliveryLocation').selectOption('KENDAL');
}

/** An IKM owner signs up through the form (IKM is the default account type) and lands on "Pekerjaan untuk Anda". */
export async function signUpIkmThroughForm(page: Page, baseUrl: string, account: { email: string; organizationName: string }): Promise<void> {
  await page.goto(`${baseUrl}/sign-up`);
  await page.locator('#name').fill('Bu Sari');
  await page.locator('#organizationName').fill(account.organizationName);
  await page.locator('#email').fill(account.email);
  await page.locator('#password').fill('correct horse battery');
}

/** Sends the filled sign-up form; the new IKM lands on its empty job list. */
export async function sendIkmSignUp(page: Page): Promise<void> {
  await page.locator('form[data-testid=sign-up-form] button[type=submit]').click();
  await page.getByTestId('ikm-home').waitFor({ timeout: 20000 });
  await page.getByTestId('empty-state').waitFor();
}

/** The guided profile's six steps, named as `onStep` is called after each is filled. */
export type ProfileStep = 'sector' | 'processes' | 'materials' | 'certifications' | 'capacity' | 'location';

/**
 * Fills the IKM's guided profile from its first step to the last (not saved): METAL, laser cutting,
 * bending and MIG welding of SS400 and SPCC, SNI valid until `certificateValidUntil`, 2,000 pcs a
 * month from 50, `leadTimeDays` days, in Talang at the phone's location. `onStep` runs on each
 * filled step (screenshots, checks) before going on.
 */
export async function fillGuidedProfile(
  page: Page,
  profile: { leadTimeDays: string; certificateNumber: string; certificateValidUntil: string },
  onStep: (step: ProfileStep) => Promise<void>,
): Promise<void> {
  const step = (n: number) => page.getByTestId('profile-step').filter({ hasText: `Langkah ${n} dari 6` }).waitFor({ timeout: 20000 });
  const next = () => page.getByTestId('profile-next').click();
  await step(1);
  await page.locator('input[name=sectors][value=METAL]').check();
  await onStep('sector');
  await next();
  await step(2);
  for (const code of ['LASER_CUTTING', 'BENDING', 'WELDING_MIG']) await page.locator(`input[name=processes][value=${code}]`).check();
  await onStep('processes');
  await next();
  await step(3);
  for (const code of ['SS400', 'SPCC']) await page.locator(`input[name=materials][value=${code}]`).check();
  await onStep('materials');
  await next();
  await step(4);
  await page.locator('input[name=certifications][value=SNI]').check();
  await page.locator('#number-SNI').fill(profile.certificateNumber);
  await page.locator('#validUntil-SNI').fill(profile.certificateValidUntil);
  await onStep('certifications');
  await next();
  await step(5);
  await page.locator('#quantity').fill('2000');
  await page.locator('#unit').selectOption('pcs');
  await page.locator('#minOrderQuantity').fill('50');
  await page.locator('#leadTimeDays').fill(profile.leadTimeDays);
  await onStep('capacity');
  await next();
  await step(6);
  await page.locator('#kecamatanCode').selectOption('3328140');
  await page.getByTestId('use-location').click();
  await waitFor('the location filled in', () => page.locator('#lat').inputValue(), (lat) => lat.startsWith('-6.91'), { timeoutMs: 10000 });
  await onStep('location');
}
