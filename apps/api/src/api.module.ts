import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessGuard, HttpRequestContextResolver } from '@jalin/authz';
import { AppConfig, ConfigModule } from '@jalin/config';
import { DatabaseModule } from '@jalin/db-schema';
import { IdentityModule } from '@jalin/identity';
import { ObservabilityModule } from '@jalin/observability';
import { OutboxModule } from '@jalin/outbox';
import { ProfilesModule } from '@jalin/profiles';
import { SourcingModule } from '@jalin/sourcing';
import { NotificationsModule } from '@jalin/notifications';
import { DashboardModule } from '@jalin/dashboard';
import { GraphqlOptionsFactory } from './graphql/graphql-options.factory';
import { GraphqlPassThroughFilter } from './graphql/graphql-pass-through.filter';
import { GraphqlSetupModule } from './graphql/graphql-setup.module';
import { GraphqlWebSocketServer } from './graphql/graphql-ws.server';
import { RequestContextFactory } from './graphql/request-context.factory';
import { inputValidationPipe } from './graphql/validation.pipe';
import { HealthModule } from './health/health.module';
import { WebAppModule } from './web-app/web-app.module';

/** The GraphQL API: every capability's resolvers, no job processing. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig) {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forApp('api'),
        DatabaseModule,
        OutboxModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [GraphqlSetupModule],
          useClass: GraphqlOptionsFactory,
        }),
        GraphqlSetupModule,
        HealthModule,
        IdentityModule,
        ProfilesModule,
        SourcingModule,
        NotificationsModule,
        DashboardModule,
        // Last: every GET no other module answers opens the app.
        WebAppModule,
      ],
      providers: [
        // Plain HTTP routes (exports) check the caller's token exactly as GraphQL does.
        { provide: HttpRequestContextResolver, useExisting: RequestContextFactory },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlPassThroughFilter },
        GraphqlWebSocketServer,
      ],
    };
  }
}
