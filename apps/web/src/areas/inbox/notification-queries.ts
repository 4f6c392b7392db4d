export interface InboxNotification {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string;
  readAt: string | null;
  createdAt: string;
}

const FIELDS = 'id type title body link readAt createdAt';
export const INBOX_PAGE = 30;
export const NOTIFICATIONS = `query Inbox($first: Int) { notifications(first: $first) { totalCount nodes { ${FIELDS} } } unread: notifications(first: 1, unreadOnly: true) { totalCount } }`;
export const UNREAD_COUNT = '{ notifications(first: 1, unreadOnly: true) { totalCount } }';
export const MARK_READ = 'mutation MarkRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
export const NOTIFICATION_RECEIVED = `subscription Live { notificationReceived { ${FIELDS} } }`;

export interface InboxData {
  notifications: { totalCount: number; nodes: InboxNotification[] };
  unread: { totalCount: number };
}

/** The app path of a notification's link (PUBLIC_URL + path): opened inside the app. */
export function appPathOf(link: string): string {
  try {
    const url = new URL(link, window.location.origin);
    return url.pathname + url.search;
  } catch {
    return '/inbox';
  }
}
