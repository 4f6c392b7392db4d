import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** What one user's graphql-ws subscription to notificationReceived heard, by notification id. */
export interface LiveListener {
  heard: Map<string, number>;
  close(): Promise<void>;
}

/** Subscribes a signed-in user to their live notifications on `apiUrl` (one replica, not retrying). */
export async function listenToNotifications(apiUrl: string, token: string): Promise<LiveListener> {
  const heard = new Map<string, number>();
  let acknowledged: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (acknowledged = resolve));
  const client = createClient({
    url: apiUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: { authorization: `Bearer ${token}` },
    on: { connected: () => acknowledged() },
    onNonLazyError: () => undefined,
  });
  client.subscribe<{ notificationReceived: { id: string } }>(
    { query: 'subscription { notificationReceived { id } }' },
    {
      next: ({ data }) => {
        const id = data?.notificationReceived.id;
        if (id) heard.set(id, (heard.get(id) ?? 0) + 1);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  await connected;
  return { heard, close: () => client.dispose() as Promise<void> };
}
