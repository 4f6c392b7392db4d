import { InputValidationException } from '@jalin/errors';
import { decodeCursor, encodeCursor } from './page-args';

/**
 * A keyset position in an order by (created_at, id). The time is kept as PostgreSQL's microsecond
 * text (UTC ISO), because a JavaScript Date would drop the microseconds and repeat rows.
 */
export interface CreatedAtCursor {
  createdAt: string;
  id: string;
}

const MICROSECOND_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The SQL select of the cursor's time for a table alias: to be read back as `created_key`. */
export const createdAtKeySql = (alias: string): string => `to_char(${alias}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export function encodeCreatedAtCursor(cursor: CreatedAtCursor): string {
  return encodeCursor([cursor.createdAt, cursor.id]);
}

export function decodeCreatedAtCursor(after: string | null | undefined): CreatedAtCursor | null {
  const key = decodeCursor(after, ['text', 'uuid']);
  if (key === null) return null;
  const [createdAt, id] = key;
  if (typeof createdAt !== 'string' || !MICROSECOND_ISO.test(createdAt) || Number.isNaN(Date.parse(createdAt)) || typeof id !== 'string' || !UUID.test(id)) {
    throw InputValidationException.of('after', after, 'is not a cursor this list gave out');
  }
  return { createdAt, id };
}
