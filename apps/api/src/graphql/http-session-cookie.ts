import type { IncomingMessage, ServerResponse } from 'node:http';
import { SessionCookie } from '@jalin/authz';

/** The header a client sends to get cookie sessions (the web app does, on every request). */
export const SESSION_MODE_HEADER = 'x-jalin-session';
export const SESSION_MODE_COOKIE = 'cookie';
export const REFRESH_COOKIE = 'jalin_refresh';
/** Only GraphQL requests carry it: refreshSession, logout and the mutations that set it. */
const COOKIE_PATH = '/graphql';

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(value.join('=')) || null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * The refresh-token cookie over node's request and response: httpOnly (never readable by page
 * scripts), Secure, SameSite=Strict (never sent from another site's page), Path=/graphql, kept as
 * long as a refresh token lives.
 */
export function httpSessionCookie(req: IncomingMessage, res: ServerResponse, maxAgeSeconds: number): SessionCookie {
  const attributes = `Path=${COOKIE_PATH}; HttpOnly; Secure; SameSite=Strict`;
  const append = (cookie: string) => {
    const existing = res.getHeader('set-cookie');
    const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
    res.setHeader('set-cookie', [...list.filter((c) => !c.startsWith(`${REFRESH_COOKIE}=`)), cookie]);
  };
  return {
    requested: req.headers[SESSION_MODE_HEADER] === SESSION_MODE_COOKIE,
    refreshToken: cookieValue(req.headers.cookie, REFRESH_COOKIE),
    set: (refreshToken) => append(`${REFRESH_COOKIE}=${encodeURIComponent(refreshToken)}; ${attributes}; Max-Age=${maxAgeSeconds}`),
    clear: () => append(`${REFRESH_COOKIE}=; ${attributes}; Max-Age=0`),
  };
}
