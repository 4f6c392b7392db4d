import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AuthUser } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { InputValidationException } from '@jalin/errors';
import { WebhookUrlPolicy, WebhookUrlRefused } from '../delivery/webhook-url-policy';
import { NotificationPreferenceEntity } from '../entities/notification-preference.entity';
import { NotificationPreferencesInput } from '../graphql/notification-preferences.input';
import { NotificationPreferencesType } from '../graphql/notification-preferences.type';
import { isLocale, localeOr } from '../locale';
import { DEFAULT_CHANNELS, NotificationChannel } from '../notification-channel.enum';
import { NotificationsErrorCode, NotificationsException } from '../notifications.exception';

/** A user's own channel choice, webhook and locale. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly webhookPolicy: WebhookUrlPolicy,
  ) {}

  async get(user: AuthUser): Promise<NotificationPreferencesType> {
    const account = await this.account(user.userId);
    const row = await this.tx.manager.findOneBy(NotificationPreferenceEntity, { userId: user.userId });
    return this.view(row, account);
  }

  async update(user: AuthUser, input: NotificationPreferencesInput): Promise<NotificationPreferencesType> {
    const channels = [...new Set(input.channels)];
    const unknown = channels.find((c) => !Object.values(NotificationChannel).includes(c));
    if (unknown !== undefined) throw InputValidationException.of('input.channels', unknown, 'must be IN_APP, EMAIL or WEBHOOK');
    if (input.locale !== undefined && input.locale !== null && !isLocale(input.locale)) {
      throw InputValidationException.of('input.locale', input.locale, 'must be "id" or "en"');
    }
    const webhookUrl = input.webhookUrl?.trim() || null;
    if (webhookUrl) {
      try {
        await this.webhookPolicy.check(webhookUrl);
      } catch (error) {
        if (error instanceof WebhookUrlRefused) throw InputValidationException.of('input.webhookUrl', webhookUrl, error.message);
        throw error;
      }
    }
    if (channels.includes(NotificationChannel.WEBHOOK) && !webhookUrl) {
      throw InputValidationException.of('input.webhookUrl', input.webhookUrl ?? null, 'is required with the WEBHOOK channel');
    }
    const account = await this.account(user.userId);
    const saved = await this.tx.run(async (manager) => {
      const current = await manager.findOne(NotificationPreferenceEntity, { where: { userId: user.userId }, lock: { mode: 'pessimistic_write' } });
      const row = current ?? manager.create(NotificationPreferenceEntity, { userId: user.userId, locale: null, webhookSecret: null });
      row.channels = channels;
      row.webhookUrl = webhookUrl;
      // The secret stays with the user until they remove the webhook; a new one for each new webhook.
      row.webhookSecret = webhookUrl ? (row.webhookSecret ?? randomBytes(32).toString('hex')) : null;
      if (input.locale) row.locale = input.locale;
      return manager.save(row);
    });
    return this.view(saved, account);
  }

  private async account(userId: string): Promise<{ email: string; locale: string }> {
    const rows = await this.tx.manager.query(`SELECT email, locale FROM app_user WHERE id = $1`, [userId]);
    if (!rows[0]) throw new NotificationsException(NotificationsErrorCode.USER_NOT_FOUND, 'This account no longer exists');
    return rows[0];
  }

  private view(row: NotificationPreferenceEntity | null, account: { email: string; locale: string }): NotificationPreferencesType {
    return Object.assign(new NotificationPreferencesType(), {
      channels: row?.channels ?? [...DEFAULT_CHANNELS],
      email: account.email,
      webhookUrl: row?.webhookUrl ?? null,
      webhookSecret: row?.webhookSecret ?? null,
      locale: localeOr(row?.locale ?? account.locale),
    });
  }
}
