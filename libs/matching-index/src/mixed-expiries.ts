/** Certificate expiry slots per entry (the index's certification column is 8 bits). */
const PER_ENTRY = 8;

/**
 * Per-certificate expiry days of the profiles whose certificates expire on different days (a few
 * percent): slot numbers kept sorted in one typed array, their days in another. A load appends in
 * slot order, so it stays sorted for free; later changes insert or remove in place.
 */
export class MixedExpiries {
  private slots = new Int32Array(64);
  private days = new Uint16Array(64 * PER_ENTRY);
  private count = 0;

  get size(): number {
    return this.count;
  }

  byteLength(): number {
    return this.slots.byteLength + this.days.byteLength;
  }

  /** Expiry day of the certificate bit, or undefined when the slot is not mixed. */
  day(slot: number, bit: number): number | undefined {
    const at = this.find(slot);
    return at < 0 ? undefined : this.days[at * PER_ENTRY + bit];
  }

  /** Every required certificate bit valid on `day`. */
  validOn(slot: number, required: number, day: number): boolean {
    const at = this.find(slot);
    if (at < 0) return false;
    for (let bit = 0; bit < PER_ENTRY; bit++) {
      if ((required >>> bit) & 1 && this.days[at * PER_ENTRY + bit] < day) return false;
    }
    return true;
  }

  set(slot: number, perBit: ArrayLike<number>): void {
    let at = this.find(slot);
    if (at < 0) {
      at = -at - 1;
      this.reserve(this.count + 1);
      this.slots.copyWithin(at + 1, at, this.count);
      this.days.copyWithin((at + 1) * PER_ENTRY, at * PER_ENTRY, this.count * PER_ENTRY);
      this.slots[at] = slot;
      this.count += 1;
    }
    for (let bit = 0; bit < PER_ENTRY; bit++) this.days[at * PER_ENTRY + bit] = bit < perBit.length ? perBit[bit] : 0;
  }

  delete(slot: number): void {
    const at = this.find(slot);
    if (at < 0) return;
    this.slots.copyWithin(at, at + 1, this.count);
    this.days.copyWithin(at * PER_ENTRY, (at + 1) * PER_ENTRY, this.count * PER_ENTRY);
    this.count -= 1;
  }

  /** Index of the slot, or -(insertion point) - 1. */
  private find(slot: number): number {
    let low = 0;
    let high = this.count - 1;
    if (high >= 0 && this.slots[high] < slot) return -this.count - 1; // appending in order
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const held = this.slots[mid];
      if (held === slot) return mid;
      if (held < slot) low = mid + 1;
      else high = mid - 1;
    }
    return -low - 1;
  }

  private reserve(entries: number): void {
    if (entries <= this.slots.length) return;
    const capacity = Math.ceil(entries * 1.5);
    const slots = new Int32Array(capacity);
    slots.set(this.slots.subarray(0, this.count));
    const days = new Uint16Array(capacity * PER_ENTRY);
    days.set(this.days.subarray(0, this.count * PER_ENTRY));
    this.slots = slots;
    this.days = days;
  }
}
