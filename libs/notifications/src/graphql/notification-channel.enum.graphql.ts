import { registerEnumType } from '@nestjs/graphql';
import { DeliveryStatus, NotificationChannel } from '../notification-channel.enum';

registerEnumType(NotificationChannel, { name: 'NotificationChannel' });
registerEnumType(DeliveryStatus, { name: 'NotificationDeliveryStatus', description: 'PENDING while queued or retried; FAILED once every attempt failed' });

export { DeliveryStatus, NotificationChannel };
