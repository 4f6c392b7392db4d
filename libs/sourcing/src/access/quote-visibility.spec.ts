import { Role } from '@jalin/authz';
import { quotesSealed } from '../rfqs';
import { quoteScope, seesQuoteCount } from './quote-visibility';

const deadline = new Date('2026-06-10T10:00:00Z');
const rfq = (sealed: boolean) => ({ buyerOrganizationId: 'B', sealed, quoteDeadline: deadline });
const before = new Date('2026-06-10T09:59:59Z');
const after = new Date('2026-06-10T10:00:00Z');
const user = (role: Role, organizationId = 'X') => ({ role, organizationId });

describe('who sees which quotes', () => {
  it('shows the buyer, Dinas and admin all quotes of an unsealed RFQ, an IKM its own, another buyer none', () => {
    expect(quoteScope(rfq(false), user(Role.BUYER, 'B'), before)).toBe('all');
    expect(quoteScope(rfq(false), user(Role.DINAS), before)).toBe('all');
    expect(quoteScope(rfq(false), user(Role.ADMIN), before)).toBe('all');
    expect(quoteScope(rfq(false), user(Role.IKM), before)).toBe('own');
    expect(quoteScope(rfq(false), user(Role.BUYER, 'C'), before)).toBe('none');
  });

  it('hides a sealed RFQ quotes from everybody but their authors until the deadline', () => {
    expect(quotesSealed(rfq(true), before)).toBe(true);
    expect(quotesSealed(rfq(true), after)).toBe(false);
    for (const viewer of [user(Role.BUYER, 'B'), user(Role.DINAS), user(Role.ADMIN)]) {
      expect(quoteScope(rfq(true), viewer, before)).toBe('none');
      expect(quoteScope(rfq(true), viewer, after)).toBe('all');
      expect(seesQuoteCount(rfq(true), viewer)).toBe(true);
    }
    expect(quoteScope(rfq(true), user(Role.IKM), before)).toBe('own');
    expect(seesQuoteCount(rfq(true), user(Role.IKM))).toBe(false);
  });
});
