export { OutboxEventEntity } from './outbox-event.entity';
export { OutboxWriter } from './outbox-writer.service';

export { OnDomainEvent, DomainEventMeta } from './on-domain-event.decorator';

export { OutboxModule, OutboxWorkerModule } from './outbox.module';
