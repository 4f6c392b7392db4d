import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@jalin/config';
import { TransactionRunner } from '@jalin/database';
import { DomainEventName, DomainEventPayloads } from '@jalin/jobs';
import { EmailSender, localeOr } from '@jalin/notifications';
import { DomainEventMeta, OnDomainEvent } from '@jalin/outbox';
import { newOpaqueToken, sha256 } from '../auth/opaque-token';
import { UserEntity } from '../entities/user.entity';
import { PASSWORD_RESET_TEXTS } from './password-reset-texts';

/**
 * A new token per request event, replacing the row of that event: a retried job mails a fresh
 * link and the earlier one of the same event stops working; once used, a retry sends nothing.
 */
const UPSERT_TOKEN = `INSERT INTO password_reset_token (user_id, event_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)
  ON CONFLICT (event_id) DO UPDATE SET token_hash = EXCLUDED.token_hash WHERE password_reset_token.used_at IS NULL
  RETURNING id`;

/** Worker side: a password-reset request becomes a single-use link by e-mail, for a known account. */
@Injectable()
export class PasswordResetMailer {
  private readonly logger = new Logger(PasswordResetMailer.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
    private readonly email: EmailSender,
  ) {}

  @OnDomainEvent(DomainEventName.PasswordResetRequested)
  async onRequested(payload: DomainEventPayloads[DomainEventName.PasswordResetRequested], meta: DomainEventMeta): Promise<void> {
    const user = await this.tx.manager.createQueryBuilder(UserEntity, 'u').where('lower(u.email) = :email', { email: payload.email }).getOne();
    if (!user) return; // nobody to tell; the requester got the same answer either way
    if (!this.email.enabled) {
      this.logger.warn({ eventId: meta.eventId }, 'password reset not sent: SMTP_URL is not configured');
      return;
    }
    const minutes = this.config.PASSWORD_RESET_TOKEN_TTL_MINUTES;
    // Valid from the request, not from when the worker got to it.
    const expiresAt = new Date(Date.parse(meta.occurredAt) + minutes * 60_000);
    if (expiresAt.getTime() <= Date.now()) return;
    const token = newOpaqueToken();
    const rows: unknown[] = await this.tx.manager.query(UPSERT_TOKEN, [user.id, meta.eventId, sha256(token), expiresAt]);
    if (rows.length === 0) return;
    const locale = localeOr(user.locale);
    const text = PASSWORD_RESET_TEXTS[locale](minutes);
    const link = `${this.config.PUBLIC_URL}/reset-password?token=${encodeURIComponent(token)}`;
    await this.email.send({
      id: meta.eventId, userId: user.id, type: 'PASSWORD_RESET', locale, title: text.title, body: text.body, link, data: {}, createdAt: meta.occurredAt,
    }, user.email);
  }
}
