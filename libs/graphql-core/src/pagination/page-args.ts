import { isUuid } from '@jalin/database';
import { InputValidationException } from '@jalin/errors';

const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` defaults to 20 and must be 1..100, as the contract says. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw InputValidationException.of('first', first, `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Opaque cursors: base64url of a JSON key tuple (e.g. [sortValue, id]). */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What one position of a cursor's key holds: a `Date.toISOString()`, a row id, or a sort text. */
export type CursorPart = 'timestamp' | 'uuid' | 'text';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** Longest sort text a cursor may carry (organization names are far shorter). */
const MAX_CURSOR_TEXT = 1000;

/**
 * Each part checked as the database will read it, so a forged key answers BAD_USER_INPUT here
 * rather than a cast error (INTERNAL_SERVER_ERROR) from PostgreSQL.
 */
const VALID_PART: Record<CursorPart, (value: unknown) => boolean> = {
  timestamp: (v) => typeof v === 'string' && ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString() === v,
  uuid: isUuid,
  text: (v) => typeof v === 'string' && v.length <= MAX_CURSOR_TEXT && !v.includes('\u0000'),
};

/** The key a cursor of this list carries, or null without a cursor; anything else is BAD_USER_INPUT. */
export function decodeCursor(cursor: string | null | undefined, parts: readonly CursorPart[]): string[] | null {
  if (cursor === null || cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (Array.isArray(key) && key.length === parts.length && parts.every((part, i) => VALID_PART[part](key[i]))) return key as string[];
  throw InputValidationException.of('after', cursor, 'is not a cursor this list gave out');
}

export function toConnection<T>(rows: T[], size: number, totalCount: number, cursorOf: (row: T) => readonly unknown[]) {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    nodes: page,
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}
