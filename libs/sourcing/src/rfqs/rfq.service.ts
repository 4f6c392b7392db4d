import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '@jalin/authz';
import { may, SourcingPermission } from '../access/sourcing-permission';
import { isUuid, TransactionRunner } from '@jalin/database';
import { InputValidationException } from '@jalin/errors';
import { DomainEventName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { RfqEntity } from './entities/rfq.entity';
import { NewRfq } from './new-rfq';
import { MatchingStatus, RfqStatus } from './rfq-status.enum';
import { RfqStatusWriter } from './rfq-status.writer';
import { RfqErrorCode, RfqException } from './rfqs.exception';
import { validateNewRfq } from './validate-new-rfq';

const NOT_OPEN_MESSAGE: Record<RfqStatus, string> = {
  [RfqStatus.OPEN]: '',
  [RfqStatus.AWARDED]: 'This RFQ has already been awarded',
  [RfqStatus.CLOSED]: 'This RFQ is closed',
  [RfqStatus.CANCELLED]: 'This RFQ is already cancelled',
};

/** Posting, cancelling and re-queueing the matching of RFQs (the buyer's side). */
@Injectable()
export class RfqService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly rfqStatus: RfqStatusWriter,
  ) {}

  /** OPEN, matching PENDING, and the matching job queued through the outbox on commit. */
  async create(input: NewRfq, buyer: AuthUser, now = new Date()): Promise<RfqEntity> {
    const issues = validateNewRfq(input, now);
    if (issues.length > 0) throw new InputValidationException(issues);
    return this.tx.run(async (manager) => {
      const rfq = await manager.save(manager.create(RfqEntity, {
        buyerOrganizationId: buyer.organizationId,
        createdByUserId: buyer.userId,
        title: input.title.trim(),
        description: input.description.trim(),
        sector: input.sector,
        processes: [...new Set(input.processes)],
        materials: [...new Set(input.materials)],
        requiredCertifications: [...new Set(input.requiredCertifications ?? [])],
        quantity: input.quantity,
        unit: input.unit.trim(),
        targetUnitPrice: input.targetUnitPrice ?? null,
        deliveryLat: input.deliveryLocation.lat,
        deliveryLng: input.deliveryLocation.lng,
        neededBy: input.neededBy,
        quoteDeadline: input.quoteDeadline,
        sealed: input.sealed ?? false,
      }));
      await this.outbox.append(manager, DomainEventName.RfqMatchingRequested, { rfqId: rfq.id, matchingVersion: rfq.matchingVersion });
      return rfq;
    });
  }

  /** Only its buyer, only while OPEN; other buyers' RFQs answer NOT_FOUND. */
  async cancel(id: string, reason: string, buyer: AuthUser): Promise<RfqEntity> {
    const trimmed = reason.trim();
    if (trimmed.length < 3 || trimmed.length > 1000) throw InputValidationException.of('reason', reason, 'must be 3 to 1000 characters');
    return this.tx.run(async (manager) => {
      const rfq = await this.lockOwn(manager, id, buyer);
      this.assertOpen(rfq);
      await this.rfqStatus.transitionRow(manager, rfq, RfqStatus.CANCELLED, { cancelReason: trimmed, cancelledAt: new Date() });
      await this.outbox.append(manager, DomainEventName.RfqCancelled, { rfqId: rfq.id, reason: trimmed });
      return rfq;
    });
  }

  /** A FAILED matching runs again under a new version (a new fixed job id). */
  async retryMatching(id: string, buyer: AuthUser): Promise<RfqEntity> {
    return this.tx.run(async (manager) => {
      const rfq = await this.lockOwn(manager, id, buyer);
      this.assertOpen(rfq);
      if (rfq.matchingStatus !== MatchingStatus.FAILED) {
        throw new RfqException(RfqErrorCode.MATCHING_NOT_FAILED, `Matching is ${rfq.matchingStatus}; only a FAILED matching can be retried`);
      }
      rfq.matchingStatus = MatchingStatus.PENDING;
      rfq.matchingVersion += 1;
      rfq.matchingError = null;
      await manager.save(rfq);
      await this.outbox.append(manager, DomainEventName.RfqMatchingRequested, { rfqId: rfq.id, matchingVersion: rfq.matchingVersion });
      return rfq;
    });
  }

  private async lockOwn(manager: EntityManager, id: string, buyer: AuthUser): Promise<RfqEntity> {
    if (!isUuid(id)) throw RfqException.notFound(id);
    const rfq = await manager.findOne(RfqEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!rfq || !may(buyer, SourcingPermission.RFQ_MANAGE, rfq)) throw RfqException.notFound(id);
    return rfq;
  }

  private assertOpen(rfq: RfqEntity): void {
    if (rfq.status !== RfqStatus.OPEN) throw new RfqException(RfqErrorCode.RFQ_NOT_OPEN, NOT_OPEN_MESSAGE[rfq.status]);
  }
}
