import { Client, createClient } from 'graphql-ws';
import { session } from './session';

/** graphql-ws closes with 4401 when the access token expired or was revoked. */
const UNAUTHORIZED = 4401;

let client: Client | null = null;

/**
 * The one graphql-ws connection of the page. The access token goes in connection_init; when
 * the API closes with 4401 the session refreshes silently and the client reconnects with the
 * new token (subscriptions resume by themselves).
 */
function liveClient(): Client {
  client ??= createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => session.user !== null,
    connectionParams: async () => {
      if (!session.token) await session.refresh();
      // The API writes its messages (BAD_USER_INPUT issues) in the page's language.
      return { authorization: `Bearer ${session.token}`, 'accept-language': session.lang };
    },
    on: {
      closed: (event) => {
        if ((event as CloseEvent)?.code === UNAUTHORIZED) void session.refresh().catch(() => undefined);
      },
    },
  });
  return client;
}

/** Subscribes while the caller lives; returns the unsubscribe function. */
export function subscribe<T>(query: string, onData: (data: T) => void, variables: Record<string, unknown> = {}): () => void {
  return liveClient().subscribe<T>({ query, variables }, {
    next: (result) => result.data && onData(result.data as T),
    error: () => undefined,
    complete: () => undefined,
  });
}

/** After sign-out: drop the connection so the next user's token is used. */
export function closeLive(): void {
  void client?.dispose();
  client = null;
}
