import { Module } from '@nestjs/common';
import { AppConfig } from '@jalin/config';
import { IdentityModule } from '@jalin/identity';
import { GRAPHQL_LIMITS, graphqlLimits } from './graphql-limits';
import { RequestContextFactory } from './request-context.factory';

@Module({
  imports: [IdentityModule],
  providers: [RequestContextFactory, { provide: GRAPHQL_LIMITS, useFactory: graphqlLimits, inject: [AppConfig] }],
  exports: [RequestContextFactory, GRAPHQL_LIMITS, IdentityModule],
})
export class GraphqlSetupModule {}
