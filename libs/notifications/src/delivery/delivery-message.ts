import { NotificationEntity } from '../entities/notification.entity';

/** What every channel sends: the stored notification, as JSON. */
export interface DeliveryMessage {
  id: string;
  userId: string;
  type: string;
  locale: string;
  title: string;
  body: string;
  link: string;
  data: Record<string, unknown>;
  createdAt: string;
}

/** The stored fields a message is made of (a loaded notification, or one just inserted). */
export type StoredNotification = Pick<NotificationEntity, 'id' | 'userId' | 'type' | 'locale' | 'title' | 'body' | 'link' | 'data' | 'createdAt'>;

export const toDeliveryMessage = (n: StoredNotification): DeliveryMessage => ({
  id: n.id,
  userId: n.userId,
  type: n.type,
  locale: n.locale,
  title: n.title,
  body: n.body,
  link: n.link,
  data: n.data,
  createdAt: n.createdAt.toISOString(),
});
