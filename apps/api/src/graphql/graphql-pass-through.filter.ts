import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every resolver error to Apollo untouched, where formatGraphqlError maps and logs it once.
 * Without it Nest logs each expected domain error (a wrong password) as an application error.
 * Plain HTTP routes (health) keep Nest's own handling: rethrowing there would skip it and let
 * Express answer with its HTML error page (and a stack trace) instead of the route's JSON.
 */
@Catch()
export class GraphqlPassThroughFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    return exception;
  }
}
