import { NotificationPreferenceEntity } from '../entities/notification-preference.entity';
import { DEFAULT_CHANNELS, NotificationChannel } from '../notification-channel.enum';

/**
 * The channels a notification goes out on for one user: their choice (or the defaults), less
 * e-mail when no SMTP server is configured and webhook when they have no URL. The notification
 * itself is always stored, so `notifications` lists it whatever the channels.
 */
export function channelsToDeliver(preference: Pick<NotificationPreferenceEntity, 'channels' | 'webhookUrl'> | undefined, smtpConfigured: boolean): NotificationChannel[] {
  const chosen = preference?.channels ?? DEFAULT_CHANNELS;
  return Object.values(NotificationChannel).filter((channel) => {
    if (!chosen.includes(channel)) return false;
    if (channel === NotificationChannel.EMAIL) return smtpConfigured;
    if (channel === NotificationChannel.WEBHOOK) return Boolean(preference?.webhookUrl);
    return true;
  });
}
