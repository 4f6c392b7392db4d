const WIB_OFFSET_MS = 7 * 3600 * 1000;

/** The calendar date in WIB (UTC+7) of an instant, as 'YYYY-MM-DD'. */
export function wibDate(instant: Date): string {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole days since 1970-01-01 of a 'YYYY-MM-DD' date (the matching engine's day unit). */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}
