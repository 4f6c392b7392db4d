import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '@jalin/authz';
import { may, SourcingPermission } from '../access/sourcing-permission';
import { isUuid, TransactionRunner } from '@jalin/database';
import { InputValidationException } from '@jalin/errors';
import { DomainEventName } from '@jalin/jobs';
import { MatchEntity, MatchStatus } from '../matches';
import { MatchStatusWriter } from '../matches/match-status.writer';
import { OutboxWriter } from '@jalin/outbox';
import { todayInWib } from '@jalin/profiles';
import { RfqEntity, RfqStatus } from '../rfqs';
import { QuoteEntity } from './entities/quote.entity';
import { NewQuote } from './new-quote';
import { QuoteStatus } from './quote-status.enum';
import { QuoteStatusWriter } from './quote-status.writer';
import { QuotesErrorCode, QuotesException } from './quotes.exception';
import { validateNewQuote } from './validate-new-quote';

const QUOTABLE_MATCH: readonly MatchStatus[] = [MatchStatus.NEW, MatchStatus.VIEWED, MatchStatus.QUOTED];

/**
 * The IKM's side of quoting. Lock order is always RFQ row, then match or quote rows, the same as
 * awardRfq's, so quoting and awarding never deadlock; quoting takes the RFQ row FOR SHARE (IKMs
 * quote side by side) and awardRfq FOR UPDATE (no quote changes while an award is decided).
 */
@Injectable()
export class QuoteService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly matchStatus: MatchStatusWriter,
    private readonly quoteStatus: QuoteStatusWriter,
  ) {}

  /** A new revision; the previous current one (if any) is superseded and the match becomes QUOTED. */
  async submit(input: NewQuote, ikm: AuthUser, now = new Date()): Promise<QuoteEntity> {
    if (!isUuid(input.rfqId)) throw this.rfqNotFound(input.rfqId);
    return this.tx.run(async (manager) => {
      const rfq = await manager.findOne(RfqEntity, { where: { id: input.rfqId }, lock: { mode: 'pessimistic_read' } });
      const match = rfq
        ? await manager.findOne(MatchEntity, { where: { rfqId: rfq.id, ikmOrganizationId: ikm.organizationId }, lock: { mode: 'pessimistic_write' } })
        : null;
      // A withdrawn (EXPIRED) match is not readable: the RFQ is not found, as for any other IKM.
      if (!rfq || !match || match.status === MatchStatus.EXPIRED) throw this.rfqNotFound(input.rfqId);
      this.assertQuotable(rfq, now);
      if (!QUOTABLE_MATCH.includes(match.status)) {
        throw new QuotesException(QuotesErrorCode.MATCH_DECLINED, 'Your workshop declined this RFQ; it can no longer quote');
      }
      const issues = validateNewQuote(input, rfq, todayInWib(now));
      if (issues.length > 0) throw new InputValidationException(issues);

      const revision = await this.nextRevision(manager, rfq.id, ikm.organizationId);
      await manager.update(QuoteEntity, { rfqId: rfq.id, ikmOrganizationId: ikm.organizationId, current: true }, { current: false });
      const quote = await manager.save(manager.create(QuoteEntity, {
        rfqId: rfq.id,
        ikmOrganizationId: ikm.organizationId,
        matchId: match.id,
        submittedByUserId: ikm.userId,
        revision,
        current: true,
        unitPrice: input.unitPrice,
        quantity: input.quantity,
        leadTimeDays: input.leadTimeDays,
        validUntil: input.validUntil,
        notes: input.notes?.trim() || null,
        status: QuoteStatus.SUBMITTED,
      }));
      if (match.status !== MatchStatus.QUOTED) await this.matchStatus.transitionRow(manager, match, MatchStatus.QUOTED);
      await this.outbox.append(manager, DomainEventName.QuoteSubmitted, {
        rfqId: rfq.id, quoteId: quote.id, ikmOrganizationId: ikm.organizationId, revision, byUserId: ikm.userId,
      });
      return quote;
    });
  }

  /** Its IKM, while the RFQ is OPEN; only the current, still SUBMITTED revision. */
  async withdraw(id: string, ikm: AuthUser): Promise<QuoteEntity> {
    if (!isUuid(id)) throw this.quoteNotFound(id);
    return this.tx.run(async (manager) => {
      const seen = await manager.findOne(QuoteEntity, { where: { id }, select: { id: true, rfqId: true, ikmOrganizationId: true } });
      if (!seen || !may(ikm, SourcingPermission.QUOTE_WITHDRAW, seen)) throw this.quoteNotFound(id);
      const rfq = await manager.findOneOrFail(RfqEntity, { where: { id: seen.rfqId }, lock: { mode: 'pessimistic_read' } });
      const quote = await manager.findOneOrFail(QuoteEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (rfq.status !== RfqStatus.OPEN) throw new QuotesException(QuotesErrorCode.RFQ_NOT_OPEN, `This RFQ is ${rfq.status}; quotes can no longer be withdrawn`);
      if (!quote.current || quote.status !== QuoteStatus.SUBMITTED) {
        throw new QuotesException(QuotesErrorCode.QUOTE_NOT_WITHDRAWABLE, quote.current ? `A ${quote.status} quote cannot be withdrawn` : 'A newer revision of this quote exists; withdraw that one');
      }
      await this.quoteStatus.transitionRow(manager, quote, QuoteStatus.WITHDRAWN, { withdrawnAt: new Date() });
      await this.outbox.append(manager, DomainEventName.QuoteWithdrawn, { rfqId: rfq.id, quoteId: quote.id, ikmOrganizationId: ikm.organizationId, byUserId: ikm.userId });
      return quote;
    });
  }

  private assertQuotable(rfq: RfqEntity, now: Date): void {
    if (rfq.status !== RfqStatus.OPEN) throw new QuotesException(QuotesErrorCode.RFQ_NOT_OPEN, `This RFQ is ${rfq.status}; it takes no quotes`);
    if (now.getTime() >= rfq.quoteDeadline.getTime()) {
      throw new QuotesException(QuotesErrorCode.QUOTE_DEADLINE_PASSED, `The quote deadline (${rfq.quoteDeadline.toISOString()}) has passed`);
    }
  }

  private async nextRevision(manager: EntityManager, rfqId: string, ikmOrganizationId: string): Promise<number> {
    const [{ max }] = await manager.query('SELECT coalesce(max(revision), 0)::int AS max FROM quote WHERE rfq_id = $1 AND ikm_organization_id = $2', [rfqId, ikmOrganizationId]);
    return max + 1;
  }

  private rfqNotFound(id: string): QuotesException {
    return new QuotesException(QuotesErrorCode.RFQ_NOT_FOUND, `RFQ ${id} not found`);
  }

  private quoteNotFound(id: string): QuotesException {
    return new QuotesException(QuotesErrorCode.QUOTE_NOT_FOUND, `Quote ${id} not found`);
  }
}
