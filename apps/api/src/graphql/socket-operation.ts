import { ApolloServerErrorCode } from '@apollo/server/errors';
import { DocumentNode, getOperationAST, GraphQLError, GraphQLSchema, Kind, parse, specifiedRules, validate } from 'graphql';
import { GraphqlLimits } from './graphql-limits';

/** What a graphql-ws subscribe message asks for. */
export interface SocketRequest {
  query: string;
  operationName?: string | null;
}

/** The error again, with the code Apollo gives it on HTTP, so formatGraphqlError maps both alike. */
const withCode = (error: GraphQLError, code: ApolloServerErrorCode) => new GraphQLError(error.message, {
  nodes: error.nodes,
  source: error.source,
  positions: error.positions,
  path: error.path,
  originalError: error.originalError ?? error,
  extensions: { ...error.extensions, code },
});

function operationProblem(document: DocumentNode, operationName: string | null | undefined): string | null {
  if (getOperationAST(document, operationName)) return null;
  if (operationName) return `Unknown operation named "${operationName}".`;
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
  return operations === 0 ? 'Must provide an operation.' : 'Must provide operation name if query contains multiple operations.';
}

/**
 * Parses and validates a socket operation as Apollo does an HTTP one: the same parse options and
 * validation rules, errors coded as Apollo codes them. Gives the document, or the errors.
 */
export function prepareSocketOperation(schema: GraphQLSchema, request: SocketRequest, limits: GraphqlLimits): DocumentNode | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(request.query, limits.parseOptions);
  } catch (error) {
    if (error instanceof GraphQLError) return [withCode(error, ApolloServerErrorCode.GRAPHQL_PARSE_FAILED)];
    throw error;
  }
  const invalid = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
  if (invalid.length > 0) return invalid.map((error) => withCode(error, ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED));
  const problem = operationProblem(document, request.operationName);
  if (problem) return [new GraphQLError(problem, { extensions: { code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE } })];
  return document;
}

/** Apollo's test for a variable that could not be coerced (it answers those BAD_USER_INPUT). */
function isVariableError(error: GraphQLError): boolean {
  const node = error.nodes?.length === 1 ? error.nodes[0] : undefined;
  if (node?.kind !== Kind.VARIABLE_DEFINITION || error.extensions?.code != null) return false;
  const variable = `Variable "$${node.variable.name.value}" `;
  return ['has invalid value', 'got invalid value ', 'of required type ', 'of non-null type '].some((rest) => error.message.startsWith(variable + rest));
}

/** Execution errors of a socket operation, coded as Apollo codes those of an HTTP one. */
export const codeExecutionErrors = (errors: readonly GraphQLError[]): GraphQLError[] =>
  errors.map((error) => (isVariableError(error) ? withCode(error, ApolloServerErrorCode.BAD_USER_INPUT) : error));
