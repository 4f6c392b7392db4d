import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '@jalin/config';
import { JobName, JobProducer, TypedJob } from '@jalin/jobs';
import { DomainEventMeta } from '@jalin/outbox';
import { NotificationDeliveryEntity } from '../entities/notification-delivery.entity';
import { NotificationPreferenceEntity } from '../entities/notification-preference.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { localeOr } from '../locale';
import { toDeliveryMessage } from '../delivery/delivery-message';
import { DeliveryStatus, NotificationChannel } from '../notification-channel.enum';
import { NotificationDraft } from '../recipients/notification-draft';
import { RecipientQueries } from '../recipients/recipient.queries';
import { renderText } from '../texts/notification-texts';
import { channelsToDeliver } from './channels-to-deliver';
import { InAppPush } from './in-app-push.service';

export const deliveryJobId = (notificationId: string, channel: NotificationChannel) => `notify-${notificationId}-${channel}`;

/**
 * Stores one notification per recipient user and one delivery row per channel, pushes the fresh
 * in-app ones live after the commit, then queues one job per delivery still pending (e-mail,
 * webhook, and any in-app push that failed). Idempotent on the event id: a second run finds the
 * rows of the first (unique on event and user), adds none, and queues the same fixed job ids,
 * which BullMQ ignores while the first jobs are kept; a delivery already SENT is never sent again.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: RecipientQueries,
    private readonly producer: JobProducer,
    private readonly inApp: InAppPush,
    private readonly config: AppConfig,
  ) {}

  async write(draft: NotificationDraft | null, meta: Pick<DomainEventMeta, 'eventId'>): Promise<void> {
    if (!draft) return;
    const recipients = await this.queries.usersOf(draft.organizationIds);
    if (recipients.length === 0) return;
    const link = new URL(draft.path, this.config.PUBLIC_URL).toString();
    const { fresh, pending } = await this.dataSource.transaction(async (manager) => {
      const userIds = recipients.map((r) => r.userId);
      const preferences = new Map(
        (await manager.find(NotificationPreferenceEntity, { where: { userId: In(userIds) } })).map((p) => [p.userId, p]),
      );
      const rows = recipients.map((recipient) => {
        const locale = localeOr(preferences.get(recipient.userId)?.locale ?? recipient.locale);
        const text = renderText(draft.type, draft.facts as never, locale);
        return { userId: recipient.userId, eventId: meta.eventId, type: draft.type, locale, title: text.title, body: text.body, link, data: draft.data };
      });
      const inserted = await manager.createQueryBuilder().insert().into(NotificationEntity).values(rows)
        .orIgnore().returning('id, user_id AS "userId", created_at AS "createdAt"').execute();
      const byUser = new Map(rows.map((row) => [row.userId, row]));
      const fresh = (inserted.raw as { id: string; userId: string; createdAt: Date }[])
        .map(({ id, userId, createdAt }) => toDeliveryMessage({ ...byUser.get(userId)!, id, createdAt }));
      const deliveries = fresh.flatMap(({ id, userId }) =>
        channelsToDeliver(preferences.get(userId), Boolean(this.config.SMTP_URL)).map((channel) => ({ notificationId: id, channel })),
      );
      if (deliveries.length > 0) {
        await manager.createQueryBuilder().insert().into(NotificationDeliveryEntity).values(deliveries).orIgnore().execute();
      }
      // Every notification is new: its deliveries are the ones just written, all pending.
      if (fresh.length === rows.length) return { fresh, pending: deliveries };
      // Pending deliveries of this event, new or left by an earlier run whose queueing failed.
      const pending = await manager
        .createQueryBuilder(NotificationDeliveryEntity, 'd')
        .innerJoin(NotificationEntity, 'n', 'n.id = d.notification_id')
        .where('n.event_id = :eventId AND n.type = :type', { eventId: meta.eventId, type: draft.type })
        .andWhere('d.status = :pending', { pending: DeliveryStatus.PENDING })
        .getMany();
      return { fresh, pending: pending.map(({ notificationId, channel }) => ({ notificationId, channel })) };
    });
    // Fresh in-app notifications go out now; what an earlier run left, and what could not be pushed, gets a job.
    const freshById = new Map(fresh.map((m) => [m.id, m]));
    const isInApp = (d: { channel: NotificationChannel }) => d.channel === NotificationChannel.IN_APP;
    const pushed = new Set(await this.inApp.push(pending.filter(isInApp).flatMap((d) => freshById.get(d.notificationId) ?? [])));
    const queued = pending.filter((d) => !(isInApp(d) && pushed.has(d.notificationId)));
    if (queued.length === 0) return;
    await this.producer.addBulk(
      queued.map(
        (d): TypedJob<JobName.DeliverNotification> => ({
          name: JobName.DeliverNotification,
          payload: { notificationId: d.notificationId, channel: d.channel },
          jobId: deliveryJobId(d.notificationId, d.channel),
          attempts: this.config.NOTIFICATION_DELIVERY_ATTEMPTS,
          backoffDelayMs: this.config.NOTIFICATION_RETRY_DELAY_MS,
        }),
      ),
    );
  }
}
