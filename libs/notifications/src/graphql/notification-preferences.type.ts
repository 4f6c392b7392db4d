import { Field, ObjectType } from '@nestjs/graphql';
import { NotificationChannel } from './notification-channel.enum.graphql';

@ObjectType('NotificationPreferences')
export class NotificationPreferencesType {
  @Field(() => [NotificationChannel])
  channels: NotificationChannel[];

  @Field(() => String, { nullable: true, description: 'Where EMAIL notifications go: the account e-mail' })
  email: string | null;

  @Field(() => String, { nullable: true })
  webhookUrl: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Key of the webhook signature: X-Jalin-Signature = "sha256=" + hex HMAC-SHA256 of "<X-Jalin-Timestamp>.<body>"',
  })
  webhookSecret: string | null;

  @Field({ description: 'Locale of the texts: "id" (Bahasa Indonesia) or "en"' })
  locale: string;
}
