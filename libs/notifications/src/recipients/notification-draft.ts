import { NotificationType } from '../notification-type.enum';
import { TextFacts } from '../texts/notification-texts';

/**
 * What one event says, before it is written per user: the kind, the facts of its text, the web
 * path it links to, and the organizations whose users hear of it (only the parties of the thing).
 */
export interface NotificationDraft<T extends NotificationType = NotificationType> {
  type: T;
  facts: TextFacts[T];
  /** Path in the web app, appended to PUBLIC_URL. */
  path: string;
  data: Record<string, string>;
  organizationIds: string[];
}

export interface Recipient {
  userId: string;
  organizationId: string;
  email: string;
  /** The account's locale. */
  locale: string;
}

export const draft = <T extends NotificationType>(d: NotificationDraft<T>): NotificationDraft<T> => d;
