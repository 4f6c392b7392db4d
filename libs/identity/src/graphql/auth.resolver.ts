import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AllowAnonymous, RequestContext } from '@jalin/authz';
import { AccountService } from '../accounts/account.service';
import { SessionService } from '../auth/session.service';
import { AuthPayloadType } from './auth-payload.type';
import { RegisterInput } from './register.input';
import { deliverSession, missingRefreshToken, presentedRefreshToken } from './session-delivery';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
  ) {}

  /** Anyone: self-service sign-up of a BUYER or IKM organization and its first user. */
  @AllowAnonymous()
  @Mutation(() => AuthPayloadType, { description: 'Creates a BUYER or IKM organization and its first user' })
  async register(@Args('input') input: RegisterInput, @Context() ctx: RequestContext): Promise<AuthPayloadType> {
    return deliverSession(await this.accounts.register(input, ctx.clientIp), ctx);
  }

  /** Anyone; failures count against the e-mail and the client address. */
  @AllowAnonymous()
  @Mutation(() => AuthPayloadType)
  async login(@Args('email') email: string, @Args('password') password: string, @Context() ctx: RequestContext): Promise<AuthPayloadType> {
    return deliverSession(await this.sessions.login(email, password, ctx.clientIp), ctx);
  }

  /** Anyone holding a refresh token (argument or cookie): the token is the credential. */
  @AllowAnonymous()
  @Mutation(() => AuthPayloadType, { description: 'Rotates: an old refresh token never works twice. Without the argument: the session cookie' })
  async refreshSession(
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null | undefined,
    @Context() ctx: RequestContext,
  ): Promise<AuthPayloadType> {
    const token = presentedRefreshToken(refreshToken, ctx);
    try {
      if (!token) throw missingRefreshToken();
      return deliverSession(await this.sessions.refresh(token, ctx.clientIp), ctx);
    } catch (error) {
      // A cookie that no longer works is dropped, so the browser stops sending it.
      if (!refreshToken && ctx.sessionCookie?.refreshToken) ctx.sessionCookie.clear();
      throw error;
    }
  }

  /** Anyone holding a refresh token (argument or cookie): ends that session and drops the cookie. */
  @AllowAnonymous()
  @Mutation(() => Boolean, { description: 'Ends the session of the refresh token; without the argument: the session cookie (and clears it)' })
  async logout(
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null | undefined,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    const token = presentedRefreshToken(refreshToken, ctx);
    if (!refreshToken && ctx.sessionCookie?.refreshToken) ctx.sessionCookie.clear();
    return token ? this.sessions.logout(token) : false;
  }
}
