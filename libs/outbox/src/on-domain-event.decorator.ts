import { SetMetadata } from '@nestjs/common';
import { DomainEventName, DomainEventPayloads } from '@jalin/jobs';

export const DOMAIN_EVENT_SUBSCRIBER = 'jalin:domain-event-subscriber';

export interface DomainEventMeta {
  eventId: string;
  /** Which event, for a subscriber that serves several. */
  name: DomainEventName;
  occurredAt: string;
}

type Subscriber<E extends DomainEventName> = (payload: DomainEventPayloads[E], meta: DomainEventMeta) => Promise<unknown>;

/**
 * Marks a worker-side method that reacts to an event. It may run more than once for one event
 * (a retried job, a re-published row): it must be idempotent, keyed on meta.eventId.
 */
export function OnDomainEvent<E extends DomainEventName>(name: E) {
  return <M extends Subscriber<E>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M>) => {
    const existing: DomainEventName[] = Reflect.getMetadata(DOMAIN_EVENT_SUBSCRIBER, descriptor.value!) ?? [];
    SetMetadata(DOMAIN_EVENT_SUBSCRIBER, [...existing, name])(target, key, descriptor);
    return descriptor;
  };
}
