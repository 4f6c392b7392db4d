import './production-env';
import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { ApolloServer, ApolloServerOptions, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GRAPHQL_MODULE_OPTIONS, GraphQLSchemaHost } from '@nestjs/graphql';
import express from 'express';
import { loadConfig } from '@jalin/config';
import { ApiModule } from '../../apps/api/src/api.module';
import { createApiApp } from '../../apps/api/src/bootstrap-api';

/**
 * One server of `npm run bench:api`, in a process of its own (forked by api.ts, which passes the
 * configuration in the environment and gets the port back over IPC):
 *
 * - `jalin`: the real API exactly as main.ts starts it (createApiApp: Nest's Express adapter,
 *   body parser, nestjs-pino's request logging at LOG_LEVEL, serve-static for /dashboard, the
 *   Apollo driver with Nest's own plugins, then Apollo; per resolver the global AccessGuard,
 *   validation pipe and exception filter).
 * - `plain`: the same schema and resolvers served by a plain @apollo/server on plain Express 5
 *   (@as-integrations/express5), without Nest's HTTP pipeline. The API module is booted as a Nest
 *   application context (no HTTP adapter, so Nest builds the schema but starts no server); we take
 *   the executable schema Nest built (GraphQLSchemaHost) and the very GraphQL options Nest was given
 *   (GRAPHQL_MODULE_OPTIONS: the request-context function with the verified user and per-request
 *   DataLoaders, formatError, CSRF prevention, batching off, plugins and any validation rules),
 *   minus the keys only Nest reads.
 *
 * What the comparison measures: everything Nest puts around Apollo per HTTP request (Express
 * adapter and router, middleware such as pino-http and serve-static, Nest's Apollo driver plugins
 * and error/context wrappers). It does NOT remove the guard, pipe and filter Nest runs inside each
 * resolver: Nest compiles those into the field resolvers of the schema itself, so both servers run
 * them (they are part of "the same resolvers").
 */

/** Keys of Nest's GqlModuleOptions / ApolloDriverConfig that are not Apollo Server options. */
const NEST_ONLY_KEYS = new Set([
  'path', 'autoSchemaFile', 'sortSchema', 'buildSchemaOptions', 'playground', 'graphiql', 'subscriptions', 'installSubscriptionHandlers',
  'context', 'driver', 'typePaths', 'typeDefs', 'resolvers', 'definitions', 'include', 'fieldResolverEnhancers', 'autoTransformHttpErrors',
  'useGlobalPrefix', 'transformSchema', 'transformAutoSchemaFile', 'directiveResolvers', 'schemaDirectives', 'resolverValidationOptions',
  'metadata', 'inheritResolversFromInterfaces', 'sortSchema', 'preserveHttpStatusForExecutionErrors', 'schema', 'disableHealthCheck', 'cors',
  'bodyParserConfig', 'uploads', 'typeDefsFile',
  // Jalin's compiled executor: the plain server runs graphql-js, as Apollo does by default.
  'gateway',
]);

type ContextFn = (args: { req: express.Request; res: express.Response }) => Promise<object>;

async function startJalin(): Promise<{ port: number; close: () => Promise<void> }> {
  const config = loadConfig();
  const app = await createApiApp(config); // as main.ts: pino logger at LOG_LEVEL (silent in the bench)
  await app.listen(0, '127.0.0.1');
  return { port: (app.getHttpServer().address() as AddressInfo).port, close: () => app.close() };
}

async function startPlain(): Promise<{ port: number; close: () => Promise<void> }> {
  const config = loadConfig();
  const nest: INestApplicationContext = await NestFactory.createApplicationContext(ApiModule.forRoot(config), { logger: false, abortOnError: false });
  const { schema } = nest.get(GraphQLSchemaHost);
  const gqlOptions = nest.get<Record<string, unknown>>(GRAPHQL_MODULE_OPTIONS, { strict: false });
  const apolloOptions = Object.fromEntries(Object.entries(gqlOptions).filter(([key]) => !NEST_ONLY_KEYS.has(key)));
  const contextOf = gqlOptions.context as ContextFn;

  const apollo = new ApolloServer<BaseContext>({ ...(apolloOptions as Partial<ApolloServerOptions<BaseContext>>), schema } as ApolloServerOptions<BaseContext>);
  await apollo.start();
  const app = express();
  app.set('trust proxy', config.trustedProxyHops);
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      // Nest's driver adds `req` to the context object (a copy); done the same way here.
      context: async (args) => {
        const ctx = await contextOf(args);
        return Object.assign(Object.create(Object.getPrototypeOf(ctx)), ctx, { req: args.req });
      },
    }),
  );
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
      await nest.close();
    },
  };
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode !== 'jalin' && mode !== 'plain') throw new Error('usage: api-server.ts jalin|plain');
  const server = mode === 'jalin' ? await startJalin() : await startPlain();
  process.on('message', (message) => void (async () => {
    if (message === 'cpu') return process.send!({ cpu: process.cpuUsage() });
    if (message !== 'stop') return;
    await server.close().catch((error) => console.error(error));
    process.exit(0);
  })());
  process.send!({ ready: true, port: server.port, pid: process.pid });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
