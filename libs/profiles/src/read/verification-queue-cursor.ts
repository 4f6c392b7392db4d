import { decodeCursor, encodeCursor } from '@jalin/graphql-core';
import { InputValidationException } from '@jalin/errors';
import { isUuid } from '../uuid';

/**
 * Position in the queue order (created_at, id). The creation time is kept as PostgreSQL's
 * microsecond text (UTC ISO), because a JavaScript Date would drop the microseconds and repeat rows.
 */
export interface QueueCursor {
  createdAt: string;
  id: string;
}

const MICROSECOND_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeQueueCursor(cursor: QueueCursor): string {
  return encodeCursor([cursor.createdAt, cursor.id]);
}

export function decodeQueueCursor(after: string | null | undefined): QueueCursor | null {
  const key = decodeCursor(after, 2);
  if (key === null) return null;
  const [createdAt, id] = key;
  if (typeof createdAt !== 'string' || !MICROSECOND_ISO.test(createdAt) || Number.isNaN(Date.parse(createdAt)) || !isUuid(id)) {
    throw InputValidationException.of('after', after, 'is not a cursor this list gave out');
  }
  return { createdAt, id };
}
