import { Args, ID, Int, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { AllowAuthenticated, AuthUser, CurrentUser, RequestContext } from '@jalin/authz';
import { Connection } from '@jalin/graphql-core';
import { DeliveryMessage } from '../delivery/delivery-message';
import { NotificationLiveFeed } from '../live/notification-live-feed.service';
import { NotificationReadService } from '../notification-read.service';
import { NotificationQueries } from '../notification.queries';
import { NotificationConnection } from './notification-connection.type';
import { deliveriesLoader } from './notification.loaders';
import { NotificationDeliveryType, NotificationType } from './notification.type';

@Resolver(() => NotificationType)
export class NotificationResolver {
  constructor(
    private readonly queries: NotificationQueries,
    private readonly reads: NotificationReadService,
    private readonly feed: NotificationLiveFeed,
  ) {}

  /** Any signed-in user: their own notifications only, newest first. */
  @AllowAuthenticated()
  @Query(() => NotificationConnection, { description: "The caller's own notifications, newest first" })
  async notifications(
    @CurrentUser() user: AuthUser,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<NotificationType>> {
    return this.queries.ofUser(user.userId, unreadOnly ?? false, first, after);
  }

  /** Any signed-in user: marks their own notifications read; others' ids are ignored. */
  @AllowAuthenticated()
  @Mutation(() => Int, { description: "How many of the caller's own unread notifications were marked read; ids of others' are ignored" })
  async markNotificationsRead(@CurrentUser() user: AuthUser, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.reads.markRead(user.userId, ids);
  }

  /** Any signed-in user, authenticated at connection_init: their own notifications as they arrive. */
  @AllowAuthenticated()
  @Subscription(() => NotificationType, {
    description: "The caller's own notifications, live",
    resolve: (message: DeliveryMessage) => NotificationType.fromMessage(message),
  })
  notificationReceived(@CurrentUser() user: AuthUser): AsyncIterableIterator<DeliveryMessage> {
    return this.feed.listen(user.userId);
  }

  /**
   * How each channel went. No access decorator: field resolvers run no guard. Only the owner
   * reaches a notification (notifications and notificationReceived are the caller's own).
   */
  @ResolveField(() => [NotificationDeliveryType], { description: 'One per channel it went out on; failed ones keep their last error' })
  async deliveries(notification: NotificationType, _args: unknown, ctx: RequestContext): Promise<NotificationDeliveryType[]> {
    return (await deliveriesLoader(ctx, this.queries).load(notification.id)).map(NotificationDeliveryType.from);
  }
}
