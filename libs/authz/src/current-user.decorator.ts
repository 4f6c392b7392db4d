import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { callerOf } from './caller-of';
import { RequestContext } from './request-context';

/** The verified caller; only valid on operations that require sign-in. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext) => callerOf(GqlExecutionContext.create(ctx).getContext<RequestContext>()));
