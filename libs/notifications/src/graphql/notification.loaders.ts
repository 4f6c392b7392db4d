import DataLoader from 'dataloader';
import { RequestContext } from '@jalin/authz';
import { requestLoader } from '@jalin/graphql-core';
import { NotificationDeliveryEntity } from '../entities/notification-delivery.entity';
import { NotificationQueries } from '../notification.queries';

/** Deliveries of a page of notifications in one statement. */
export const deliveriesLoader = (ctx: RequestContext, queries: NotificationQueries) =>
  requestLoader(ctx, 'notifications.deliveries', () =>
    new DataLoader<string, NotificationDeliveryEntity[]>(async (ids) => {
      const byNotification = await queries.deliveriesOf(ids);
      return ids.map((id) => byNotification.get(id) ?? []);
    }),
  );
