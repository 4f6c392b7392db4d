import { CanActivate, ExecutionContext, Injectable, Logger, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AccessErrorCode, AccessException } from '@jalin/errors';
import { ACCESS_RULE, AccessRule } from './access-rule';
import { HTTP_REQUEST_CONTEXT, HttpRequestContextResolver, RequestWithContext } from './http-request-context';
import { RequestContext } from './request-context';

/**
 * Global, deny-by-default, for GraphQL operations and plain HTTP routes alike: a handler that
 * declares no AccessRule (on itself or its controller) is refused for everybody, so forgetting a
 * decorator closes a door instead of opening it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector, @Optional() private readonly httpContexts?: HttpRequestContextResolver) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`No access rule on ${context.getClass().name}.${context.getHandler().name}: refused`);
      throw new AccessException(AccessErrorCode.NO_RULE, 'This operation is not available');
    }
    if (rule.kind === 'anonymous') return true;
    const requestContext = await this.requestContext(context);
    const user = requestContext?.user;
    if (!user) {
      throw new AccessException(AccessErrorCode.UNAUTHENTICATED, requestContext?.authError ?? 'Sign in first');
    }
    if (rule.kind === 'roles' && !rule.roles.includes(user.role)) {
      throw new AccessException(AccessErrorCode.FORBIDDEN, `Only ${rule.roles.join(', ')} users may do this`);
    }
    return true;
  }

  private async requestContext(context: ExecutionContext): Promise<RequestContext | undefined> {
    if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<RequestContext>();
    if (context.getType<string>() !== 'http' || !this.httpContexts) return undefined;
    const req = context.switchToHttp().getRequest<RequestWithContext>();
    req[HTTP_REQUEST_CONTEXT] ??= await this.httpContexts.fromHttp(req);
    return req[HTTP_REQUEST_CONTEXT];
  }
}
