import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AccessErrorCode, AccessException } from '@jalin/errors';
import { AuthUser } from './auth-user';
import { RequestContext } from './request-context';

/** The verified caller; only valid on operations that require sign-in. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = GqlExecutionContext.create(ctx).getContext<RequestContext>().user;
  if (!user) throw new AccessException(AccessErrorCode.UNAUTHENTICATED, 'Sign in first');
  return user;
});
