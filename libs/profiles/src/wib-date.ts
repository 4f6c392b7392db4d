const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The last day asked for and the instants it spans: every profile of a page asks for the same day. */
let known = { from: 0, until: 0, day: '' };

/**
 * Today's calendar date in Western Indonesia Time (UTC+7, no daylight saving), as YYYY-MM-DD.
 * A certificate "valid until 2026-03-31" is valid through that day in Tegal, whatever the
 * server's time zone.
 */
export function todayInWib(now: Date = new Date()): string {
  const ms = now.getTime();
  if (ms >= known.from && ms < known.until) return known.day;
  const from = Math.floor((ms + WIB_OFFSET_MS) / DAY_MS) * DAY_MS - WIB_OFFSET_MS;
  known = { from, until: from + DAY_MS, day: new Date(from + WIB_OFFSET_MS).toISOString().slice(0, 10) };
  return known.day;
}

/** Expired when its last valid day is before `today`; no expiry date means it never expires. */
export function isExpired(validUntil: string | null, today: string): boolean {
  return validUntil !== null && validUntil < today;
}
