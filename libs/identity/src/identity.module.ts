import { Module } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { AccountService } from './accounts/account.service';
import { AccessTokenService } from './auth/access-token.service';
import { AttemptLimiter } from './auth/attempt-limiter.service';
import { PasswordHasher } from './auth/password-hasher.service';
import { RefreshTokenService } from './auth/refresh-token.service';
import { SessionService } from './auth/session.service';
import { BootstrapAdmin } from './bootstrap-admin.service';
import { OrganizationContactResolver } from './contact/organization-contact.resolver';
import { OrganizationContactService } from './contact/organization-contact.service';
import { AuthResolver } from './graphql/auth.resolver';
import { UserResolver } from './graphql/user.resolver';

/** Accounts, sessions and the GraphQL operations on them (API side). */
@Module({
  providers: [
    TransactionRunner, PasswordHasher, AccessTokenService, RefreshTokenService, AttemptLimiter, SessionService,
    AccountService, BootstrapAdmin, AuthResolver, UserResolver, OrganizationContactService, OrganizationContactResolver,
  ],
  exports: [AccessTokenService, AccountService, PasswordHasher],
})
export class IdentityModule {}
