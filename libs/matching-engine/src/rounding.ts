const SCALE = 1_000_000;

/** Math.round(x × 1e6) / 1e6: monotone, so it never breaks the engine's ordering properties. */
export function roundTo6(x: number): number {
  return Math.round(x * SCALE) / SCALE;
}

export function clampUnit(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
