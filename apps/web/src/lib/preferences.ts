import { session } from './session';

export type Channel = 'EMAIL' | 'IN_APP' | 'WEBHOOK';
export const CHANNELS: readonly Channel[] = ['IN_APP', 'EMAIL', 'WEBHOOK'];

export interface Preferences {
  channels: Channel[];
  email: string | null;
  locale: string;
  webhookUrl: string | null;
  webhookSecret: string | null;
}

const FIELDS = 'channels email locale webhookUrl webhookSecret';
export const PREFERENCES = `{ notificationPreferences { ${FIELDS} } }`;
const UPDATE = `mutation UpdatePreferences($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { ${FIELDS} } }`;

export async function savePreferences(input: { channels: Channel[]; webhookUrl: string | null; locale?: string }): Promise<Preferences> {
  return (await session.call<{ updateNotificationPreferences: Preferences }>(UPDATE, { input })).updateNotificationPreferences;
}

/**
 * The signed-in user's language for notifications: the API keeps it with the preferences, and an
 * update replaces channels and webhook, so the current ones are sent along unchanged.
 */
export async function saveLocale(locale: string): Promise<void> {
  const { notificationPreferences: current } = await session.call<{ notificationPreferences: Preferences }>(PREFERENCES);
  await savePreferences({ channels: current.channels, webhookUrl: current.webhookUrl, locale });
}
