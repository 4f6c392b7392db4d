import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, JsonScalar } from '@jalin/graphql-core';
import { DeliveryMessage } from '../delivery/delivery-message';
import { NotificationDeliveryEntity } from '../entities/notification-delivery.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { DeliveryStatus, NotificationChannel } from './notification-channel.enum.graphql';

@ObjectType('NotificationDelivery', { description: 'How a notification went out on one channel' })
export class NotificationDeliveryType {
  @Field(() => NotificationChannel)
  channel: NotificationChannel;

  @Field(() => DeliveryStatus)
  status: DeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Error of the last failed attempt' })
  lastError: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  deliveredAt: Date | null;

  static from(row: NotificationDeliveryEntity): NotificationDeliveryType {
    return Object.assign(new NotificationDeliveryType(), {
      channel: row.channel, status: row.status, attempts: row.attempts, lastError: row.lastError, deliveredAt: row.deliveredAt,
    });
  }
}

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'RFQ_MATCHED, QUOTE_DEADLINE_SOON, QUOTE_RECEIVED, RFQ_AWARDED, RFQ_NOT_AWARDED, DEAL_STATUS_CHANGED, PROFILE_VERIFIED, RFQ_CANCELLED, MATCHING_FAILED' })
  type: string;

  @Field({ description: 'In the recipient locale (Bahasa Indonesia by default)' })
  title: string;

  @Field()
  body: string;

  @Field({ description: 'Link to the RFQ, deal or profile it is about' })
  link: string;

  @Field(() => JsonScalar, { nullable: true, description: 'Ids of the things it is about (rfqId, dealId, quoteId, ...)' })
  data: Record<string, unknown> | null;

  @Field(() => DateTimeScalar, { nullable: true })
  readAt: Date | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  static from(row: NotificationEntity): NotificationType {
    return Object.assign(new NotificationType(), {
      id: row.id, type: row.type, title: row.title, body: row.body, link: row.link, data: row.data, readAt: row.readAt, createdAt: row.createdAt,
    });
  }

  /** A live notification as published by the worker (JSON, so dates are strings). */
  static fromMessage(message: DeliveryMessage): NotificationType {
    return Object.assign(new NotificationType(), {
      id: message.id, type: message.type, title: message.title, body: message.body, link: message.link, data: message.data,
      readAt: null, createdAt: new Date(message.createdAt),
    });
  }
}
