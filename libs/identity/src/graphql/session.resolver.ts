import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AllowAnonymous, AllowAuthenticated, AuthUser, CurrentUser, RequestContext } from '@jalin/authz';
import { SessionService } from '../auth/session.service';
import { PasswordResetService } from '../password-reset/password-reset.service';
import { AuthPayloadType } from './auth-payload.type';
import { deliverSession } from './session-delivery';

/** Ending sessions: everywhere, by a password change, or by a password reset from an e-mailed link. */
@Resolver()
export class SessionResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly resets: PasswordResetService,
  ) {}

  /** Any signed-in user, for their own account. */
  @AllowAuthenticated()
  @Mutation(() => Boolean, { description: 'Every session and access token of the caller stops working within 2 s' })
  logoutEverywhere(@CurrentUser() caller: AuthUser): Promise<boolean> {
    return this.sessions.logoutEverywhere(caller);
  }

  /** Any signed-in user, for their own account; a wrong current password counts as a failed login. */
  @AllowAuthenticated()
  @Mutation(() => AuthPayloadType, { description: 'A new session; every other session and earlier access token stops working within 2 s' })
  async changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @CurrentUser() caller: AuthUser,
    @Context() ctx: RequestContext,
  ): Promise<AuthPayloadType> {
    return deliverSession(await this.sessions.changePassword(caller, currentPassword, newPassword, ctx.clientIp), ctx);
  }

  /** Anyone: the answer is the same whether the e-mail has an account or not. */
  @AllowAnonymous()
  @Mutation(() => Boolean, { description: 'Always true; a single-use link by e-mail, valid 30 minutes' })
  requestPasswordReset(@Args('email') email: string, @Context() ctx: RequestContext): Promise<boolean> {
    return this.resets.request(email, ctx.clientIp);
  }

  /** Anyone holding a reset token: the token is the credential. */
  @AllowAnonymous()
  @Mutation(() => AuthPayloadType, { description: 'Sets a new password with the e-mailed token; ends every other session' })
  async resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string, @Context() ctx: RequestContext): Promise<AuthPayloadType> {
    return deliverSession(await this.resets.reset(token, newPassword, ctx.clientIp), ctx);
  }
}
