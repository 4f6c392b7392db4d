import { DomainEventName } from './domain-event-name.enum';

/**
 * The payload of each event, JSON only (Vendure habit): ids and values, never entities, so a
 * job can be stored, retried and read by another version of the worker.
 */
export interface DomainEventPayloads {
  [DomainEventName.UserRegistered]: { userId: string; organizationId: string; role: string };
  [DomainEventName.StaffAccountCreated]: { userId: string; role: string; createdBy: string };
  [DomainEventName.RefreshTokenReuseDetected]: { userId: string; familyId: string };
  /**
   * Written for every well-formed e-mail, known or not, so the request costs the same for both; the
   * worker looks the account up, and makes and mails the token (the token itself is never stored).
   */
  [DomainEventName.PasswordResetRequested]: { email: string };
  /** `byUserId` is null when the demo seed wrote the profile. `revision` lets re-matching skip stale events. */
  [DomainEventName.ProfileCreated]: { profileId: string; organizationId: string; revision: number; byUserId: string | null };
  /** `changedFields` names ProfileContent fields; `verificationCleared` when a certification change voided a verification. */
  [DomainEventName.ProfileChanged]: {
    profileId: string;
    organizationId: string;
    revision: number;
    changedFields: string[];
    verificationCleared: boolean;
    byUserId: string | null;
  };
  [DomainEventName.ProfileVerified]: { profileId: string; organizationId: string; verificationId: string; byUserId: string; note: string | null };
  [DomainEventName.RfqMatchingRequested]: { rfqId: string; matchingVersion: number };
  [DomainEventName.RfqCancelled]: { rfqId: string; reason: string };
  [DomainEventName.RfqMatched]: { rfqId: string; matchId: string; ikmOrganizationId: string; score: number };
  [DomainEventName.RfqMatchingFailed]: { rfqId: string; reason: string };
  [DomainEventName.MatchDeclined]: { rfqId: string; matchId: string; ikmOrganizationId: string };
  /** A new revision of an IKM's quote; the previous one (if any) is superseded. */
  [DomainEventName.QuoteSubmitted]: { rfqId: string; quoteId: string; ikmOrganizationId: string; revision: number; byUserId: string };
  [DomainEventName.QuoteWithdrawn]: { rfqId: string; quoteId: string; ikmOrganizationId: string; byUserId: string };
  /** One per winning quote; `value` is whole rupiah as a decimal string (exact beyond 2^53). */
  [DomainEventName.RfqAwarded]: {
    rfqId: string;
    dealId: string;
    quoteId: string;
    buyerOrganizationId: string;
    ikmOrganizationId: string;
    quantity: number;
    value: string;
    byUserId: string;
  };
  /** One per current quote that did not win, when the RFQ is awarded or closed; `outcome` is a RfqNotAwardedOutcome of @jalin/sourcing. */
  [DomainEventName.RfqNotAwarded]: { rfqId: string; quoteId: string; ikmOrganizationId: string; outcome: string };
  /** `from` and `to` are DealStatus values of @jalin/sourcing; `byUserId` null for the demo seed. */
  [DomainEventName.DealStatusChanged]: {
    dealId: string;
    rfqId: string;
    buyerOrganizationId: string;
    ikmOrganizationId: string;
    from: string;
    to: string;
    note: string | null;
    byUserId: string | null;
  };
  [DomainEventName.DealRated]: { dealId: string; ratingId: string; side: 'BUYER' | 'IKM'; byOrganizationId: string; byUserId: string };
  /** Ended without an award: by its buyer, or by the automatic close after the quote deadline (`byUserId` null). */
  [DomainEventName.RfqClosed]: { rfqId: string; buyerOrganizationId: string; automatic: boolean; byUserId: string | null; reason: string | null };
}

export type DomainEventPayload<E extends DomainEventName> = DomainEventPayloads[E];

/** What the relay puts on the queue: the event and the outbox row it came from. */
export interface DomainEventJobData<E extends DomainEventName = DomainEventName> {
  eventId: string;
  name: E;
  payload: DomainEventPayloads[E];
  occurredAt: string;
}
