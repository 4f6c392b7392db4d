/** The first wait once an e-mail's free failures are spent; each further failure doubles it. */
const FIRST_DELAY_MS = 250;

/**
 * How long a login of an e-mail waits before its password is checked, given the failures of that
 * e-mail in the window (this attempt included): none up to `free`, then 250 ms doubling, capped.
 */
export function loginDelayMs(failures: number, free: number, maxMs: number): number {
  if (failures <= free) return 0;
  return Math.min(maxMs, FIRST_DELAY_MS * 2 ** Math.min(failures - free - 1, 20));
}
