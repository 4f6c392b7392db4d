import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_PROPERTY_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { ACCESS_RULE } from '@jalin/authz';
import { RunningApi, startApi, testConfig } from '@jalin/testing';
import { printBuiltSchema } from '../../../apps/api/src/graphql/built-schema';

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'] as const;

/** Every method of every provider of the app, with its class, to read its decorators. */
function* providerMethods(api: RunningApi): Generator<{ owner: Function; method: string; handler: Function }> {
  const discovery = new DiscoveryService(api.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(prototype)) yield { owner: prototype.constructor, method, handler: prototype[method] };
  }
}

describe('the built GraphQL schema', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(testConfig());
  });
  afterAll(() => api.close());

  it('matches the committed schema.graphql (run `npm run schema:print` after an API change)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8');
    expect(printBuiltSchema(api.app)).toBe(committed);
  });

  it('declares who may call every query, mutation and subscription', () => {
    const reflector = new Reflector();
    const ruled = new Set<string>();
    const unruled = new Set<string>();
    for (const { method, handler } of providerMethods(api)) {
      const type = reflector.get<string>(RESOLVER_TYPE_METADATA, handler);
      if (!ROOT_TYPES.includes(type as (typeof ROOT_TYPES)[number])) continue;
      const name = `${type}.${reflector.get<string>(RESOLVER_NAME_METADATA, handler) ?? method}`;
      (reflector.get(ACCESS_RULE, handler) ? ruled : unruled).add(name);
    }
    const { schema } = api.app.get(GraphQLSchemaHost);
    const operations = ROOT_TYPES.flatMap((root) => {
      const type = schema.getType(root) as GraphQLObjectType | undefined;
      return type ? Object.keys(type.getFields()).map((field) => `${root}.${field}`) : [];
    });
    expect(operations.length).toBeGreaterThan(5);
    const withoutRule = operations.filter((op) => !ruled.has(op));
    expect(withoutRule).toEqual([]);
    expect([...unruled]).toEqual([]);
  });

  /**
   * Field resolvers run no guard (fieldResolverEnhancers is unset: a guard around every field would
   * cost per field), so an access decorator on one would say something that never runs. Access to a
   * field is decided by its resolver or service, and the authorization matrix shows it.
   */
  it('puts no access decorator on a field resolver, where it would not run', () => {
    const reflector = new Reflector();
    const decoratedFields: string[] = [];
    for (const { owner, method, handler } of providerMethods(api)) {
      if (!reflector.get(RESOLVER_PROPERTY_METADATA, handler)) continue;
      if (reflector.get(ACCESS_RULE, handler) || reflector.get(ACCESS_RULE, owner)) decoratedFields.push(`${owner.name}.${method}`);
    }
    expect(decoratedFields).toEqual([]);
  });
});

describe('an operation without a rule', () => {
  it('is refused for everybody by the global guard (deny by default)', async () => {
    const { AccessGuard } = await import('@jalin/authz');
    const guard = new AccessGuard(new Reflector());
    const handler = function unruledOperation() {};
    const context = {
      getType: () => 'graphql',
      getHandler: () => handler,
      getClass: () => class SomeResolver {},
      getArgs: () => [{}, {}, { user: { role: 'ADMIN' } }, {}],
    };
    await expect(guard.canActivate(context as never)).rejects.toThrow(/not available/);
  });

  it('is refused on a plain HTTP route too (exports, not only GraphQL)', async () => {
    const { AccessGuard } = await import('@jalin/authz');
    const guard = new AccessGuard(new Reflector());
    const handler = function unruledRoute() {};
    const context = { getType: () => 'http', getHandler: () => handler, getClass: () => class SomeController {} };
    await expect(guard.canActivate(context as never)).rejects.toThrow(/not available/);
  });
});
