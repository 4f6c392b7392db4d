import { useEffect, useState } from 'preact/hooks';
import { closeLive, subscribe } from '../../lib/live';
import { session, useSession } from '../../lib/session';
import { loadList, saveList } from '../../lib/offline-cache';
import { InboxData, InboxNotification, NOTIFICATION_RECEIVED, UNREAD_COUNT } from './notification-queries';
import { askUnreadCount, setUnreadCount } from './unread-count';

/** Notifications that arrived live since the inbox last loaded, newest first. */
let arrived: InboxNotification[] = [];
const listeners = new Set<(list: InboxNotification[]) => void>();

export function takeArrived(): InboxNotification[] {
  return arrived;
}

export function clearArrived(): void {
  arrived = [];
  listeners.forEach((listener) => listener(arrived));
}

export function useArrived(): InboxNotification[] {
  const [list, setList] = useState(arrived);
  useEffect(() => {
    listeners.add(setList);
    return () => void listeners.delete(setList);
  }, []);
  return list;
}

/**
 * For the signed-in user, on every screen: the unread count (header badge, nav) and the live
 * arrival of notifications over graphql-ws (`notificationReceived`).
 */
export function useLiveInbox(): void {
  const state = useSession();
  const userId = state.status === 'signed-in' && !state.offline ? state.user.id : null;
  useEffect(() => {
    if (!userId) return;
    void recountUnread();
    const stop = subscribe<{ notificationReceived: InboxNotification }>(NOTIFICATION_RECEIVED, ({ notificationReceived }) => {
      arrived = [notificationReceived, ...arrived.filter((n) => n.id !== notificationReceived.id)];
      listeners.forEach((listener) => listener(arrived));
      void recountUnread();
      keepOffline(userId, notificationReceived);
    });
    return () => {
      stop();
      closeLive();
      clearArrived();
      setUnreadCount(0);
    };
  }, [userId]);
}

/**
 * The server's count, not a local +1: an arrival the inbox's own load already counted (or one
 * delivered twice) must not count twice on the badge.
 */
export function recountUnread(): Promise<void> {
  return askUnreadCount(() => session.call<{ notifications: { totalCount: number } }>(UNREAD_COUNT).then((data) => data.notifications.totalCount));
}

/** A live arrival joins the inbox copy kept for offline starts, so it is there without a reload. */
function keepOffline(userId: string, notification: InboxNotification): void {
  const saved = loadList<InboxData>('inbox', userId);
  if (!saved) return;
  const nodes = [notification, ...saved.data.notifications.nodes.filter((n) => n.id !== notification.id)];
  saveList<InboxData>('inbox', userId, { ...saved.data, notifications: { ...saved.data.notifications, nodes } });
}
