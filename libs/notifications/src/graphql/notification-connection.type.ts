import { ConnectionType } from '@jalin/graphql-core';
import { NotificationType } from './notification.type';

export const NotificationConnection = ConnectionType(NotificationType, 'Notification');
