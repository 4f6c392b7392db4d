import { AWARD, DealMarket, quoteInput, SUBMIT_QUOTE, UPDATE_DEAL } from './deal-market';

jest.setTimeout(60000);

const DEAL = `query D($id: ID!) { deal(id: $id) {
  history { status by { name email organization { id } } }
  buyerContact { organizationName contactPerson phone email }
  ikmContact { organizationName contactPerson phone email }
} }`;
const SHARE = `mutation S($input: OrganizationContactInput!) { updateOrganizationContact(input: $input) { organizationName contactPerson phone email } }`;
const ME = `{ me { email } }`;
const VERIFICATIONS = `query P($id: ID!) { capabilityProfile(id: $id) { verifications { verifiedBy { name office } } } }`;

/**
 * E-mail addresses stay inside their organization: counterparties read no login e-mail of each
 * other (deal history, verifications), and reach each other through what each organization chose
 * to share on the deal.
 */
describe('contacts instead of e-mail addresses', () => {
  let market: DealMarket;

  beforeAll(async () => {
    market = await DealMarket.start('deals_contacts');
  });
  afterAll(() => market?.stop());

  it('hides login e-mails from the other side, shows the shared contacts, and names the verifying officer by name and office', async () => {
    const buyer = await market.buyer();
    const ikm = await market.ikm();
    const dinas = await market.staff('DINAS');
    const admin = await market.staff('ADMIN');
    const rfqId = await market.matchedRfq(buyer.client, [ikm]);
    const quote = (await ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId) })).submitQuote;
    const [deal] = (await buyer.client.ok(AWARD, { rfqId, awards: [{ quoteId: quote.id, quantity: 600 }] })).awardRfq;
    await buyer.client.ok(UPDATE_DEAL, { dealId: deal.id, status: 'PO_ISSUED' });
    await ikm.client.ok(UPDATE_DEAL, { dealId: deal.id, status: 'IN_PRODUCTION' });
    const byStatus = (d: any) => Object.fromEntries(d.deal.history.filter((e: any) => e.by).map((e: any) => [e.status, e.by.email]));

    // Each side reads its own e-mails, never the other side's; the Dinas reads none; the admin all.
    expect(byStatus(await buyer.client.ok(DEAL, { id: deal.id }))).toEqual({ AWARDED: buyer.email, PO_ISSUED: buyer.email, IN_PRODUCTION: null });
    expect(byStatus(await ikm.client.ok(DEAL, { id: deal.id }))).toEqual({ AWARDED: null, PO_ISSUED: null, IN_PRODUCTION: ikm.email });
    expect(byStatus(await dinas.ok(DEAL, { id: deal.id }))).toEqual({ AWARDED: null, PO_ISSUED: null, IN_PRODUCTION: null });
    expect(byStatus(await admin.ok(DEAL, { id: deal.id }))).toEqual({ AWARDED: buyer.email, PO_ISSUED: buyer.email, IN_PRODUCTION: ikm.email });
    expect((await buyer.client.ok(ME)).me.email).toBe(buyer.email);

    // Nothing shared yet: the organization's name only (and no login e-mail anywhere in it).
    const before = (await ikm.client.ok(DEAL, { id: deal.id })).deal;
    expect(before.buyerContact).toMatchObject({ contactPerson: null, email: null });
    expect(before.buyerContact.organizationName).toEqual(expect.any(String));
    expect(JSON.stringify(before)).not.toContain(buyer.email);

    // Each organization chooses what it shares; the other side reads it on the deal.
    const shared = { contactPerson: 'Bu Rina (pengadaan)', phone: '+62 283 351234', email: 'pengadaan@pembeli.example' };
    const saved = (await buyer.client.ok(SHARE, { input: shared })).updateOrganizationContact;
    expect(saved).toMatchObject(shared);
    await ikm.client.ok(SHARE, { input: { contactPerson: 'Pak Darto', phone: '+62 812 2900 1234', email: null } });
    const seenByIkm = (await ikm.client.ok(DEAL, { id: deal.id })).deal;
    expect(seenByIkm.buyerContact).toEqual({ organizationName: saved.organizationName, ...shared });
    const seenByBuyer = (await buyer.client.ok(DEAL, { id: deal.id })).deal;
    expect(seenByBuyer.ikmContact).toMatchObject({ contactPerson: 'Pak Darto', phone: '+62 812 2900 1234', email: null });
    expect(await buyer.client.code(SHARE, { input: { email: 'bukan-email' } })).toBe('BAD_USER_INPUT');
    expect(await dinas.code(SHARE, { input: { contactPerson: 'Petugas' } })).toBe('FORBIDDEN');

    // The verifying officer: a name and an office, nothing to reach the account by.
    await dinas.ok(`mutation V($id: ID!) { verifyProfile(profileId: $id, note: "Dikunjungi") { id } }`, { id: ikm.profileId });
    expect((await ikm.client.ok(VERIFICATIONS, { id: ikm.profileId })).capabilityProfile.verifications).toEqual([
      { verifiedBy: { name: 'Petugas Dinas', office: 'Dinas Perintransnaker Kabupaten Tegal' } },
    ]);
    expect(await ikm.client.code(`query P($id: ID!) { capabilityProfile(id: $id) { verifications { verifiedBy { email } } } }`, { id: ikm.profileId }))
      .toBe('BAD_USER_INPUT');
  });
});
