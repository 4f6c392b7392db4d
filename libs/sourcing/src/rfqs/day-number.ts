/** Whole days since 1970-01-01 of a 'YYYY-MM-DD' date (the matching engine's day unit). */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}
