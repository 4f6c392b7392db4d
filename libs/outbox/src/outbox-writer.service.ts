import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainEventName, DomainEventPayloads } from '@jalin/jobs';
import { OutboxEventEntity } from './outbox-event.entity';

/**
 * Appends events inside the caller's transaction. Nothing leaves the process here: the relay
 * publishes after commit, so a rolled-back change never announces itself.
 */
@Injectable()
export class OutboxWriter {
  async append<E extends DomainEventName>(manager: EntityManager, name: E, payload: DomainEventPayloads[E]): Promise<void> {
    await manager.insert(OutboxEventEntity, { name, payload: payload as QueryDeepPartialEntity<object> });
  }

  async appendMany<E extends DomainEventName>(manager: EntityManager, name: E, payloads: DomainEventPayloads[E][]): Promise<void> {
    if (payloads.length === 0) return;
    await manager.insert(OutboxEventEntity, payloads.map((payload) => ({ name, payload: payload as QueryDeepPartialEntity<object> })));
  }
}
