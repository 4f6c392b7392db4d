import { useEffect, useState } from 'preact/hooks';
import { closeLive, subscribe } from '../../lib/live';
import { session, useSession } from '../../lib/session';
import { loadList, saveList } from '../../lib/offline-cache';
import { InboxData, InboxNotification, NOTIFICATION_RECEIVED, UNREAD_COUNT } from './notification-queries';
import { setUnreadCount, setUnreadCountAsOf, unreadGeneration } from './unread';

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
    let live = true;
    // The server's count, not a local +1: an arrival the inbox's own load already counted (or one
    // delivered twice) must not count twice on the badge.
    const recount = () => {
      const askedAt = unreadGeneration();
      return session.call<{ notifications: { totalCount: number } }>(UNREAD_COUNT).then(
        (data) => live && setUnreadCountAsOf(askedAt, data.notifications.totalCount),
        () => undefined,
      );
    };
    void recount();
    const stop = subscribe<{ notificationReceived: InboxNotification }>(NOTIFICATION_RECEIVED, ({ notificationReceived }) => {
      arrived = [notificationReceived, ...arrived.filter((n) => n.id !== notificationReceived.id)];
      listeners.forEach((listener) => listener(arrived));
      void recount();
      keepOffline(userId, notificationReceived);
    });
    return () => {
      live = false;
      stop();
      closeLive();
      clearArrived();
      setUnreadCount(0);
    };
  }, [userId]);
}

/** A live arrival joins the inbox copy kept for offline starts, so it is there without a reload. */
function keepOffline(userId: string, notification: InboxNotification): void {
  const saved = loadList<InboxData>('inbox', userId);
  if (!saved) return;
  const nodes = [notification, ...saved.data.notifications.nodes.filter((n) => n.id !== notification.id)];
  saveList<InboxData>('inbox', userId, { ...saved.data, notifications: { ...saved.data.notifications, nodes } });
}
