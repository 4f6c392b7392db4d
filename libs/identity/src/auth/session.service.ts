import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { EntityManager } from 'typeorm';
import { AuthUser } from '@jalin/authz';
import { AppConfig } from '@jalin/config';
import { TransactionRunner } from '@jalin/database';
import { assertAcceptablePassword } from '../accounts/password-policy';
import { UserEntity } from '../entities/user.entity';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { AccessTokenService } from './access-token.service';
import { AttemptKind, AttemptLimiter } from './attempt-limiter.service';
import { loginDelayMs } from './login-delay';
import { PasswordHasher } from './password-hasher.service';
import { RefreshFamily, RefreshTokenService } from './refresh-token.service';
import { SessionRevocations } from './session-revocations.service';

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: UserEntity;
}

const toAuthUser = (user: UserEntity): AuthUser => ({
  userId: user.id,
  organizationId: user.organizationId,
  role: user.role,
  locale: user.locale,
});

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** The failed-login limit keys of one attempt: the client, and the client with this e-mail. */
const loginKeys = (email: string, clientIp: string) => [`ip:${clientIp}`, `pair:${clientIp}|${normalizeEmail(email)}`];

/** Sign-in, refresh and sign-out, of one session or of all of a user's. */
@Injectable()
export class SessionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly passwords: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly limiter: AttemptLimiter,
    private readonly revocations: SessionRevocations,
    private readonly config: AppConfig,
  ) {}

  /** Opens a session for a user inside the caller's transaction (login, register). */
  async open(manager: EntityManager, user: UserEntity, family?: RefreshFamily): Promise<Session> {
    const refresh = await this.refreshTokens.issue(manager, user.id, family);
    const accessToken = await this.accessTokens.sign(toAuthUser(user), { version: user.sessionVersion, sessionId: refresh.familyId });
    return { accessToken, refreshToken: refresh.token, user };
  }

  /**
   * Wrong password and unknown e-mail answer alike, in message and in time. Failures are refused
   * per client and per (client, e-mail) pair; per e-mail they only slow every login of that e-mail
   * down (loginDelayMs), so guessing from many clients gets slow while the owner, from any client,
   * still gets in with the right password.
   */
  async login(email: string, password: string, clientIp: string): Promise<Session> {
    const keys = loginKeys(email, clientIp);
    const emailKey = `email:${normalizeEmail(email)}`;
    await this.limiter.take(AttemptKind.Login, keys);
    const failures = await this.limiter.count(AttemptKind.LoginEmail, emailKey);
    await sleep(loginDelayMs(failures, this.config.LOGIN_EMAIL_FREE_FAILURES, this.config.LOGIN_EMAIL_MAX_DELAY_MS));
    // PostgreSQL text cannot hold NUL: such an e-mail belongs to nobody (and must not reach the query).
    const user = email.includes('\u0000') ? null : await this.tx.manager
      .createQueryBuilder(UserEntity, 'u')
      .where('lower(u.email) = :email', { email: normalizeEmail(email) })
      .getOne();
    const valid = user ? await this.passwords.verify(user.passwordHash, password) : await this.passwords.verifyDecoy(password);
    if (!user || !valid) {
      throw new IdentityException(IdentityErrorCode.INVALID_CREDENTIALS, 'E-mail or password is wrong');
    }
    await this.limiter.giveBack(AttemptKind.Login, keys);
    await this.limiter.giveBack(AttemptKind.LoginEmail, [emailKey]);
    return this.tx.run(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { lastLoginAt: new Date() });
      return this.open(manager, user);
    });
  }

  async refresh(refreshToken: string, clientIp: string): Promise<Session> {
    const owner = await this.refreshTokens.ownerOf(this.tx.manager, refreshToken);
    await this.limiter.takeAll([
      { kind: AttemptKind.Refresh, key: `ip:${clientIp}` },
      ...(owner ? [{ kind: AttemptKind.RefreshAccount, key: `user:${owner}` }] : []),
    ]);
    const outcome = await this.tx.run(async (manager) => {
      // Serializes with ending all sessions (which bumps this row first): a refresh racing a
      // logoutEverywhere either finishes before it (and its new token is revoked with the rest) or
      // runs after it (and finds its token revoked). Never a session that outlives the end. The
      // same lock the bump takes, not a weaker one, so a reuse's own bump never waits on a sibling.
      if (owner) await manager.query(`SELECT 1 FROM app_user WHERE id = $1 FOR NO KEY UPDATE`, [owner]);
      const consumed = await this.refreshTokens.consume(manager, refreshToken);
      // A stolen token: the thief may hold access tokens of any of the user's sessions, so all of
      // them end (the user's version, not only the family's); other sessions can still refresh.
      if (consumed.kind === 'reused') {
        await this.revocations.bump(manager, consumed.userId);
        return consumed;
      }
      if (consumed.kind !== 'rotated') return consumed;
      const user = await manager.findOneByOrFail(UserEntity, { id: consumed.userId });
      return { kind: 'session' as const, session: await this.open(manager, user, consumed.family) };
    });
    if (outcome.kind === 'session') return outcome.session;
    if (outcome.kind === 'reused') {
      await this.revocations.publish(outcome.userId);
      throw new IdentityException(IdentityErrorCode.REFRESH_TOKEN_REUSED, 'Refresh token was already used; this session has been ended, sign in again');
    }
    throw new IdentityException(IdentityErrorCode.INVALID_REFRESH_TOKEN, 'Refresh token is invalid or expired');
  }

  /**
   * Ends the session the token belongs to (its whole family) and that session's access tokens on
   * every replica; the user's other sessions go on. Unknown tokens answer false.
   */
  async logout(refreshToken: string): Promise<boolean> {
    const owner = await this.refreshTokens.ownerOf(this.tx.manager, refreshToken);
    if (!owner) return false;
    await this.tx.run(async (manager) => {
      // The lock refresh takes: a refresh of this family in flight commits first and its new token
      // is revoked too, or runs after and finds the family revoked.
      await manager.query(`SELECT 1 FROM app_user WHERE id = $1 FOR NO KEY UPDATE`, [owner]);
      await this.refreshTokens.revokeFamilyOf(manager, refreshToken);
    });
    await this.revocations.publish(owner);
    return true;
  }

  /** Every session and access token of the caller ends. */
  async logoutEverywhere(caller: AuthUser): Promise<boolean> {
    await this.tx.run((manager) => this.endAll(manager, caller.userId));
    await this.revocations.publish(caller.userId);
    return true;
  }

  /**
   * Checks the current password (a wrong one counts as a failed login of this client), sets the
   * new one, ends every other session and access token, and opens a new session.
   */
  async changePassword(caller: AuthUser, currentPassword: string, newPassword: string, clientIp: string): Promise<Session> {
    assertAcceptablePassword('newPassword', newPassword);
    const user = await this.tx.manager.findOneBy(UserEntity, { id: caller.userId });
    if (!user) throw new IdentityException(IdentityErrorCode.USER_NOT_FOUND, 'User not found');
    const keys = loginKeys(user.email, clientIp);
    await this.limiter.take(AttemptKind.Login, keys);
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw new IdentityException(IdentityErrorCode.WRONG_PASSWORD, 'The current password is wrong', [
        { field: 'currentPassword', message: 'is wrong' },
      ]);
    }
    await this.limiter.giveBack(AttemptKind.Login, keys);
    const passwordHash = await this.passwords.hash(newPassword);
    const session = await this.tx.run((manager) => this.replacePassword(manager, user.id, passwordHash));
    await this.revocations.publish(user.id);
    return session;
  }

  /**
   * Sets a password, ends every session of the user and opens a new one, in the caller's
   * transaction (change and reset); the caller publishes the revocations after commit.
   */
  async replacePassword(manager: EntityManager, userId: string, passwordHash: string): Promise<Session> {
    await manager.update(UserEntity, { id: userId }, { passwordHash });
    await this.endAll(manager, userId);
    const user = await manager.findOneByOrFail(UserEntity, { id: userId });
    return this.open(manager, user);
  }

  /** Bumps the version and revokes every refresh token of the user; publish the revocations after commit. */
  async endAll(manager: EntityManager, userId: string): Promise<void> {
    // The bump first: its row lock waits for refreshes in flight, so the revocation sees their tokens.
    await this.revocations.bump(manager, userId);
    await this.refreshTokens.revokeAllOf(manager, userId);
  }
}
