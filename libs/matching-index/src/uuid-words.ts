const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A canonical (lower-case) UUID as four 32-bit words. Comparing the words in order compares the
 * strings, so the index breaks score ties exactly as the engine does (profileId ascending).
 */
export function uuidToWords(id: string, into: Uint32Array, at: number): void {
  if (!UUID.test(id)) throw new RangeError(`Not a lower-case UUID: ${id}`);
  const hex = id.replace(/-/g, '');
  for (let i = 0; i < 4; i++) into[at + i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
}

export function wordsToUuid(from: Uint32Array, at: number): string {
  let hex = '';
  for (let i = 0; i < 4; i++) hex += from[at + i].toString(16).padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** <0, 0, >0 like string comparison of the two ids. */
export function compareWords(words: Uint32Array, a: number, b: number): number {
  for (let i = 0; i < 4; i++) {
    const x = words[a * 4 + i];
    const y = words[b * 4 + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
