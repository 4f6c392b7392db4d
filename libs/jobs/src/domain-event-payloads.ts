import { DomainEventName } from './domain-event-name.enum';

/**
 * The payload of each event, JSON only (Vendure habit): ids and values, never entities, so a
 * job can be stored, retried and read by another version of the worker.
 */
export interface DomainEventPayloads {
  [DomainEventName.UserRegistered]: { userId: string; organizationId: string; role: string };
  [DomainEventName.StaffAccountCreated]: { userId: string; role: string; createdBy: string };
  [DomainEventName.RefreshTokenReuseDetected]: { userId: string; familyId: string };
}

export type DomainEventPayload<E extends DomainEventName> = DomainEventPayloads[E];

/** What the relay puts on the queue: the event and the outbox row it came from. */
export interface DomainEventJobData<E extends DomainEventName = DomainEventName> {
  eventId: string;
  name: E;
  payload: DomainEventPayloads[E];
  occurredAt: string;
}
