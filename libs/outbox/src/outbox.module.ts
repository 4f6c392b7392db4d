import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobsWorkerModule } from '@jalin/jobs';
import { DomainEventDispatcher } from './domain-event-dispatcher.service';
import { OutboxRelay } from './outbox-relay.service';
import { OutboxWriter } from './outbox-writer.service';

/** Writing side, for every module that changes data. */
@Global()
@Module({ providers: [OutboxWriter], exports: [OutboxWriter] })
export class OutboxModule {}

/** Relay and fan-out, in the worker app only. */
@Module({ imports: [DiscoveryModule, JobsWorkerModule], providers: [OutboxRelay, DomainEventDispatcher], exports: [OutboxRelay] })
export class OutboxWorkerModule {}
