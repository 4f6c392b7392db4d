import { ApolloServerOptions, BaseContext } from '@apollo/server';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { CompiledExecutor } from './compiled-executor';

type Gateway = NonNullable<ApolloServerOptions<BaseContext>['gateway']>;
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * Apollo Server 5 has no `executor` option; its `gateway` hook is the one way to run another
 * executor behind the whole request pipeline (parsing, validation rules, plugins, formatError,
 * HTTP status all stay Apollo's). This "gateway" serves the schema Nest built, never changes it,
 * and executes with the CompiledExecutor.
 */
export function compiledExecutionGateway(executor: CompiledExecutor, schemaOf: () => GraphQLSchema): Gateway {
  const run: GatewayExecutor = async (request) => {
    const result = await executor.execute({
      schema: request.schema,
      document: request.document,
      operationName: request.operationName ?? request.request.operationName,
      variableValues: request.request.variables,
      contextValue: request.context,
    });
    return result as { data?: Record<string, unknown> | null; errors?: readonly GraphQLError[] };
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: executor.useSchema(schemaOf()), coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor: run }),
    stop: () => Promise.resolve(),
  };
}
