import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeliveryMessage } from '../delivery/delivery-message';
import { InAppSender } from '../delivery/in-app.sender';
import { DeliveryStatus, NotificationChannel } from '../notification-channel.enum';

/**
 * Hands fresh in-app notifications to the live feed right after their commit, in the job that
 * wrote them, and marks their deliveries SENT in one statement: a job per in-app delivery cost
 * about as much as the notification itself. It returns the ids it pushed; what it could not push
 * stays PENDING, for the caller to queue as delivery jobs. A push repeated after a crash is harmless: each API
 * replica hands a notification id on once.
 */
@Injectable()
export class InAppPush {
  private readonly logger = new Logger(InAppPush.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: InAppSender,
  ) {}

  /** The ids of the notifications it pushed (now SENT); it stops at the first failure. */
  async push(messages: DeliveryMessage[]): Promise<string[]> {
    const pushed: string[] = [];
    for (const message of messages) {
      try {
        await this.sender.send(message);
      } catch (error) {
        this.logger.warn({ notificationId: message.id, err: error }, 'in-app push failed; its delivery job will retry');
        break;
      }
      pushed.push(message.id);
    }
    if (pushed.length > 0) {
      await this.dataSource.query(
        `UPDATE notification_delivery SET status = $1, attempts = 1, last_error = NULL, delivered_at = now(), updated_at = now()
          WHERE notification_id = ANY($2::uuid[]) AND channel = $3 AND status = $4`,
        [DeliveryStatus.SENT, pushed, NotificationChannel.IN_APP, DeliveryStatus.PENDING],
      );
    }
    return pushed;
  }
}
