import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AllowAnonymous, RequestContext } from '@jalin/authz';
import { AccountService } from '../accounts/account.service';
import { SessionService } from '../auth/session.service';
import { AuthPayloadType } from './auth-payload.type';
import { RegisterInput } from './register.input';

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
    return AuthPayloadType.from(await this.accounts.register(input, ctx.clientIp));
  }

  /** Anyone; failures count against the e-mail and the client address. */
  @AllowAnonymous()
  @Mutation(() => AuthPayloadType)
  async login(@Args('email') email: string, @Args('password') password: string, @Context() ctx: RequestContext): Promise<AuthPayloadType> {
    return AuthPayloadType.from(await this.sessions.login(email, password, ctx.clientIp));
  }

  /** Anyone holding a refresh token: the token is the credential. */
  @AllowAnonymous()
  @Mutation(() => AuthPayloadType, { description: 'Rotates: an old refresh token never works twice' })
  async refreshSession(@Args('refreshToken') refreshToken: string, @Context() ctx: RequestContext): Promise<AuthPayloadType> {
    return AuthPayloadType.from(await this.sessions.refresh(refreshToken, ctx.clientIp));
  }

  /** Anyone holding a refresh token: ends that session. */
  @AllowAnonymous()
  @Mutation(() => Boolean)
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.sessions.logout(refreshToken);
  }
}
