import { Role } from '@jalin/authz';
import { DealSide } from '../deals/deal-status.enum';
import { dealSide, may, SourcingPermission as P } from './sourcing-permission';

const caller = (role: Role, organizationId = 'X') => ({ role, organizationId });
const buyer = caller(Role.BUYER, 'B');
const otherBuyer = caller(Role.BUYER, 'C');
const ikm = caller(Role.IKM, 'I');
const otherIkm = caller(Role.IKM, 'J');
const dinas = caller(Role.DINAS);
const admin = caller(Role.ADMIN);
const deal = { buyerOrganizationId: 'B', ikmOrganizationId: 'I' };

describe('sourcing access: who may see or change a row of the lifecycle', () => {
  it('reads an RFQ: its buyer, a matched IKM, the Dinas and the admin; nobody else', () => {
    const rfq = (matchedIkm: boolean) => ({ buyerOrganizationId: 'B', matchedIkm });
    for (const c of [buyer, dinas, admin]) expect(may(c, P.RFQ_READ, rfq(false))).toBe(true);
    expect(may(ikm, P.RFQ_READ, rfq(true))).toBe(true);
    expect(may(ikm, P.RFQ_READ, rfq(false))).toBe(false);
    expect(may(otherBuyer, P.RFQ_READ, rfq(true))).toBe(false);
  });

  it('oversees (all matches, the quote count): its buyer, the Dinas and the admin; never an IKM', () => {
    for (const c of [buyer, dinas, admin]) expect(may(c, P.RFQ_OVERSEE, { buyerOrganizationId: 'B' })).toBe(true);
    for (const c of [otherBuyer, ikm]) expect(may(c, P.RFQ_OVERSEE, { buyerOrganizationId: 'B' })).toBe(false);
  });

  it('manages an RFQ only as its buyer, even the Dinas and the admin may not', () => {
    expect(may(buyer, P.RFQ_MANAGE, { buyerOrganizationId: 'B' })).toBe(true);
    for (const c of [otherBuyer, ikm, dinas, admin]) expect(may(c, P.RFQ_MANAGE, { buyerOrganizationId: 'B' })).toBe(false);
  });

  it('answers a match and withdraws a quote only as its IKM', () => {
    for (const p of [P.MATCH_ANSWER, P.QUOTE_WITHDRAW] as const) {
      expect(may(ikm, p, { ikmOrganizationId: 'I' })).toBe(true);
      for (const c of [otherIkm, buyer, dinas, admin, caller(Role.BUYER, 'I')]) expect(may(c, p, { ikmOrganizationId: 'I' })).toBe(false);
    }
  });

  it('reads a deal as a party, the Dinas or the admin; acts on it only as a party, on its own side', () => {
    for (const c of [buyer, ikm, dinas, admin]) expect(may(c, P.DEAL_READ, deal)).toBe(true);
    for (const c of [otherBuyer, otherIkm]) expect(may(c, P.DEAL_READ, deal)).toBe(false);
    expect(dealSide(deal, buyer)).toBe(DealSide.BUYER);
    expect(dealSide(deal, ikm)).toBe(DealSide.IKM);
    for (const c of [otherBuyer, otherIkm, dinas, admin]) {
      expect(dealSide(deal, c)).toBeNull();
      expect(may(c, P.DEAL_ACT, deal)).toBe(false);
    }
  });
});
