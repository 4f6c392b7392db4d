import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuthUser } from '@jalin/authz';
import { may, SourcingPermission } from '../../access/sourcing-permission';
import { isUuid, TransactionRunner } from '@jalin/database';
import { InputValidationException } from '@jalin/errors';
import { DomainEventName } from '@jalin/jobs';
import { MatchStatusWriter } from '../../matches/match-status.writer';
import { OutboxWriter } from '@jalin/outbox';
import { todayInWib } from '@jalin/profiles';
import { QuoteEntity, QuoteStatus } from '../../quotes';
import { QuoteStatusWriter } from '../../quotes/quote-status.writer';
import { RfqStatusWriter } from '../../rfqs/rfq-status.writer';
import { quotesSealed } from '../../rfqs';
import { RfqEntity, RfqNotAwardedOutcome, RfqStatus } from '../../rfqs';
import { DealStatus } from '../deal-status.enum';
import { DealsErrorCode, DealsException } from '../deals.exception';
import { DealEntity } from '../entities/deal.entity';
import { DealEventEntity } from '../entities/deal-event.entity';
import { AwardLine } from './award-line';
import { checkAwards, checkAwardShape, dealValue } from './check-awards';

/**
 * The buyer's award. The RFQ row is locked FOR UPDATE first: of two concurrent awards of one RFQ
 * the second waits, then finds it AWARDED and answers CONFLICT; quoting holds the same row FOR
 * SHARE, so no quote changes while an award is decided. The unique quote id on deals backs this up.
 */
@Injectable()
export class AwardService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly rfqStatus: RfqStatusWriter,
    private readonly matchStatus: MatchStatusWriter,
    private readonly quoteStatus: QuoteStatusWriter,
  ) {}

  async award(rfqId: string, lines: readonly AwardLine[], buyer: AuthUser, now = new Date()): Promise<DealEntity[]> {
    const shape = checkAwardShape(lines);
    if (shape.length > 0) throw new InputValidationException(shape);
    if (!isUuid(rfqId)) throw DealsException.rfqNotFound(rfqId);
    return this.tx.run(async (manager) => {
      const rfq = await manager.findOne(RfqEntity, { where: { id: rfqId }, lock: { mode: 'pessimistic_write' } });
      if (!rfq || !may(buyer, SourcingPermission.RFQ_MANAGE, rfq)) throw DealsException.rfqNotFound(rfqId);
      if (rfq.status !== RfqStatus.OPEN) throw new DealsException(DealsErrorCode.RFQ_NOT_OPEN, `This RFQ is ${rfq.status}; it cannot be awarded`);
      if (quotesSealed(rfq, now)) {
        throw new DealsException(DealsErrorCode.QUOTES_SEALED, `This RFQ is sealed until ${rfq.quoteDeadline.toISOString()}; award after the quote deadline`);
      }
      const ids = lines.map((l) => l.quoteId).filter(isUuid);
      const quotes = ids.length
        ? await manager.find(QuoteEntity, { where: { id: In(ids), rfqId: rfq.id }, lock: { mode: 'pessimistic_write' } })
        : [];
      const byId = new Map(quotes.map((q) => [q.id, q]));
      const check = checkAwards(lines, byId, rfq, todayInWib(now));
      if (check.issues.length > 0) throw new InputValidationException(check.issues);
      if (check.conflicts.length > 0) throw new DealsException(DealsErrorCode.QUOTE_NOT_AWARDABLE, `Cannot award: ${check.conflicts.join('; ')}`);

      const deals = await manager.save(lines.map((line) => {
        const quote = byId.get(line.quoteId)!;
        return manager.create(DealEntity, {
          rfqId: rfq.id, quoteId: quote.id, buyerOrganizationId: rfq.buyerOrganizationId, ikmOrganizationId: quote.ikmOrganizationId,
          quantity: line.quantity, unitPrice: quote.unitPrice, value: dealValue(line.quantity, quote.unitPrice),
          status: DealStatus.AWARDED, neededBy: rfq.neededBy,
        });
      }));
      await manager.insert(DealEventEntity, deals.map((d) => ({ dealId: d.id, status: DealStatus.AWARDED, note: null, byUserId: buyer.userId, at: now })));

      const winners = new Set(deals.map((d) => d.ikmOrganizationId));
      const awarded = deals.map((d) => d.quoteId);
      await this.quoteStatus.transition(manager, awarded, QuoteStatus.AWARDED);
      const losers = await manager.find(QuoteEntity, { where: { rfqId: rfq.id, current: true, status: QuoteStatus.SUBMITTED } });
      await this.quoteStatus.rejectOpenQuotes(manager, rfq.id, awarded);
      await this.matchStatus.settleQuoted(manager, rfq.id, [...winners]);
      await this.rfqStatus.transitionRow(manager, rfq, RfqStatus.AWARDED);

      await this.outbox.appendMany(manager, DomainEventName.RfqAwarded, deals.map((d) => ({
        rfqId: rfq.id, dealId: d.id, quoteId: d.quoteId, buyerOrganizationId: d.buyerOrganizationId, ikmOrganizationId: d.ikmOrganizationId,
        quantity: d.quantity, value: d.value.toString(), byUserId: buyer.userId,
      })));
      await this.outbox.appendMany(manager, DomainEventName.RfqNotAwarded, losers.map((q) => ({
        rfqId: rfq.id, quoteId: q.id, ikmOrganizationId: q.ikmOrganizationId, outcome: RfqNotAwardedOutcome.AWARDED_TO_OTHERS,
      })));
      return deals;
    });
  }
}
