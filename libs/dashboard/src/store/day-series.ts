/**
 * Rupiah are held in two float columns, hi and lo, a value being hi × 2^24 + lo with 0 <= lo < 2^24,
 * so prefix sums stay exact integers (below 2^53 each) far beyond 2^53 rupiah:
 * - hi: a group's total / 2^24 must stay below 2^53, so a group holds up to 2^77 ≈ 1.5 × 10^23
 *   rupiah, 151 million deals at the Rp 10^15 bound of one amount (Indonesia's whole GDP, about
 *   Rp 2.2 × 10^16 a year, for millions of years);
 * - lo: below 2^24 per day and group, so below 2^24 × 2^15 days (90 years) × 2^13 kecamatan (the
 *   widest projection adds up every kecamatan of a buyer) = 2^52.
 * A write past that refuses (RangeError, before anything changes) rather than round. Two columns
 * keep the hot loops on one Float64Array; a BigInt64Array would overflow at 2^63 (9,223 deals at
 * the bound) and cost a BigInt per read.
 */
const LO_BITS = 24;
const LO = 2 ** LO_BITS;
const LO_BIG = BigInt(LO);
const LO_MASK = LO_BIG - 1n;

/** [hi, lo] of a rupiah amount (>= 0) as the store holds it; throws when it cannot be held. */
export function rupiahColumns(value: bigint): [number, number] {
  if (value < 0n) throw new RangeError(`DaySeries: a rupiah figure must not be negative; got ${value}`);
  const hi = Number(value >> BigInt(LO_BITS));
  if (!Number.isSafeInteger(hi)) throw new RangeError(`DaySeries: ${value} rupiah cannot be held exactly`);
  return [hi, Number(value & LO_MASK)];
}

/**
 * Writes [hi, lo] of a rupiah amount (>= 0) into `into` at `at`; throws when it cannot be held. A
 * safe integer is split without a BigInt (the bulk load's common case).
 */
export function putRupiah(value: number | bigint, into: { [index: number]: number }, at: number): void {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
    const hi = Math.floor(value / LO);
    into[at] = hi;
    into[at + 1] = value - hi * LO;
    return;
  }
  if (typeof value === 'number' && !Number.isInteger(value)) throw new RangeError(`DaySeries: ${value} is not whole rupiah`);
  const [hi, lo] = rupiahColumns(BigInt(value));
  into[at] = hi;
  into[at + 1] = lo;
}

/**
 * The facts of one group (say, one buyer in one sector) by day: days kept sorted, each measure
 * held as prefix sums, so the sum over any day range is two binary searches and a subtraction,
 * whatever the number of days.
 *
 * Everything sits in one Float64Array, a row per prefix position p (0..length): row p holds the
 * day of element p - 1 and the sums of elements 0..p - 1, columns: counts, then hi and lo of each
 * money measure (see above). One buffer per group keeps the garbage collector's work small when a
 * replica holds tens of thousands of groups.
 *
 * Writes almost always land on the newest day (an append); a back-dated fact shifts the rows
 * after it, which costs the length of this one series.
 */
export class DaySeries {
  private data: Float64Array;
  private size = 0;
  private readonly stride: number;
  /** Count columns, then two per money measure: the length of a delta. */
  readonly columns: number;

  constructor(private readonly countMeasures: number, private readonly moneyMeasures: number, capacity = 4) {
    this.columns = countMeasures + 2 * moneyMeasures;
    this.stride = 1 + this.columns;
    this.data = new Float64Array((capacity + 1) * this.stride);
  }

  get length(): number {
    return this.size;
  }

  get firstDay(): number | undefined {
    return this.size > 0 ? this.dayAt(0) : undefined;
  }

  get lastDay(): number | undefined {
    return this.size > 0 ? this.dayAt(this.size - 1) : undefined;
  }

