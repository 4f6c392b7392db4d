export { OutboxEventEntity } from './outbox-event.entity';
export { OutboxWriter } from './outbox-writer.service';
export { OutboxRelay } from './outbox-relay.service';
export { outboxJobId } from './outbox-job-id';
export { OnDomainEvent, DomainEventMeta } from './on-domain-event.decorator';
export { DomainEventDispatcher, MissingSubscriberError } from './domain-event-dispatcher.service';
export { OutboxModule, OutboxWorkerModule } from './outbox.module';
