import { Module } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { EmailSender } from '@jalin/notifications';
import { AccountService } from './accounts/account.service';
import { AccessTokenService } from './auth/access-token.service';
import { AttemptLimiter } from './auth/attempt-limiter.service';
import { PasswordHasher } from './auth/password-hasher.service';
import { RefreshTokenService } from './auth/refresh-token.service';
import { SessionService } from './auth/session.service';
import { SessionRevocations } from './auth/session-revocations.service';
import { BootstrapAdmin } from './bootstrap-admin.service';
import { OrganizationContactResolver } from './contact/organization-contact.resolver';
import { OrganizationContactService } from './contact/organization-contact.service';
import { AuthResolver } from './graphql/auth.resolver';
import { SessionResolver } from './graphql/session.resolver';
import { UserResolver } from './graphql/user.resolver';
import { StaffAccountsResolver } from './graphql/staff-accounts.resolver';
import { StaffDirectory } from './accounts/staff-directory.service';
import { PasswordResetMailer } from './password-reset/password-reset-mailer';
import { PasswordResetService } from './password-reset/password-reset.service';

/** Accounts, sessions and the GraphQL operations on them (API side). */
@Module({
  providers: [
    TransactionRunner, PasswordHasher, SessionRevocations, AccessTokenService, RefreshTokenService, AttemptLimiter, SessionService,
    PasswordResetService, AccountService, BootstrapAdmin, AuthResolver, SessionResolver, UserResolver,
    OrganizationContactService, OrganizationContactResolver, StaffDirectory, StaffAccountsResolver,
  ],
  exports: [AccessTokenService, AccountService, PasswordHasher],
})
export class IdentityModule {}

/** Worker side: password-reset e-mails. */
@Module({
  providers: [TransactionRunner, EmailSender, PasswordResetMailer],
})
export class IdentityWorkerModule {}
