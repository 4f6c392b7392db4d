import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LOCALES } from '../locale';
import { NotificationChannel } from './notification-channel.enum.graphql';

@InputType('NotificationPreferencesInput')
export class NotificationPreferencesInput {
  @Field(() => [NotificationChannel], { description: 'The channels wanted; an empty list keeps notifications in the app list only' })
  @ArrayMaxSize(3)
  @IsEnum(NotificationChannel, { each: true, message: 'must be IN_APP, EMAIL or WEBHOOK' })
  channels: NotificationChannel[];

  @Field(() => String, { nullable: true, description: 'https URL, required with the WEBHOOK channel; null removes it' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  webhookUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Locale "id" or "en"; unset keeps the current one' })
  @IsOptional()
  @IsIn(LOCALES, { message: 'must be "id" or "en"' })
  locale?: string | null;
}
