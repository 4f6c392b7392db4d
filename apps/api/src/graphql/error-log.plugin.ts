import { Logger } from '@nestjs/common';
import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { RequestContext } from '@jalin/authz';
import { GraphqlErrorCode } from '@jalin/errors';
import { formatGraphqlError } from './format-error';

const logger = new Logger('GraphQLError');

/**
 * Logs what a client sees as INTERNAL_SERVER_ERROR (with its stack) or SERVICE_UNAVAILABLE, with
 * where it happened; errors the caller caused are not logged. Shared by HTTP and graphql-ws.
 */
export function logServerErrors(errors: readonly GraphQLError[], where: { requestId?: string; operationName?: string | null }): void {
  for (const error of errors) {
    const code = formatGraphqlError(error.toJSON(), error).extensions?.code;
    const fields = { ...where, path: error.path };
    const original = unwrapResolverError(error);
    if (code === GraphqlErrorCode.INTERNAL_SERVER_ERROR) logger.error({ err: original, ...fields }, 'unexpected error');
    else if (code === GraphqlErrorCode.SERVICE_UNAVAILABLE) logger.warn({ err: original, ...fields }, 'database or Redis unreachable');
  }
}

/**
 * logServerErrors for HTTP, with the request id the client got in x-request-id and the operation
 * name. formatError only maps:
 * Apollo gives it no request context, and the logger has none of its own (see ObservabilityModule).
 */
export function errorLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          logServerErrors(errors, { requestId: contextValue?.requestId, operationName });
        },
      };
    },
  };
}
