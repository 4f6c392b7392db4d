import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobHandler, JobName, JobPayloads, JobRunContext } from '@jalin/jobs';
import { toDeliveryMessage } from '../delivery/delivery-message';
import { EmailSender } from '../delivery/email.sender';
import { InAppSender } from '../delivery/in-app.sender';
import { WebhookSender } from '../delivery/webhook.sender';
import { WebhookUrlRefused } from '../delivery/webhook-url-policy';
import { NotificationDeliveryEntity } from '../entities/notification-delivery.entity';
import { NotificationPreferenceEntity } from '../entities/notification-preference.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { DeliveryStatus, NotificationChannel } from '../notification-channel.enum';

/** A failure no retry can fix: kept as FAILED at once. */
class PermanentDeliveryError extends Error {}

/**
 * Runs one delivery (one notification on one channel). Each channel is its own job, so a broken
 * webhook never holds back the e-mail or the live push of the same notification. A delivery
 * already SENT is skipped (a re-run after a crash); each attempt is recorded on the delivery row,
 * and the last failure is kept as FAILED with its error.
 */
@Injectable()
export class NotificationDeliveryJobs {
  private readonly logger = new Logger(NotificationDeliveryJobs.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly inApp: InAppSender,
    private readonly email: EmailSender,
    private readonly webhook: WebhookSender,
  ) {}

  @JobHandler(JobName.DeliverNotification)
  async deliver(payload: JobPayloads[JobName.DeliverNotification], context: JobRunContext): Promise<void> {
    const manager = this.dataSource.manager;
    const channel = payload.channel as NotificationChannel;
    const delivery = await manager.findOneBy(NotificationDeliveryEntity, { notificationId: payload.notificationId, channel });
    if (!delivery || delivery.status !== DeliveryStatus.PENDING) return;
    try {
      await this.send(payload.notificationId, channel);
    } catch (error) {
      const permanent = error instanceof PermanentDeliveryError || error instanceof WebhookUrlRefused;
      const last = permanent || context.attempt >= context.maxAttempts;
      const message = (error as Error).message.slice(0, 1000);
      await manager.update(NotificationDeliveryEntity, { id: delivery.id, status: DeliveryStatus.PENDING }, {
        attempts: context.attempt,
        lastError: message,
        status: last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
      });
      this.logger.warn({ notificationId: payload.notificationId, channel, attempt: context.attempt, final: last, err: error }, 'notification delivery failed');
      throw permanent ? new UnrecoverableError(message) : error;
    }
    await manager.update(NotificationDeliveryEntity, { id: delivery.id, status: DeliveryStatus.PENDING }, {
      attempts: context.attempt,
      status: DeliveryStatus.SENT,
      lastError: null,
      deliveredAt: new Date(),
    });
  }

  private async send(notificationId: string, channel: NotificationChannel): Promise<void> {
    const notification = await this.dataSource.manager.findOneBy(NotificationEntity, { id: notificationId });
    if (!notification) throw new PermanentDeliveryError('notification no longer exists');
    const message = toDeliveryMessage(notification);
    switch (channel) {
      case NotificationChannel.IN_APP:
        return this.inApp.send(message);
      case NotificationChannel.EMAIL: {
        const rows = await this.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [notification.userId]);
        if (!rows[0]) throw new PermanentDeliveryError('user no longer exists');
        return this.email.send(message, rows[0].email);
      }
      case NotificationChannel.WEBHOOK: {
        const preference = await this.dataSource.manager.findOneBy(NotificationPreferenceEntity, { userId: notification.userId });
        if (!preference?.webhookUrl || !preference.webhookSecret) throw new PermanentDeliveryError('no webhook URL configured any more');
        return this.webhook.send(message, preference.webhookUrl, preference.webhookSecret);
      }
    }
  }
}
