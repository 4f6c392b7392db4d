import { Injectable } from '@nestjs/common';
import { AuthUser, Role } from '@jalin/authz';
import { isUuid, TransactionRunner } from '@jalin/database';
import { RfqEntity, RfqException } from '../rfqs';
import { MatchQueries } from '../matches/match.queries';

/**
 * Who may read an RFQ: its buyer, the IKMs matched to it, the Dinas and the admin. Everybody else
 * gets NOT_FOUND, exactly as for an RFQ that does not exist.
 */
@Injectable()
export class RfqAccess {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly matches: MatchQueries,
  ) {}

  async readable(id: string, user: AuthUser): Promise<RfqEntity> {
    const rfq = isUuid(id) ? await this.tx.manager.findOneBy(RfqEntity, { id }) : null;
    if (!rfq || !(await this.canRead(rfq, user))) throw RfqException.notFound(id);
    return rfq;
  }

  /** Buyer, Dinas and admin see every match of an RFQ they can read; an IKM only its own. */
  seesAllMatches(rfq: { buyerOrganizationId: string }, user: AuthUser): boolean {
    return user.role === Role.ADMIN || user.role === Role.DINAS || (user.role === Role.BUYER && rfq.buyerOrganizationId === user.organizationId);
  }

  private async canRead(rfq: RfqEntity, user: AuthUser): Promise<boolean> {
    if (this.seesAllMatches(rfq, user)) return true;
    return user.role === Role.IKM && this.matches.isMatched(rfq.id, user.organizationId);
  }
}
