import { Module } from '@nestjs/common';
import { IdentityModule } from '@jalin/identity';
import { RequestContextFactory } from './request-context.factory';

@Module({ imports: [IdentityModule], providers: [RequestContextFactory], exports: [RequestContextFactory, IdentityModule] })
export class GraphqlSetupModule {}
