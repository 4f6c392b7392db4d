import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '@jalin/authz';
import { dealSide } from '../../access/sourcing-permission';
import { isUuid, TransactionRunner } from '@jalin/database';
import { InputValidationException } from '@jalin/errors';
import { DomainEventName } from '@jalin/jobs';
import { TrackRecordWriter } from '../track-record/track-record.writer';
import { OutboxWriter } from '@jalin/outbox';
import { todayInWib } from '@jalin/profiles';
import { DealStatus } from '../deal-status.enum';
import { DealStatusWriter } from '../deal-status.writer';
import { DealsErrorCode, DealsException } from '../deals.exception';
import { DealEntity } from '../entities/deal.entity';
import { DealEventEntity } from '../entities/deal-event.entity';
import { checkDealStep, deliveredOnTime } from '../../state/deal-state-machine';

export const MAX_DEAL_NOTE = 1000;

/** Moves deals along their state machine; the deal row is locked, so two steps never race. */
@Injectable()
export class DealStatusService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly trackRecord: TrackRecordWriter,
    private readonly dealStatus: DealStatusWriter,
  ) {}

  async update(dealId: string, to: DealStatus, note: string | null | undefined, user: AuthUser, now = new Date()): Promise<DealEntity> {
    const trimmed = note?.trim() || null;
    if (trimmed && trimmed.length > MAX_DEAL_NOTE) throw InputValidationException.of('note', trimmed.slice(0, 40), `must be at most ${MAX_DEAL_NOTE} characters`);
    if (!isUuid(dealId)) throw DealsException.dealNotFound(dealId);
    return this.tx.run(async (manager) => {
      const deal = await manager.findOne(DealEntity, { where: { id: dealId }, lock: { mode: 'pessimistic_write' } });
      const side = deal ? dealSide(deal, user) : null;
      if (!deal || !side) throw DealsException.dealNotFound(dealId);
      const check = checkDealStep(deal.status, to, side, trimmed);
      if (!check.ok) {
        if (check.reason === 'NOTE_REQUIRED') throw InputValidationException.of('note', note ?? null, check.message);
        throw new DealsException(check.reason === 'WRONG_SIDE' ? DealsErrorCode.DEAL_STEP_NOT_YOURS : DealsErrorCode.DEAL_STEP_OUT_OF_ORDER, check.message);
      }
      const from = deal.status;
      await this.apply(manager, deal, to, now);
      await manager.insert(DealEventEntity, { dealId: deal.id, status: to, note: trimmed, byUserId: user.userId, at: now });
      await this.outbox.append(manager, DomainEventName.DealStatusChanged, {
        dealId: deal.id, rfqId: deal.rfqId, buyerOrganizationId: deal.buyerOrganizationId, ikmOrganizationId: deal.ikmOrganizationId,
        from, to, note: trimmed, byUserId: user.userId,
      });
      return deal;
    });
  }

  /** The row changes of one step; COMPLETED also updates the IKM's track record in this transaction. */
  private async apply(manager: EntityManager, deal: DealEntity, to: DealStatus, now: Date): Promise<void> {
    const set: Partial<DealEntity> = {};
    if (to === DealStatus.DELIVERED) {
      set.deliveredOn = todayInWib(now);
      set.deliveredOnTime = deliveredOnTime(set.deliveredOn, deal.neededBy);
    }
    if (to === DealStatus.COMPLETED) {
      set.completedAt = now;
      await this.trackRecord.recordCompletedDeal(manager, deal.ikmOrganizationId, deal.deliveredOnTime === true);
    }
    await this.dealStatus.transitionRow(manager, deal, to, set);
  }
}
