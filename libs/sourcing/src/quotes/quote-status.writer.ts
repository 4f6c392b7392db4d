import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { QUOTE_TRANSITIONS } from '../state/quote-transitions';
import { StatusWriter } from '../state/status-writer';
import { QuoteEntity } from './entities/quote.entity';
import { QuoteStatus } from './quote-status.enum';

/** Every change of a quote's status goes through here. */
@Injectable()
export class QuoteStatusWriter extends StatusWriter<QuoteStatus, QuoteEntity> {
  constructor() {
    super(QuoteEntity, QUOTE_TRANSITIONS);
  }

  /** The RFQ's current SUBMITTED quotes, except the given ones, become REJECTED; returns their ids. */
  rejectOpenQuotes(manager: EntityManager, rfqId: string, except: readonly string[] = []): Promise<string[]> {
    const others = except.length ? ' AND NOT (id IN (:...except))' : '';
    return this.transitionWhere(manager, { where: `rfq_id = :rfqId AND current${others}`, params: { rfqId, except } }, QuoteStatus.REJECTED, { from: [QuoteStatus.SUBMITTED] });
  }
}
