import { HttpException } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { RequestLanguage } from '@jalin/authz';
import { DomainException, GraphqlErrorCode, InputIssue, InputValidationException } from '@jalin/errors';
import { graphqlCodeFor } from './domain-error-map';
import { hideFieldSuggestions } from './hide-field-suggestions';
import { describeIssue, summarizeIssues } from './issue-messages';

/** Codes Apollo and graphql-js raise before any resolver runs: the request itself is bad. */
const REQUEST_ERROR_CODES: Record<string, GraphqlErrorCode> = {
  GRAPHQL_PARSE_FAILED: GraphqlErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: GraphqlErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: GraphqlErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: GraphqlErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: GraphqlErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: GraphqlErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: GraphqlErrorCode.BAD_USER_INPUT,
  UNAUTHENTICATED: GraphqlErrorCode.UNAUTHENTICATED,
  FORBIDDEN: GraphqlErrorCode.FORBIDDEN,
};

const HTTP_STATUS_CODES: Record<number, GraphqlErrorCode> = {
  400: GraphqlErrorCode.BAD_USER_INPUT,
  401: GraphqlErrorCode.UNAUTHENTICATED,
  403: GraphqlErrorCode.FORBIDDEN,
  404: GraphqlErrorCode.NOT_FOUND,
  409: GraphqlErrorCode.CONFLICT,
  429: GraphqlErrorCode.RATE_LIMITED,
};

/**
 * A lost or refused connection to PostgreSQL or Redis (restart, failover, network): pg and Node
 * socket codes, SQLSTATE class 08 and the shutdown codes 57P01-57P03, pg's own connection messages;
 * TypeORM wraps them in driverError, Node in cause or an AggregateError's errors.
 */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03']);
const CONNECTION_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed)/;
function isConnectionError(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  const { code, driverError, cause, errors } = error as Error & { code?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown[] };
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (CONNECTION_MESSAGES.test(error.message)) return true;
  return [driverError, cause, ...(Array.isArray(errors) ? errors : [])].some((inner) => isConnectionError(inner, depth + 1));
}

/** graphql-js stops coercing variables after 50 errors and says so without a code: still bad input. */
const VARIABLE_ERROR_LIMIT = /^Too many errors processing variables, error limit reached\. Execution aborted\.$/;

const strip = (formatted: GraphQLFormattedError, code: GraphqlErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLFormattedError => ({
  message,
  locations: formatted.locations,
  path: formatted.path,
  extensions: { code, ...extra },
});

/**
 * Every error leaves through here. Domain errors get their mapped code and safe message; errors the
 * request caused keep their message with a contract code; a lost PostgreSQL or Redis connection is
 * SERVICE_UNAVAILABLE (the client retries); anything else is answered as a plain
 * INTERNAL_SERVER_ERROR: no stack, no SQL. errorLogPlugin logs those two with their stack and the
 * request id the client has in its x-request-id response header. Pure, so it can classify twice.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainException) {
    const code = graphqlCodeFor(original.module, original.code);
    if (code) {
      const extra: Record<string, unknown> = { ...(original.code === code ? {} : { reason: original.code }), ...original.extra };
      if (original.issues.length > 0) extra.issues = original.issues;
      return strip(formatted, code, original.message, extra);
    }
  }
  if (original instanceof HttpException && HTTP_STATUS_CODES[original.getStatus()]) {
    return strip(formatted, HTTP_STATUS_CODES[original.getStatus()], original.message);
  }
  const rawCode = formatted.extensions?.code;
  if (typeof rawCode === 'string' && REQUEST_ERROR_CODES[rawCode] && !(original instanceof Error && original.constructor !== Error && !('extensions' in original))) {
    return strip(formatted, REQUEST_ERROR_CODES[rawCode], formatted.message, rawCode === REQUEST_ERROR_CODES[rawCode] ? {} : { reason: rawCode });
  }
  if (!formatted.path && VARIABLE_ERROR_LIMIT.test(formatted.message)) {
    return strip(formatted, GraphqlErrorCode.BAD_USER_INPUT, formatted.message);
  }
  if (isConnectionError(original)) {
    return strip(formatted, GraphqlErrorCode.SERVICE_UNAVAILABLE, 'The service is temporarily unavailable; retry shortly');
  }
  return strip(formatted, GraphqlErrorCode.INTERNAL_SERVER_ERROR, 'Internal error; quote the x-request-id response header to support');
}

/** What a client receives for an error, over HTTP (Apollo's formatError) and over graphql-ws alike. */
export const formatClientError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
  hideFieldSuggestions(formatGraphqlError(formatted, error));

/** How InputValidationException starts its message (the summary of its issues). */
const INPUT_SUMMARY_LEAD = new InputValidationException([]).message.split(':')[0];

/**
 * A formatted error in the caller's language: each BAD_USER_INPUT issue gets its stable code and
 * its message in `lang` (issue-messages.ts); an input error's own message, which lists its issues,
 * is written again from them. Other errors are left as they are. Formatting knows no request, so
 * this runs after it: for HTTP in issueLanguagePlugin, for graphql-ws in its error hooks.
 */
export function inRequestLanguage(formatted: GraphQLFormattedError, lang: RequestLanguage = 'id'): GraphQLFormattedError {
  const issues = formatted.extensions?.issues;
  if (formatted.extensions?.code !== GraphqlErrorCode.BAD_USER_INPUT || !Array.isArray(issues) || issues.length === 0) return formatted;
  const described = (issues as InputIssue[]).map((issue) => describeIssue(issue, lang));
  const ownMessage = formatted.message.startsWith(INPUT_SUMMARY_LEAD) ? summarizeIssues(described, lang) : formatted.message;
  return { ...formatted, message: ownMessage, extensions: { ...formatted.extensions, issues: described } };
}

