import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowAuthenticated, AllowRoles, AuthUser, CurrentUser, RequestContext, Role } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { AccountService } from '../accounts/account.service';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { organizationLoader } from './organization.loader';
import { OrganizationType } from './organization.type';
import { StaffAccountInput } from './staff-account.input';
import { UserType } from './user.type';
import { emailVisible } from './email-visibility';

@Resolver(() => UserType)
export class UserResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly tx: TransactionRunner,
  ) {}

  /** Any signed-in user: themselves. */
  @AllowAuthenticated()
  @Query(() => UserType)
  async me(@CurrentUser() caller: AuthUser): Promise<UserType> {
    const user = await this.accounts.findById(caller.userId);
    if (!user) throw new IdentityException(IdentityErrorCode.USER_NOT_FOUND, 'This account no longer exists');
    return UserType.from(user);
  }

  /** ADMIN only: DINAS officers and further admins. */
  @AllowRoles(Role.ADMIN)
  @Mutation(() => UserType, { description: 'ADMIN: creates a DINAS or ADMIN user' })
  async createStaffAccount(@Args('input') input: StaffAccountInput, @CurrentUser() caller: AuthUser): Promise<UserType> {
    return UserType.from(await this.accounts.createStaffAccount(input, caller));
  }

  @ResolveField(() => OrganizationType, { nullable: true })
  async organization(user: UserType, _args: unknown, ctx: RequestContext): Promise<OrganizationType | null> {
    const org = await organizationLoader(ctx, this.tx.manager).load(user.organizationId);
    return org ? OrganizationType.from(org) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Null for a user of another organization (ADMIN sees all)' })
  email(user: UserType, _args: unknown, ctx: RequestContext): string | null {
    return emailVisible(user, ctx.user) ? user.accountEmail : null;
  }
}
