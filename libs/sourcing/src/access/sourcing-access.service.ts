import { Injectable } from '@nestjs/common';
import { AuthUser, Role } from '@jalin/authz';
import { isUuid, plainRows, TransactionRunner } from '@jalin/database';
import { DealsException } from '../deals/deals.exception';
import { DealEntity } from '../deals/entities/deal.entity';
import { MatchQueries } from '../matches/match.queries';
import { RfqEntity } from '../rfqs/entities/rfq.entity';
import { RfqException } from '../rfqs/rfqs.exception';
import { may, SourcingPermission } from './sourcing-permission';

/**
 * Every read and write of the lifecycle asks here (Immich's requireAccess habit): `require` loads a
 * row by id and answers NOT_FOUND, exactly as for a row that does not exist, when the caller may
 * not see it; `may` decides on a row the caller already holds (and has locked).
 */
@Injectable()
export class SourcingAccess {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly matches: MatchQueries,
  ) {}

  /** The RFQ as a plain row (read-only callers: the RFQ page, the quote comparison). */
  async requireRfq(caller: AuthUser, id: string): Promise<RfqEntity> {
    const rfq = isUuid(id) ? (await plainRows(this.tx.manager, RfqEntity, { where: 't.id = $1', params: [id] }))[0] : null;
    if (!rfq || !(await this.mayReadRfq(caller, rfq))) throw RfqException.notFound(id);
    return rfq;
  }

  async requireDeal(caller: AuthUser, id: string): Promise<DealEntity> {
    const deal = isUuid(id) ? await this.tx.manager.findOneBy(DealEntity, { id }) : null;
    if (!deal || !may(caller, SourcingPermission.DEAL_READ, deal)) throw DealsException.dealNotFound(id);
    return deal;
  }

  /** Buyer, Dinas and admin see every match of an RFQ they can read; an IKM only its own. */
  seesAllMatches(rfq: { buyerOrganizationId: string }, caller: AuthUser): boolean {
    return may(caller, SourcingPermission.RFQ_OVERSEE, rfq);
  }

  /** Only an IKM costs a query (is it matched?); the others are decided on the row. */
  private async mayReadRfq(caller: AuthUser, rfq: RfqEntity): Promise<boolean> {
    const matchedIkm = caller.role === Role.IKM && !may(caller, SourcingPermission.RFQ_OVERSEE, rfq) && (await this.matches.isMatched(rfq.id, caller.organizationId));
    return may(caller, SourcingPermission.RFQ_READ, { buyerOrganizationId: rfq.buyerOrganizationId, matchedIkm });
  }
}
