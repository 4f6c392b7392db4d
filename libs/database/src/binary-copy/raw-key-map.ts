import { BinaryCopyRow } from './binary-copy-row';

const EMPTY = -1;

/**
 * Values by the raw bytes of some fields of a binary COPY row, found without decoding the fields
 * or making a string: a hash of the bytes picks a slot (open addressing, linear probing), and the
 * stored bytes are compared to confirm. A bulk load resolves a million rows to a few thousand
 * keys at the cost of hashing a few dozen bytes a row.
 */
export class RawKeyMap<T> {
  private slots = new Int32Array(1024).fill(EMPTY);
  private hashes: Int32Array = new Int32Array(256);
  private keyStarts: Int32Array = new Int32Array(256);
  private keyEnds: Int32Array = new Int32Array(256);
  private arena = new Uint8Array(16_384);
  private arenaUsed = 0;
  private readonly values: T[] = [];

  get size(): number {
    return this.values.length;
  }

  /** The value of fields from..to (inclusive) of `row`, made by `make` the first time those bytes are seen. */
  resolve(row: BinaryCopyRow, from: number, to: number, make: (row: BinaryCopyRow) => T): T {
    const bytes = row.bytes;
    const start = row.offset(from) - 4;
    const end = row.offset(to) + Math.max(row.length(to), 0);
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === EMPTY) break;
      if (this.hashes[entry] === hash && this.sameBytes(entry, bytes, start, end)) return this.values[entry];
    }
    const value = make(row); // may throw: nothing is stored then
    this.store(hash, bytes, start, end, value);
    return value;
  }

  private sameBytes(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const at = this.keyStarts[entry];
    if (this.keyEnds[entry] - at !== end - start) return false;
    for (let i = 0; i < end - start; i++) if (this.arena[at + i] !== bytes[start + i]) return false;
    return true;
  }

  private store(hash: number, bytes: Uint8Array, start: number, end: number, value: T): void {
    const entry = this.values.length;
    if (entry === this.hashes.length) {
      this.hashes = grown(this.hashes, entry * 2);
      this.keyStarts = grown(this.keyStarts, entry * 2);
      this.keyEnds = grown(this.keyEnds, entry * 2);
    }
    while (this.arenaUsed + end - start > this.arena.length) {
      const arena = new Uint8Array(this.arena.length * 2);
      arena.set(this.arena);
      this.arena = arena;
    }
    this.arena.set(bytes.subarray(start, end), this.arenaUsed);
    this.hashes[entry] = hash;
    this.keyStarts[entry] = this.arenaUsed;
    this.keyEnds[entry] = this.arenaUsed + end - start;
    this.arenaUsed += end - start;
    this.values.push(value);
    if (this.values.length * 2 > this.slots.length) this.rehash();
    else this.place(entry);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry] & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    for (let entry = 0; entry < this.values.length; entry++) this.place(entry);
  }
}

function grown(old: Int32Array, length: number): Int32Array {
  const next = new Int32Array(length);
  next.set(old);
  return next;
}
