import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AccessErrorCode, AccessException } from '@jalin/errors';
import { ACCESS_RULE, AccessRule } from './access-rule';
import { RequestContext } from './request-context';

/**
 * Global, deny-by-default: an operation that declares no AccessRule is refused for everybody,
 * so forgetting a decorator closes a door instead of opening it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // health endpoints are plain HTTP
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    if (!rule) {
      this.logger.error(`No access rule on ${context.getClass().name}.${context.getHandler().name}: refused`);
      throw new AccessException(AccessErrorCode.NO_RULE, 'This operation is not available');
    }
    if (rule.kind === 'anonymous') return true;
    const gqlContext = GqlExecutionContext.create(context).getContext<RequestContext>();
    const user = gqlContext.user;
    if (!user) {
      throw new AccessException(AccessErrorCode.UNAUTHENTICATED, gqlContext.authError ?? 'Sign in first');
    }
    if (rule.kind === 'roles' && !rule.roles.includes(user.role)) {
      throw new AccessException(AccessErrorCode.FORBIDDEN, `Only ${rule.roles.join(', ')} users may do this`);
    }
    return true;
  }
}
