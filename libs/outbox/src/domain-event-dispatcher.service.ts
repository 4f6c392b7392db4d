import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DomainEventJobData, DomainEventName, JobHandler, JobName } from '@jalin/jobs';
import { DOMAIN_EVENT_SUBSCRIBER, DomainEventMeta } from './on-domain-event.decorator';

type BoundSubscriber = (payload: unknown, meta: DomainEventMeta) => Promise<unknown>;

class MissingSubscriberError extends Error {}

/**
 * Fans each published event out to the @OnDomainEvent methods of the worker's modules, one after
 * the other. A failure retries the whole job, which is why subscribers are idempotent. Start-up
 * fails when an event has no subscriber.
 */
@Injectable()
export class DomainEventDispatcher implements OnModuleInit {
  private subscribers = new Map<DomainEventName, BoundSubscriber[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found = new Map<DomainEventName, BoundSubscriber[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const names = this.reflector.get<DomainEventName[] | undefined>(DOMAIN_EVENT_SUBSCRIBER, prototype[method]);
        for (const name of names ?? []) {
          found.set(name, [...(found.get(name) ?? []), (instance[method] as BoundSubscriber).bind(instance)]);
        }
      }
    }
    const orphans = Object.values(DomainEventName).filter((name) => !found.has(name));
    if (orphans.length > 0) {
      throw new MissingSubscriberError(`No subscriber for event(s): ${orphans.join(', ')}; refusing to start`);
    }
    this.subscribers = found;
  }

  @JobHandler(JobName.DispatchDomainEvent)
  async dispatch(job: DomainEventJobData): Promise<void> {
    const meta: DomainEventMeta = { eventId: job.eventId, name: job.name, occurredAt: job.occurredAt };
    for (const subscriber of this.subscribers.get(job.name) ?? []) {
      await subscriber(job.payload, meta);
    }
  }
}
