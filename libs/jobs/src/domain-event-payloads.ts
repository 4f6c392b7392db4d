import { DomainEventName } from './domain-event-name.enum';

/**
 * The payload of each event, JSON only (Vendure habit): ids and values, never entities, so a
 * job can be stored, retried and read by another version of the worker.
 */
export interface DomainEventPayloads {
  [DomainEventName.UserRegistered]: { userId: string; organizationId: string; role: string };
  [DomainEventName.StaffAccountCreated]: { userId: string; role: string; createdBy: string };
  [DomainEventName.RefreshTokenReuseDetected]: { userId: string; familyId: string };
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
}

export type DomainEventPayload<E extends DomainEventName> = DomainEventPayloads[E];

/** What the relay puts on the queue: the event and the outbox row it came from. */
export interface DomainEventJobData<E extends DomainEventName = DomainEventName> {
  eventId: string;
  name: E;
  payload: DomainEventPayloads[E];
  occurredAt: string;
}
