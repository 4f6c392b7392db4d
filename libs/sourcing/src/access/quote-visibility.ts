import { Role } from '@jalin/authz';
import { may, SourcingPermission } from './sourcing-permission';
import { quotesSealed, SealedRfq } from '../rfqs';

/**
 * Which quotes of an RFQ (that the caller may read) the caller sees: 'all' (its buyer, the Dinas,
 * the admin, once not sealed), 'own' (an IKM: only its own, sealed or not) or 'none'.
 */
export function quoteScope(rfq: SealedRfq, user: { role: Role; organizationId: string }, now: Date): 'all' | 'own' | 'none' {
  if (user.role === Role.IKM) return 'own';
  if (!may(user, SourcingPermission.RFQ_OVERSEE, rfq)) return 'none';
  return quotesSealed(rfq, now) ? 'none' : 'all';
}

/** The number of current quotes: its buyer, the Dinas and the admin see it even while sealed; IKMs never. */
export function seesQuoteCount(rfq: SealedRfq, user: { role: Role; organizationId: string }): boolean {
  return may(user, SourcingPermission.RFQ_OVERSEE, rfq);
}
