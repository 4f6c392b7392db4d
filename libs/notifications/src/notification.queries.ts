import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { plainCount, plainRows } from '@jalin/database';
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
    const manager = this.dataSource.manager;
    const filter = { where: `t.user_id = $1${unreadOnly ? ' AND t.read_at IS NULL' : ''}`, params: [userId] };
    const keyset = cursor ? ' AND (t.created_at, t.id) < ($2::timestamptz, $3::uuid)' : '';
    const [rows, totalCount] = await Promise.all([
      plainRows(manager, NotificationEntity, { where: filter.where + keyset, params: [...filter.params, ...(cursor ?? [])], orderBy: 't.created_at DESC, t.id DESC', limit: size + 1 }),
      plainCount(manager, NotificationEntity, filter),
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
