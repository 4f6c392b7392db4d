import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { UserEntity } from '../entities/user.entity';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { AccessTokenService } from './access-token.service';
import { AttemptKind, AttemptLimiter } from './attempt-limiter.service';
import { PasswordHasher } from './password-hasher.service';
import { RefreshTokenService } from './refresh-token.service';

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: UserEntity;
}

export const toAuthUser = (user: UserEntity): AuthUser => ({
  userId: user.id,
  organizationId: user.organizationId,
  role: user.role,
  locale: user.locale,
});

const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Sign-in, refresh and sign-out. */
@Injectable()
export class SessionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly passwords: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly limiter: AttemptLimiter,
  ) {}

  /** Opens a session for a user inside the caller's transaction (login, register). */
  async open(manager: EntityManager, user: UserEntity, familyId?: string): Promise<Session> {
    const refresh = await this.refreshTokens.issue(manager, user.id, familyId);
    return { accessToken: await this.accessTokens.sign(toAuthUser(user)), refreshToken: refresh.token, user };
  }

  /** Wrong password and unknown e-mail answer alike, in message and in time. */
  async login(email: string, password: string, clientIp: string): Promise<Session> {
    const keys = [`ip:${clientIp}`, `email:${normalizeEmail(email)}`];
    await this.limiter.take(AttemptKind.Login, keys);
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
      const consumed = await this.refreshTokens.consume(manager, refreshToken);
      if (consumed.kind !== 'rotated') return consumed;
      const user = await manager.findOneByOrFail(UserEntity, { id: consumed.userId });
      return { kind: 'session' as const, session: await this.open(manager, user, consumed.familyId) };
    });
    if (outcome.kind === 'session') return outcome.session;
    if (outcome.kind === 'reused') {
      throw new IdentityException(IdentityErrorCode.REFRESH_TOKEN_REUSED, 'Refresh token was already used; this session has been ended, sign in again');
    }
    throw new IdentityException(IdentityErrorCode.INVALID_REFRESH_TOKEN, 'Refresh token is invalid or expired');
  }

  /** Ends the session the token belongs to (its whole family). Unknown tokens answer false. */
  logout(refreshToken: string): Promise<boolean> {
    return this.tx.run((manager) => this.refreshTokens.revokeFamilyOf(manager, refreshToken));
  }
}
