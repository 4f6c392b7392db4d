const EMPTY = -1;

/**
 * Non-negative int keys to int values, 0 meaning absent, in two typed arrays (open addressing,
 * linear probing): a million entries cost 16 MB, no objects, and a lookup a probe or two, where a
 * Map of numbers costs a hash-table entry object per key and several times the time.
 * Entries set back to 0 keep their slot (never reused).
 */
export class IntMap {
  private keys = new Int32Array(1024).fill(EMPTY);
  private values = new Int32Array(1024);
  private used = 0;

  get(key: number): number {
    const slot = this.find(key);
    return this.keys[slot] === EMPTY ? 0 : this.values[slot];
  }

  set(key: number, value: number): void {
    let slot = this.find(key);
    if (this.keys[slot] === EMPTY) {
      if (value === 0) return;
      if ((this.used + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.find(key);
      }
      this.keys[slot] = key;
      this.used++;
    }
    this.values[slot] = value;
  }

  byteLength(): number {
    return this.keys.byteLength + this.values.byteLength;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private find(key: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.keys[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.values = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      const slot = this.find(keys[i]);
      this.keys[slot] = keys[i];
      this.values[slot] = values[i];
    }
  }
}
