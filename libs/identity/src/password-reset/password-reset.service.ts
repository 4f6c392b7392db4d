import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { InputValidationException } from '@jalin/errors';
import { DomainEventName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { assertAcceptablePassword } from '../accounts/password-policy';
import { AttemptKind, AttemptLimiter } from '../auth/attempt-limiter.service';
import { sha256 } from '../auth/opaque-token';
import { PasswordHasher } from '../auth/password-hasher.service';
import { normalizeEmail, Session, SessionService } from '../auth/session.service';
import { SessionRevocations } from '../auth/session-revocations.service';
import { isAccountEmail } from '../graphql/is-account-email';
import { IdentityErrorCode, IdentityException } from '../identity.exception';

const EMAIL_MAX_LENGTH = 254;

/** A valid, unused, unexpired reset token: marks it used, so it works once (two callers: one wins). */
const CONSUME_TOKEN = `UPDATE password_reset_token SET used_at = now()
  WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`;

/** Forgotten passwords: the request (API side) and the reset with the mailed token. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly limiter: AttemptLimiter,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly revocations: SessionRevocations,
  ) {}

  /**
   * Always true for a well-formed e-mail. The request path does the same for a known and an
   * unknown e-mail (count the attempt, write one outbox event): the account lookup, the token and
   * the e-mail happen in the worker, so neither the answer nor its time tells whether the account exists.
   */
  async request(email: string, clientIp: string): Promise<true> {
    const address = normalizeEmail(email);
    if (address.length > EMAIL_MAX_LENGTH || !isAccountEmail(address)) {
      throw InputValidationException.of('email', email, 'must be a valid e-mail address');
    }
    await this.limiter.takeAll([
      { kind: AttemptKind.PasswordReset, key: `ip:${clientIp}` },
      { kind: AttemptKind.PasswordResetEmail, key: `email:${address}` },
    ]);
    await this.tx.run((manager) => this.outbox.append(manager, DomainEventName.PasswordResetRequested, { email: address }));
    return true;
  }

  /** Sets the new password with a mailed token; every session of the user ends and a new one opens. */
  async reset(token: string, newPassword: string, clientIp: string): Promise<Session> {
    assertAcceptablePassword('newPassword', newPassword);
    await this.limiter.take(AttemptKind.PasswordReset, [`ip:${clientIp}`]);
    const tokenHash = sha256(token);
    // Looked at first so a dead token costs no password hash; the UPDATE below decides.
    const [alive] = await this.tx.manager.query(`SELECT 1 FROM password_reset_token WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`, [tokenHash]);
    if (!alive) throw this.invalidToken();
    const passwordHash = await this.passwords.hash(newPassword);
    const { session, userId } = await this.tx.run(async (manager) => {
      const [rows] = await manager.query(CONSUME_TOKEN, [tokenHash]);
      if (rows.length !== 1) throw this.invalidToken();
      const owner: string = rows[0].user_id;
      // Every other link of the user dies with the reset too.
      await manager.query(`UPDATE password_reset_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [owner]);
      return { session: await this.sessions.replacePassword(manager, owner, passwordHash), userId: owner };
    });
    await this.revocations.publish(userId);
    return session;
  }

  private invalidToken(): IdentityException {
    return new IdentityException(IdentityErrorCode.INVALID_RESET_TOKEN, 'The reset link is invalid, used or expired; ask for a new one', [
      { field: 'token', message: 'is invalid, used or expired' },
    ]);
  }
}
