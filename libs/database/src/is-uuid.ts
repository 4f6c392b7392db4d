const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive as free strings; anything not a UUID cannot name a row, so it is NOT_FOUND, not a SQL error. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
