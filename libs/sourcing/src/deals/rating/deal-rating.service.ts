import { Injectable } from '@nestjs/common';
import { AuthUser } from '@jalin/authz';
import { isUuid, TransactionRunner } from '@jalin/database';
import { InputValidationException } from '@jalin/errors';
import { DomainEventName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { DealSide, DealStatus } from '../deal-status.enum';
import { DealsErrorCode, DealsException } from '../deals.exception';
import { DealEntity } from '../entities/deal.entity';
import { DealRatingEntity } from '../entities/deal-rating.entity';
import { dealSide } from '../../access/sourcing-permission';
import { checkRating } from './check-rating';
import { DealRatingInput } from './deal-rating-input';

/** Each side rates a completed deal once; the deal row lock makes "once" hold under concurrency. */
@Injectable()
export class DealRatingService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxWriter,
  ) {}

  async rate(dealId: string, input: DealRatingInput, user: AuthUser): Promise<DealRatingEntity> {
    if (!isUuid(dealId)) throw DealsException.dealNotFound(dealId);
    return this.tx.run(async (manager) => {
      const deal = await manager.findOne(DealEntity, { where: { id: dealId }, lock: { mode: 'pessimistic_write' } });
      const side = deal ? dealSide(deal, user) : null;
      if (!deal || !side) throw DealsException.dealNotFound(dealId);
      const issues = checkRating(side, input);
      if (issues.length > 0) throw new InputValidationException(issues);
      if (deal.status !== DealStatus.COMPLETED) throw new DealsException(DealsErrorCode.DEAL_NOT_COMPLETED, `Only a COMPLETED deal can be rated; this one is ${deal.status}`);
      if (await manager.existsBy(DealRatingEntity, { dealId, side })) throw new DealsException(DealsErrorCode.DEAL_ALREADY_RATED, 'Your side has already rated this deal');
      const rating = await manager.save(manager.create(DealRatingEntity, {
        dealId, side, byOrganizationId: user.organizationId, byUserId: user.userId,
        ratedOrganizationId: side === DealSide.BUYER ? deal.ikmOrganizationId : deal.buyerOrganizationId,
        quality: side === DealSide.BUYER ? input.quality! : null,
        delivery: side === DealSide.BUYER ? input.delivery! : null,
        paymentPunctuality: side === DealSide.IKM ? input.paymentPunctuality! : null,
        comment: input.comment?.trim() || null,
      }));
      await this.outbox.append(manager, DomainEventName.DealRated, { dealId, ratingId: rating.id, side, byOrganizationId: user.organizationId, byUserId: user.userId });
      return rating;
    });
  }
}
