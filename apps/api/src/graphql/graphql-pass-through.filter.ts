import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { DomainException, GraphqlErrorCode } from '@jalin/errors';
import { HTTP_STATUS_FOR_CODE } from '../http/http-status-for-code';
import { answerBodyParserError } from './body-parser-error';
import { graphqlCodeFor } from './domain-error-map';
import { inRequestLanguage } from './format-error';
import { requestLanguageOf } from './request-language';

/**
 * Hands every resolver error to Apollo untouched: formatGraphqlError maps it, errorLogPlugin logs it
 * when it is ours (unexpected or an outage).
 * Without it Nest logs each expected domain error (a wrong password) as an application error.
 * On plain HTTP routes (health, exports) a domain error becomes JSON `{ code, message, issues }`
 * with the status of its public code, its input issues in the caller's language (Accept-Language)
 * as GraphQL answers them; anything else keeps Nest's own handling (a JSON 500
 * without a stack), never Express's HTML error page.
 */
@Catch()
export class GraphqlPassThroughFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const http = host.getType<string>() === 'http' ? host.switchToHttp() : null;
    if (http && answerBodyParserError(exception, http.getRequest(), http.getResponse())) return undefined;
    if (http && exception instanceof DomainException) {
      const code = graphqlCodeFor(exception.module, exception.code) ?? GraphqlErrorCode.INTERNAL_SERVER_ERROR;
      const response = http.getResponse<Response>();
      if (!response.headersSent) {
        const lang = requestLanguageOf(http.getRequest<Request>().headers['accept-language']);
        const { message, extensions } = inRequestLanguage({ message: exception.message, extensions: { code, issues: exception.issues } }, lang);
        response.status(HTTP_STATUS_FOR_CODE[code]).json({ code, message, issues: extensions?.issues });
      } else {
        response.destroy(exception);
      }
      return undefined;
    }
    return super.catch(exception, host);
  }
}