  /** Index of the first stored day >= day. */
  lowerBound(day: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.dayAt(mid) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** [start, end) of the stored days within [from, to] (inclusive); null bounds are open. */
  range(from: number | null, to: number | null): [number, number] {
    const start = from === null ? 0 : this.lowerBound(from);
    const end = to === null ? this.size : this.lowerBound(to + 1);
    return [start, Math.max(start, end)];
  }

  count(measure: number, start: number, end: number): number {
    return this.diff(1 + measure, start, end);
  }

  amount(measure: number, start: number, end: number): bigint {
    const column = 1 + this.countMeasures + 2 * measure;
    const hi = this.diff(column, start, end);
    const lo = this.diff(column + 1, start, end);
    // hi × 2^24 is exact (a power of two); the float sum is exact whenever the true one is safe.
    const value = hi * LO + lo;
    return Number.isSafeInteger(value) ? BigInt(value) : BigInt(hi) * LO_BIG + BigInt(lo);
  }

  /**
   * Replaces the figures of one day with these absolute values and writes what changed, column by
   * column, into `delta` (for a projection's `add`); false when nothing changed. Throws, changing
   * nothing, when a figure cannot be held exactly.
   */
  set(day: number, counts: ArrayLike<number>, money: ArrayLike<bigint>, delta: number[]): boolean {
    const columns = Array.from(counts);
    for (let m = 0; m < this.moneyMeasures; m++) putRupiah(money[m], columns, this.countMeasures + 2 * m);
    return this.setColumns(day, columns, delta);
  }

  /** `set` with the figures already in the series' columns: counts, then hi and lo of each money measure. */
  setColumns(day: number, columns: ArrayLike<number>, delta: number[]): boolean {
    const at = this.indexOf(day);
    const present = at < this.size && this.dayAt(at) === day;
    let changed = false;
    for (let c = 0; c < this.columns; c++) {
      const value = columns[c];
      if (!Number.isSafeInteger(value)) throw new RangeError(`DaySeries: a figure must be a whole number; got ${value}`);
      delta[c] = value - (present ? this.diff(1 + c, at, at + 1) : 0);
      if (delta[c] !== 0) changed = true;
    }
    if (changed) this.addAt(at, present, day, delta);
    return changed;
  }

  /** Adds these column deltas to one day (a projection fed with a finer series' deltas, or an undo). */
  add(day: number, delta: ArrayLike<number>): void {
    const at = this.indexOf(day);
    this.addAt(at, at < this.size && this.dayAt(at) === day, day, delta);
  }

  byteLength(): number {
    return this.data.byteLength;
  }

  private diff(column: number, start: number, end: number): number {
    return this.data[end * this.stride + column] - this.data[start * this.stride + column];
  }

  /**
   * lowerBound, first trying the last day: a load and the sync write the newest days, and a binary
   * search through a long series costs a cache miss a step.
   */
  private indexOf(day: number): number {
    if (this.size === 0) return 0;
    const last = this.dayAt(this.size - 1);
    if (day > last) return this.size;
    return day === last ? this.size - 1 : this.lowerBound(day);
  }

  private dayAt(index: number): number {
    return this.data[(index + 1) * this.stride];
  }

  private addAt(at: number, present: boolean, day: number, delta: ArrayLike<number>): void {
    // Checked before any write: every figure is >= 0 per day, so a column's largest prefix is its last.
    const lastRow = this.size * this.stride;
    for (let c = 0; c < this.columns; c++) {
      if (delta[c] !== 0 && !Number.isSafeInteger(this.data[lastRow + 1 + c] + delta[c])) {
        throw new RangeError('DaySeries: a group\'s sum would pass what it holds exactly (2^77 rupiah)');
      }
    }
    if (!present) this.insertDay(at, day);
    const { data, stride } = this;
    const last = this.size;
    for (let c = 0; c < this.columns; c++) {
      const d = delta[c];
      if (d === 0) continue;
      const column = 1 + c;
      for (let p = at + 1; p <= last; p++) data[p * stride + column] += d;
    }
  }

  /** Opens a day at `at`; its prefix sums start equal to the ones before it (a zero day). */
  private insertDay(at: number, day: number): void {
    const { stride } = this;
    if ((this.size + 2) * stride > this.data.length) this.grow();
    const data = this.data;
    data.copyWithin((at + 2) * stride, (at + 1) * stride, (this.size + 1) * stride);
    data.copyWithin((at + 1) * stride + 1, at * stride + 1, (at + 1) * stride);
    data[(at + 1) * stride] = day;
    this.size++;
  }

  /** Four times while small: a bulk load appends day by day to thousands of series, and each reallocation costs. */
  private grow(): void {
    const next = new Float64Array(this.data.length * (this.size < 256 ? 4 : 2));
    next.set(this.data);
    this.data = next;
  }
}
