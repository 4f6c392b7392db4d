import { decodeCursor, encodeCursor } from '@jalin/graphql-core';
import { InputValidationException } from '@jalin/errors';
import { isUuid } from '../uuid';

/**
 * Position in the list order (lower(organization name), id). The order uses nothing a profile
 * change touches, so rows updated while a client pages neither move back (a repeat) nor forward
 * past the cursor (a skip).
 */
export interface ProfileCursor {
  sortName: string;
  id: string;
}

export function encodeProfileCursor(cursor: ProfileCursor): string {
  return encodeCursor([cursor.sortName, cursor.id]);
}

export function decodeProfileCursor(after: string | null | undefined): ProfileCursor | null {
  const key = decodeCursor(after, 2);
  if (key === null) return null;
  const [sortName, id] = key;
  if (typeof sortName !== 'string' || !isUuid(id)) {
    throw InputValidationException.of('after', after, 'is not a cursor this list gave out');
  }
  return { sortName, id };
}
