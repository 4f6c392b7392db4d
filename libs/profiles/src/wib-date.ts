const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today's calendar date in Western Indonesia Time (UTC+7, no daylight saving), as YYYY-MM-DD.
 * A certificate "valid until 2026-03-31" is valid through that day in Tegal, whatever the
 * server's time zone.
 */
export function todayInWib(now: Date = new Date()): string {
  return new Date(now.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** Expired when its last valid day is before `today`; no expiry date means it never expires. */
export function isExpired(validUntil: string | null, today: string): boolean {
  return validUntil !== null && validUntil < today;
}
