import type { Request, Response } from 'express';
import { GraphqlErrorCode } from '@jalin/errors';

/** What body-parser throws for a body it refuses (too large, malformed JSON, wrong charset, ...). */
interface BodyParserError {
  type: string;
  status: number;
  message: string;
}

const isBodyParserError = (error: unknown): error is BodyParserError => {
  const { type, status } = (error ?? {}) as Partial<BodyParserError>;
  return error instanceof Error && typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500;
};

const REASONS: Record<string, { reason: string; message: string }> = {
  'entity.too.large': { reason: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than the API accepts' },
  'entity.parse.failed': { reason: 'JSON_PARSE_FAILED', message: 'The request body is not valid JSON' },
};

/**
 * A body refused before GraphQL sees it answers, on /graphql, like every other refused GraphQL
 * request: `{ errors: [{ message, extensions: { code: BAD_USER_INPUT, reason } }] }`, with
 * body-parser's status (413 too large, 400 malformed, 415 charset). True when it answered.
 */
export function answerBodyParserError(exception: unknown, request: Request, response: Response): boolean {
  // Nest's Express adapter wraps body-parser's http-errors in an HttpException with it as cause.
  const error = exception instanceof Error && exception.cause !== undefined ? exception.cause : exception;
  if (!isBodyParserError(error) || request.path !== '/graphql' || response.headersSent) return false;
  const known = REASONS[error.type] ?? { reason: error.type.toUpperCase().replace(/\W/g, '_'), message: error.message };
  response.status(error.status).json({ errors: [{ message: known.message, extensions: { code: GraphqlErrorCode.BAD_USER_INPUT, reason: known.reason } }] });
  return true;
}
