import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '@jalin/authz';
import { may, SourcingPermission } from '../../access/sourcing-permission';
import { AppConfig } from '@jalin/config';
import { isUuid, TransactionRunner } from '@jalin/database';
import { InputValidationException } from '@jalin/errors';
import { DomainEventName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { MatchStatusWriter } from '../../matches/match-status.writer';
import { QuoteEntity, QuoteStatus } from '../../quotes';
import { QuoteStatusWriter } from '../../quotes/quote-status.writer';
import { RfqEntity, RfqNotAwardedOutcome, RfqStatus } from '../../rfqs';
import { RfqStatusWriter } from '../../rfqs/rfq-status.writer';
import { DealsErrorCode, DealsException } from '../deals.exception';

const SWEEP_BATCH = 100;

/**
 * Ends RFQs without an award (CLOSED): by the buyer, or automatically RFQ_AUTO_CLOSE_DAYS after the
 * quote deadline. Current quotes become REJECTED and QUOTED matches NOT_AWARDED, as after an award
 * to others, so the IKMs that answered learn the outcome.
 */
@Injectable()
export class RfqCloser {
  private readonly logger = new Logger(RfqCloser.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly config: AppConfig,
    private readonly rfqStatus: RfqStatusWriter,
    private readonly matchStatus: MatchStatusWriter,
    private readonly quoteStatus: QuoteStatusWriter,
  ) {}

  /** Its buyer, while OPEN. */
  async closeByBuyer(id: string, reason: string | null | undefined, buyer: AuthUser): Promise<RfqEntity> {
    const trimmed = reason?.trim() || null;
    if (trimmed && trimmed.length > 1000) throw InputValidationException.of('reason', trimmed.slice(0, 40), 'must be at most 1000 characters');
    if (!isUuid(id)) throw DealsException.rfqNotFound(id);
    return this.tx.run(async (manager) => {
      const rfq = await manager.findOne(RfqEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!rfq || !may(buyer, SourcingPermission.RFQ_MANAGE, rfq)) throw DealsException.rfqNotFound(id);
      if (rfq.status !== RfqStatus.OPEN) throw new DealsException(DealsErrorCode.RFQ_NOT_OPEN, `This RFQ is ${rfq.status}; only an OPEN RFQ can be closed`);
      return this.close(manager, rfq, { automatic: false, byUserId: buyer.userId, reason: trimmed });
    });
  }

  /** The scheduled sweep: every OPEN RFQ whose quote deadline is RFQ_AUTO_CLOSE_DAYS or more behind; one transaction each. */
  async closeExpired(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.RFQ_AUTO_CLOSE_DAYS * 86_400_000);
    let closed = 0;
    for (;;) {
      const due: { id: string }[] = await this.tx.manager.query(
        `SELECT id FROM rfq WHERE status = $2 AND quote_deadline <= $1 ORDER BY quote_deadline, id LIMIT ${SWEEP_BATCH}`,
        [cutoff, RfqStatus.OPEN],
      );
      for (const { id } of due) {
        const done = await this.tx.run(async (manager) => {
          const rfq = await manager.findOne(RfqEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
          if (!rfq || rfq.status !== RfqStatus.OPEN || rfq.quoteDeadline.getTime() > cutoff.getTime()) return false;
          await this.close(manager, rfq, { automatic: true, byUserId: null, reason: null });
          return true;
        });
        if (done) closed += 1;
      }
      if (due.length < SWEEP_BATCH) break;
    }
    if (closed > 0) this.logger.log({ closed, days: this.config.RFQ_AUTO_CLOSE_DAYS }, 'closed RFQs past their quote deadline');
    return closed;
  }

  private async close(manager: EntityManager, rfq: RfqEntity, how: { automatic: boolean; byUserId: string | null; reason: string | null }): Promise<RfqEntity> {
    const open = await manager.find(QuoteEntity, { where: { rfqId: rfq.id, current: true, status: QuoteStatus.SUBMITTED } });
    await this.quoteStatus.rejectOpenQuotes(manager, rfq.id);
    await this.matchStatus.settleQuoted(manager, rfq.id, []);
    await this.rfqStatus.transitionRow(manager, rfq, RfqStatus.CLOSED);
    await this.outbox.append(manager, DomainEventName.RfqClosed, {
      rfqId: rfq.id, buyerOrganizationId: rfq.buyerOrganizationId, automatic: how.automatic, byUserId: how.byUserId, reason: how.reason,
    });
    await this.outbox.appendMany(manager, DomainEventName.RfqNotAwarded, open.map((q) => ({
      rfqId: rfq.id, quoteId: q.id, ikmOrganizationId: q.ikmOrganizationId, outcome: RfqNotAwardedOutcome.CLOSED,
    })));
    return rfq;
  }
}
