import { ApolloDriverConfig } from '@nestjs/apollo';
import { Inject, Injectable } from '@nestjs/common';
import { GqlOptionsFactory, GraphQLSchemaHost } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { IncomingMessage, ServerResponse } from 'node:http';
import { AppConfig } from '@jalin/config';
import { DateTimeScalar } from '@jalin/graphql-core';
import { CompiledExecutor } from './compiled-executor';
import { compiledExecutionGateway } from './compiled-executor.gateway';
import { errorLogPlugin } from './error-log.plugin';
import { formatClientError } from './format-error';
import { GRAPHQL_LIMITS, GraphqlLimits } from './graphql-limits';
import { issueLanguagePlugin } from './issue-language.plugin';
import { RequestContextFactory } from './request-context.factory';

/**
 * Apollo behind Nest, code-first, for HTTP; graphql-ws is GraphqlWebSocketServer, with the same
 * limits and error formatting. CSRF prevention stays on; HTTP batching stays off; in production
 * the landing page is off. Depth, cost, alias, directive and token limits and the production
 * introspection refusal come from GRAPHQL_LIMITS; unexpected errors are logged by errorLogPlugin;
 * operations run compiled (CompiledExecutor, the same on graphql-ws). Field
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
    @Inject(GRAPHQL_LIMITS) private readonly limits: GraphqlLimits,
    private readonly executor: CompiledExecutor,
    private readonly schemaHost: GraphQLSchemaHost,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    const production = this.config.isProduction;
    return {
      path: '/graphql',
      autoSchemaFile: true,
      sortSchema: true,
      buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
      // Refused in production by noIntrospectionRule in this.limits.validationRules, on both transports.
      introspection: true,
      playground: false,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      includeStacktraceInErrorResponses: false,
      // Apollo ships CJS and ESM typings; Nest's config type names the ESM ones, hence the cast.
      plugins: [
        errorLogPlugin(),
        issueLanguagePlugin(),
        // No cache hints are set and answers are per caller: without this, Apollo wraps every
        // field resolver to collect hints (8% of the CPU of a 5,000-field answer in bench:api).
        ApolloServerPluginCacheControlDisabled(),
        production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ] as unknown as ApolloDriverConfig['plugins'],
      validationRules: this.limits.validationRules,
      parseOptions: this.limits.parseOptions,
      context: ({ req, res }: { req: IncomingMessage; res: ServerResponse }) => this.contexts.fromHttp(req, res),
      formatError: formatClientError,
      // Executes with graphql-jit (CompiledExecutor); Apollo still parses, validates, runs the plugins and formats.
      gateway: compiledExecutionGateway(this.executor, () => this.schemaHost.schema),
    } as ApolloDriverConfig;
  }
}
