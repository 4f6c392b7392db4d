import { Injectable } from '@nestjs/common';
import { DomainEventName, DomainEventPayloads } from '@jalin/jobs';
import { DealStatus, RfqNotAwardedOutcome, RfqStatus } from '@jalin/sourcing/statuses';
import { NotificationType } from '../notification-type.enum';
import { draft, NotificationDraft } from './notification-draft';
import { RecipientQueries } from './recipient.queries';

type Payload<E extends DomainEventName> = DomainEventPayloads[E];

/**
 * Turns a domain event into the notification it causes and the organizations that hear of it:
 * only parties of the RFQ, deal or profile concerned, never anyone else. Null when the thing is
 * gone (nothing to say).
 */
@Injectable()
export class NotificationPlanner {
  constructor(private readonly queries: RecipientQueries) {}

  /** The matched IKM. */
  async rfqMatched(p: Payload<DomainEventName.RfqMatched>): Promise<NotificationDraft | null> {
    const rfq = await this.queries.rfq(p.rfqId);
    if (!rfq) return null;
    return draft({
      type: NotificationType.RFQ_MATCHED,
      facts: { rfqTitle: rfq.title, quantity: rfq.quantity, unit: rfq.unit, quoteDeadline: rfq.quoteDeadline },
      path: `/rfqs/${rfq.id}`,
      data: { rfqId: rfq.id, matchId: p.matchId },
      organizationIds: [p.ikmOrganizationId],
    });
  }

  /**
   * The matched IKM, 24 hours before the quote deadline, if it has not quoted or declined and the
   * RFQ is still OPEN (a cancelled, awarded or closed RFQ drops the reminder).
   */
  async quoteDeadlineSoon(rfqId: string, ikmOrganizationId: string): Promise<NotificationDraft | null> {
    const rfq = await this.queries.rfq(rfqId);
    if (!rfq || rfq.status !== RfqStatus.OPEN || new Date(rfq.quoteDeadline).getTime() <= Date.now()) return null;
    if (!(await this.queries.awaitsQuote(rfqId, ikmOrganizationId))) return null;
    return draft({
      type: NotificationType.QUOTE_DEADLINE_SOON,
      facts: { rfqTitle: rfq.title, quoteDeadline: rfq.quoteDeadline },
      path: `/rfqs/${rfq.id}`,
      data: { rfqId: rfq.id },
      organizationIds: [ikmOrganizationId],
    });
  }

  /**
   * The RFQ's buyer; of a sealed RFQ only that a new quote arrived: not its author, price or
   * revision. A revision of a sealed quote says nothing (a second message would tell the buyer
   * that somebody revised).
   */
  async quoteReceived(p: Payload<DomainEventName.QuoteSubmitted>): Promise<NotificationDraft | null> {
    const [rfq, quote] = await Promise.all([this.queries.rfq(p.rfqId), this.queries.quote(p.quoteId)]);
    if (!rfq || !quote) return null;
    if (rfq.sealed) {
      if (p.revision > 1) return null;
      return draft({
        type: NotificationType.QUOTE_RECEIVED,
        facts: { sealed: true, rfqTitle: rfq.title, quoteDeadline: rfq.quoteDeadline },
        path: `/rfqs/${rfq.id}`,
        data: { rfqId: rfq.id },
        organizationIds: [rfq.buyerOrganizationId],
      });
    }
    return draft({
      type: NotificationType.QUOTE_RECEIVED,
      facts: { rfqTitle: rfq.title, ikmName: quote.ikmName, unitPrice: quote.unitPrice, quantity: quote.quantity, leadTimeDays: quote.leadTimeDays, revision: p.revision },
      path: `/rfqs/${rfq.id}`,
      data: { rfqId: rfq.id, quoteId: p.quoteId },
      organizationIds: [rfq.buyerOrganizationId],
    });
  }

  /** The winning IKM (one event per winning quote). */
  async rfqAwarded(p: Payload<DomainEventName.RfqAwarded>): Promise<NotificationDraft | null> {
    const rfq = await this.queries.rfq(p.rfqId);
    if (!rfq) return null;
    return draft({
      type: NotificationType.RFQ_AWARDED,
      facts: { rfqTitle: rfq.title, quantity: p.quantity, value: p.value },
      path: `/deals/${p.dealId}`,
      data: { rfqId: p.rfqId, dealId: p.dealId, quoteId: p.quoteId },
      organizationIds: [p.ikmOrganizationId],
    });
  }

  /** The IKM whose quote did not win (one event per such quote). */
  async rfqNotAwarded(p: Payload<DomainEventName.RfqNotAwarded>): Promise<NotificationDraft | null> {
    const rfq = await this.queries.rfq(p.rfqId);
    if (!rfq) return null;
    return draft({
      type: NotificationType.RFQ_NOT_AWARDED,
      facts: { rfqTitle: rfq.title, outcome: p.outcome as RfqNotAwardedOutcome },
      path: `/rfqs/${p.rfqId}`,
      data: { rfqId: p.rfqId, quoteId: p.quoteId },
      organizationIds: [p.ikmOrganizationId],
    });
  }

  /**
   * The other side of the deal from the one who moved it; both sides when nobody of either did
   * (the demo seed, or staff).
   */
  async dealStatusChanged(p: Payload<DomainEventName.DealStatusChanged>): Promise<NotificationDraft | null> {
    const rfq = await this.queries.rfq(p.rfqId);
    if (!rfq) return null;
    const actorOrganization = p.byUserId ? await this.queries.organizationOfUser(p.byUserId) : null;
    const sides = [p.buyerOrganizationId, p.ikmOrganizationId];
    return draft({
      type: NotificationType.DEAL_STATUS_CHANGED,
      facts: { rfqTitle: rfq.title, from: p.from as DealStatus, to: p.to as DealStatus, note: p.note },
      path: `/deals/${p.dealId}`,
      data: { rfqId: p.rfqId, dealId: p.dealId, status: p.to },
      organizationIds: sides.includes(actorOrganization ?? '') ? sides.filter((o) => o !== actorOrganization) : sides,
    });
  }

  /** The verified IKM. */
  profileVerified(p: Payload<DomainEventName.ProfileVerified>): NotificationDraft {
    return draft({
      type: NotificationType.PROFILE_VERIFIED,
      facts: { note: p.note },
      path: '/profile',
      data: { profileId: p.profileId },
      organizationIds: [p.organizationId],
    });
  }

  /** The IKMs matched to it that had not declined. */
  async rfqCancelled(p: Payload<DomainEventName.RfqCancelled>): Promise<NotificationDraft | null> {
    const rfq = await this.queries.rfq(p.rfqId);
    if (!rfq) return null;
    return draft({
      type: NotificationType.RFQ_CANCELLED,
      facts: { rfqTitle: rfq.title, reason: p.reason },
      path: `/rfqs/${p.rfqId}`,
      data: { rfqId: p.rfqId },
      organizationIds: await this.queries.matchedIkms(p.rfqId),
    });
  }

  /** The RFQ's buyer. */
  async matchingFailed(p: Payload<DomainEventName.RfqMatchingFailed>): Promise<NotificationDraft | null> {
    const rfq = await this.queries.rfq(p.rfqId);
    if (!rfq) return null;
    return draft({
      type: NotificationType.MATCHING_FAILED,
      facts: { rfqTitle: rfq.title },
      path: `/rfqs/${p.rfqId}`,
      data: { rfqId: p.rfqId },
      organizationIds: [rfq.buyerOrganizationId],
    });
  }
}
