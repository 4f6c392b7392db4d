import { Module } from '@nestjs/common';
import { AppConfig } from '@jalin/config';
import { IdentityModule } from '@jalin/identity';
import { CompiledExecutor } from './compiled-executor';
import { GRAPHQL_LIMITS, graphqlLimits } from './graphql-limits';
import { RequestContextFactory } from './request-context.factory';

@Module({
  imports: [IdentityModule],
  providers: [RequestContextFactory, CompiledExecutor, { provide: GRAPHQL_LIMITS, useFactory: graphqlLimits, inject: [AppConfig] }],
  exports: [RequestContextFactory, CompiledExecutor, GRAPHQL_LIMITS, IdentityModule],
})
export class GraphqlSetupModule {}
