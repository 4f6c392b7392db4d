import { Module } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { JobsProducerModule } from '@jalin/jobs';
import { EmailSender } from './delivery/email.sender';
import { InAppSender } from './delivery/in-app.sender';
import { WebhookSender } from './delivery/webhook.sender';
import { WebhookUrlPolicy } from './delivery/webhook-url-policy';
import { NotificationPreferencesResolver } from './graphql/notification-preferences.resolver';
import { NotificationResolver } from './graphql/notification.resolver';
import { NotificationLiveFeed } from './live/notification-live-feed.service';
import { NotificationReadService } from './notification-read.service';
import { NotificationQueries } from './notification.queries';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';
import { NotificationPlanner } from './recipients/notification-planner.service';
import { RecipientQueries } from './recipients/recipient.queries';
import { NotificationDeliveryJobs } from './worker/notification-delivery.jobs';
import { NotificationEventsSubscriber } from './worker/notification-events.subscriber';
import { NotificationWriter } from './worker/notification-writer.service';
import { InAppPush } from './worker/in-app-push.service';
import { QuoteDeadlineReminderJobs } from './worker/quote-deadline-reminder.jobs';

/** API side: the list, read marks, preferences and the live subscription. */
@Module({
  providers: [
    TransactionRunner, WebhookUrlPolicy, NotificationQueries, NotificationReadService, NotificationPreferencesService, NotificationLiveFeed,
    NotificationResolver, NotificationPreferencesResolver,
  ],
  exports: [NotificationLiveFeed],
})
export class NotificationsModule {}

/** Worker side: events become notifications, and each delivery job goes out on its channel. */
@Module({
  imports: [JobsProducerModule],
  providers: [
    RecipientQueries, NotificationPlanner, NotificationWriter, InAppPush, NotificationEventsSubscriber,
    WebhookUrlPolicy, InAppSender, EmailSender, WebhookSender, NotificationDeliveryJobs, QuoteDeadlineReminderJobs,
  ],
})
export class NotificationsWorkerModule {}
