import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowAuthenticated, AuthUser, CurrentUser } from '@jalin/authz';
import { NotificationPreferencesService } from '../preferences/notification-preferences.service';
import { NotificationPreferencesInput } from './notification-preferences.input';
import { NotificationPreferencesType } from './notification-preferences.type';

@Resolver(() => NotificationPreferencesType)
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  /** Any signed-in user: their own preferences (defaults until they set some). */
  @AllowAuthenticated()
  @Query(() => NotificationPreferencesType)
  async notificationPreferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesType> {
    return this.preferences.get(user);
  }

  /** Any signed-in user: their own channels, webhook and locale. */
  @AllowAuthenticated()
  @Mutation(() => NotificationPreferencesType)
  async updateNotificationPreferences(@Args('input') input: NotificationPreferencesInput, @CurrentUser() user: AuthUser): Promise<NotificationPreferencesType> {
    return this.preferences.update(user, input);
  }
}
