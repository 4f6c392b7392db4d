import { Injectable } from '@nestjs/common';
import { DocumentNode, execute, ExecutionArgs, ExecutionResult, getOperationAST, getVariableValues, GraphQLError, GraphQLSchema } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Compiled operations kept per executor; the app sends a few dozen distinct documents. */
const MAX_COMPILED = 500;

type Compiled = CompiledQuery | null;

/**
 * graphql-jit's errors lack graphql-js's always-present `extensions` object, which Apollo reads
 * (without it, every error became "Internal server error"); the same errors as graphql-js's own class.
 */
function withGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((jit) => {
    const error = new GraphQLError(jit.message, { path: jit.path, originalError: jit.originalError, extensions: jit.extensions });
    (error as { locations?: GraphQLError['locations'] }).locations = jit.locations;
    return error;
  });
  return { ...result, errors };
}

/**
 * Runs queries with graphql-jit: each document is compiled once into a function,
 * so a 5,000-field answer costs no per-field interpretation of the document. Used by both
 * transports (Apollo's executor hook, graphql-ws's execute), after parsing and validation with the
 * same limits; resolvers are the schema's own, so guards, pipes and errors are unchanged.
 *
 * Answers and errors equal graphql-js's (test/integration/api/compiled-execution.int-spec.ts):
 * - variables are coerced by graphql-js first, so a refused variable gets graphql-js's message;
 * - a document graphql-jit cannot compile runs on graphql-js;
 * - mutations and subscriptions run on graphql-js: graphql-jit goes on running a mutation's later
 *   root fields after one fails non-null (each login alias of a request was counted as an attempt,
 *   where graphql-js stops at the first failure), and neither is a hot read.
 */
@Injectable()
export class CompiledExecutor {
  private schema?: GraphQLSchema;
  /** Keyed by document text and operation name; Map order gives least recently compiled first. */
  private readonly compiled = new Map<string, Compiled>();
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();

  /** The executable schema Nest built: set once, before the first request. */
  useSchema(schema: GraphQLSchema): GraphQLSchema {
    if (this.schema !== schema) {
      this.schema = schema;
      this.compiled.clear();
    }
    return schema;
  }

  execute(args: ExecutionArgs): Promise<ExecutionResult> | ExecutionResult {
    const schema = this.schema;
    if (!schema || args.schema !== schema) return execute(args);
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation || operation.operation !== 'query') return execute(args);
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const compiled = this.compile(schema, args.document, args.operationName ?? undefined);
    if (!compiled) return execute(args);
    const result = compiled.query(args.rootValue, args.contextValue, args.variableValues ?? {});
    return result instanceof Promise ? result.then(withGraphqlJsErrors) : withGraphqlJsErrors(result);
  }

  /** Keyed by the document's text where the parser kept it (graphql-ws parses each operation anew), else by the document. */
  private compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compiled {
    const name = operationName ?? '';
    const source = document.loc?.source.body;
    const perDocument = this.byDocument.get(document);
    const known = source === undefined ? perDocument?.get(name) : this.compiled.get(`${name}\n${source}`);
    if (known !== undefined) return known;
    const result = compileQuery(schema, document, operationName);
    const compiled = isCompiledQuery(result) ? result : null;
    if (source === undefined) {
      this.byDocument.set(document, (perDocument ?? new Map<string, Compiled>()).set(name, compiled));
    } else {
      if (this.compiled.size >= MAX_COMPILED) this.compiled.delete(this.compiled.keys().next().value!);
      this.compiled.set(`${name}\n${source}`, compiled);
    }
    return compiled;
  }
}
