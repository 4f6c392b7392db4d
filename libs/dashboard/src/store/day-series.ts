/**
 * The facts of one group (say, one buyer in one sector) by day: days kept sorted, each measure
 * held as prefix sums, so the sum over any day range is two binary searches and a subtraction,
 * whatever the number of days.
 *
 * Everything sits in one Float64Array, a row per prefix position p (0..length): row p holds the
 * day of element p - 1 and the sums of elements 0..p - 1. One buffer per group keeps the
 * garbage collector's work small when a replica holds tens of thousands of groups. Counts are
 * exact far beyond any count; rupiah are exact integers as long as one group's running sum stays
 * below 2^53 (9 × 10^15 rupiah, more than any buyer, sector or kecamatan will see): beyond that
 * a write throws rather than round, and figures summed across groups are bigint.
 *
 * Writes almost always land on the newest day (an append); a back-dated fact shifts the rows
 * after it, which costs the length of this one series.
 */
export class DaySeries {
  private data: Float64Array;
  private size = 0;
  private readonly stride: number;

  constructor(private readonly countMeasures: number, private readonly moneyMeasures: number, capacity = 4) {
    this.stride = 1 + countMeasures + moneyMeasures;
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
    const column = 1 + measure;
    return this.data[end * this.stride + column] - this.data[start * this.stride + column];
  }

  amount(measure: number, start: number, end: number): bigint {
    const column = 1 + this.countMeasures + measure;
    return BigInt(this.data[end * this.stride + column] - this.data[start * this.stride + column]);
  }

  /**
   * Replaces the figures of one day with these absolute values and writes what changed into the
   * delta arrays; false when nothing changed.
   */
  set(day: number, counts: ArrayLike<number>, money: ArrayLike<bigint>, countDelta: number[], moneyDelta: bigint[]): boolean {
    const at = this.lowerBound(day);
    const present = at < this.size && this.dayAt(at) === day;
    let changed = false;
    for (let m = 0; m < this.countMeasures; m++) {
      countDelta[m] = counts[m] - (present ? this.count(m, at, at + 1) : 0);
      if (countDelta[m] !== 0) changed = true;
    }
    for (let m = 0; m < this.moneyMeasures; m++) {
      moneyDelta[m] = money[m] - (present ? this.amount(m, at, at + 1) : 0n);
      if (moneyDelta[m] !== 0n) changed = true;
    }
    if (changed) this.addAt(at, present, day, countDelta, moneyDelta);
    return changed;
  }

  /** Adds these amounts to one day (a projection fed with a finer series' deltas). */
  add(day: number, countDelta: ArrayLike<number>, moneyDelta: ArrayLike<bigint>): void {
    const at = this.lowerBound(day);
    this.addAt(at, at < this.size && this.dayAt(at) === day, day, countDelta, moneyDelta);
  }

  byteLength(): number {
    return this.data.byteLength;
  }

  private dayAt(index: number): number {
    return this.data[(index + 1) * this.stride];
  }

  private addAt(at: number, present: boolean, day: number, countDelta: ArrayLike<number>, moneyDelta: ArrayLike<bigint>): void {
    if (!present) this.insertDay(at, day);
    const { data, stride } = this;
    const last = this.size;
    for (let m = 0; m < this.countMeasures + this.moneyMeasures; m++) {
      const delta = m < this.countMeasures ? countDelta[m] : exactNumber(moneyDelta[m - this.countMeasures]);
      if (delta === 0) continue;
      const column = 1 + m;
      for (let p = at + 1; p <= last; p++) data[p * stride + column] += delta;
      if (m >= this.countMeasures && !Number.isSafeInteger(data[last * stride + column])) {
        throw new RangeError('DaySeries: a group\'s rupiah sum passed 2^53 and can no longer be held exactly');
      }
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

  private grow(): void {
    const next = new Float64Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}

function exactNumber(value: bigint): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`DaySeries: ${value} rupiah cannot be held exactly`);
  return number;
}
