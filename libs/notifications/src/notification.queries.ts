import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Connection, decodeCursor, pageSize, toConnection } from '@jalin/graphql-core';
import { NotificationDeliveryEntity } from './entities/notification-delivery.entity';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationType } from './graphql/notification.type';

/** Read side: a user's own notifications, newest first, keyset pages over (created_at, id). */
@Injectable()
export class NotificationQueries {
  constructor(private readonly dataSource: DataSource) {}

  async ofUser(userId: string, unreadOnly: boolean, first?: number | null, after?: string | null): Promise<Connection<NotificationType>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const base = this.dataSource.manager.createQueryBuilder(NotificationEntity, 'n').where('n.user_id = :userId', { userId });
    if (unreadOnly) base.andWhere('n.read_at IS NULL');
    const page = base.clone();
    if (cursor) page.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    const [rows, totalCount] = await Promise.all([
      page.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').take(size + 1).getMany(),
      base.getCount(),
    ]);
    return toConnection(rows.map(NotificationType.from), size, totalCount, (n) => [n.createdAt.toISOString(), n.id]);
  }

  /** Deliveries of a page of notifications in one statement. */
  async deliveriesOf(notificationIds: readonly string[]): Promise<Map<string, NotificationDeliveryEntity[]>> {
    const rows = await this.dataSource.manager.find(NotificationDeliveryEntity, {
      where: { notificationId: In([...notificationIds]) },
      order: { channel: 'ASC' },
    });
    const byNotification = new Map<string, NotificationDeliveryEntity[]>(notificationIds.map((id) => [id, []]));
    for (const row of rows) byNotification.get(row.notificationId)?.push(row);
    return byNotification;
  }
}
