import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobProducer } from './job-producer.service';
import { JobWorkerHost } from './job-worker-host.service';

/** Producing side only: the API never processes jobs. */
@Module({ providers: [JobProducer], exports: [JobProducer] })
export class JobsProducerModule {}

/** Processing side, imported by the worker app only. */
@Module({ imports: [DiscoveryModule, JobsProducerModule], providers: [JobWorkerHost], exports: [JobsProducerModule] })
export class JobsWorkerModule {}
