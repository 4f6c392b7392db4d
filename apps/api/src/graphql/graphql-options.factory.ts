import { ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { GqlOptionsFactory } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { IncomingMessage } from 'node:http';
import { AppConfig } from '@jalin/config';
import { DateTimeScalar } from '@jalin/graphql-core';
import { errorLogPlugin } from './error-log.plugin';
import { formatGraphqlError } from './format-error';
import { graphqlLimits } from './graphql-limits';
import { hideFieldSuggestions } from './hide-field-suggestions';
import { RequestContextFactory } from './request-context.factory';

/**
 * Apollo behind Nest, code-first. CSRF prevention stays on; HTTP batching stays off; in
 * production introspection and the landing page are off. Depth, cost, alias, directive and token
 * limits come from graphql-limits; unexpected errors are logged by errorLogPlugin. Field
 * suggestions are hidden in every environment: developers have schema.graphql and introspection,
 * and one behaviour everywhere is the one the tests check.
 * The schema is built in memory; the committed schema.graphql is written by `npm run schema:print`
 * and checked by a test.
 */
@Injectable()
export class GraphqlOptionsFactory implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    private readonly config: AppConfig,
    private readonly contexts: RequestContextFactory,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    const production = this.config.isProduction;
    const limits = graphqlLimits(this.config);
    return {
      path: '/graphql',
      autoSchemaFile: true,
      sortSchema: true,
      buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
      introspection: !production,
      playground: false,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      includeStacktraceInErrorResponses: false,
      // Apollo ships CJS and ESM typings; Nest's config type names the ESM ones, hence the cast.
      plugins: [
        ...limits.plugins,
        errorLogPlugin(),
        // No cache hints are set and answers are per caller: without this, Apollo wraps every
        // field resolver to collect hints (8% of the CPU of a 5,000-field answer in bench:api).
        ApolloServerPluginCacheControlDisabled(),
        production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ] as unknown as ApolloDriverConfig['plugins'],
      validationRules: limits.validationRules,
      parseOptions: limits.parseOptions,
      context: async ({ req, extra }: { req?: IncomingMessage; extra?: { context?: unknown } }) => {
        if (extra?.context) return extra.context; // subscription: built once at connection_init
        return this.contexts.fromHttp(req!);
      },
      formatError: (formatted, error) => hideFieldSuggestions(formatGraphqlError(formatted, error)),
      subscriptions: {
        'graphql-ws': {
          path: '/graphql',
          onConnect: async (ctx) => {
            const context = await this.contexts.fromConnectionParams(
              ctx.connectionParams as Record<string, unknown> | undefined,
              (ctx.extra as { request: IncomingMessage }).request,
            );
            if (!context.user) return false; // refused at connection_init: 4403 Forbidden
            (ctx.extra as { context?: unknown }).context = context;
            return true;
          },
        },
      },
    };
  }
}
