/**
 * Exact rupiah arithmetic on the API's Idr strings ("12000" or "12000.50"): cents as BigInt, so a
 * split award's lines and total are what the API will charge, never a float's rounding.
 */
export function toCents(idr: string): bigint {
  const [whole, fraction = ''] = idr.trim().split('.');
  return BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
}

/** The Idr string of a number of cents ("7200000" or "7200000.50"). */
export function fromCents(cents: bigint): string {
  const whole = cents / 100n;
  const rest = cents % 100n;
  return rest === 0n ? whole.toString() : `${whole}.${rest.toString().padStart(2, '0')}`;
}

/** unitPrice × quantity, exactly. */
export function lineValue(unitPrice: string, quantity: number): string {
  return fromCents(toCents(unitPrice) * BigInt(quantity));
}

export function sumValues(values: readonly string[]): string {
  return fromCents(values.reduce((total, value) => total + toCents(value), 0n));
}
