import { decodeCursor, encodeCursor } from '@jalin/graphql-core';

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
  const key = decodeCursor(after, ['text', 'uuid']);
  if (key === null) return null;
  const [sortName, id] = key;
  return { sortName, id };
}
