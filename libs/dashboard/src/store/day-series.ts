/**
 * The facts of one group (say, one buyer in one sector) by day: days kept sorted, each measure
 * held as prefix sums, so the sum over any day range is two binary searches and a subtraction,
 * whatever the number of days. Counts are doubles (exact integers far beyond any count); rupiah
 * are 64-bit integers, exact to 9.2 × 10^18.
 *
 * Writes almost always land on the newest day (an append); a back-dated fact shifts the prefix
 * sums after it, which costs the length of this one series.
 */
export class DaySeries {
  private days: Int32Array;
  private readonly counts: Float64Array[];
  private readonly money: BigInt64Array[];
  private size = 0;

  constructor(countMeasures: number, moneyMeasures: number, capacity = 4) {
    this.days = new Int32Array(capacity);
    this.counts = Array.from({ length: countMeasures }, () => new Float64Array(capacity + 1));
    this.money = Array.from({ length: moneyMeasures }, () => new BigInt64Array(capacity + 1));
  }

  get length(): number {
    return this.size;
  }

  get firstDay(): number | undefined {
    return this.size > 0 ? this.days[0] : undefined;
  }

  get lastDay(): number | undefined {
    return this.size > 0 ? this.days[this.size - 1] : undefined;
  }

  /** Index of the first stored day >= day. */
  lowerBound(day: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.days[mid] < day) lo = mid + 1;
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
    const prefix = this.counts[measure];
    return prefix[end] - prefix[start];
  }

  amount(measure: number, start: number, end: number): bigint {
    const prefix = this.money[measure];
    return prefix[end] - prefix[start];
  }

  /**
   * Replaces the figures of one day with these absolute values and writes what changed into the
   * delta arrays; false when nothing changed.
   */
  set(day: number, counts: ArrayLike<number>, money: ArrayLike<bigint>, countDelta: number[], moneyDelta: bigint[]): boolean {
    const at = this.lowerBound(day);
    const present = at < this.size && this.days[at] === day;
    let changed = false;
    for (let m = 0; m < this.counts.length; m++) {
      const old = present ? this.counts[m][at + 1] - this.counts[m][at] : 0;
      countDelta[m] = counts[m] - old;
      if (countDelta[m] !== 0) changed = true;
    }
    for (let m = 0; m < this.money.length; m++) {
      const old = present ? this.money[m][at + 1] - this.money[m][at] : 0n;
      moneyDelta[m] = money[m] - old;
      if (moneyDelta[m] !== 0n) changed = true;
    }
    if (changed) this.addAt(at, present, day, countDelta, moneyDelta);
    return changed;
  }

  /** Adds these amounts to one day (a projection fed with a finer series' deltas). */
  add(day: number, countDelta: ArrayLike<number>, moneyDelta: ArrayLike<bigint>): void {
    const at = this.lowerBound(day);
    this.addAt(at, at < this.size && this.days[at] === day, day, countDelta, moneyDelta);
  }

  private addAt(at: number, present: boolean, day: number, countDelta: ArrayLike<number>, moneyDelta: ArrayLike<bigint>): void {
    if (!present) this.insertDay(at, day);
    const end = this.size;
    for (let m = 0; m < this.counts.length; m++) {
      const delta = countDelta[m];
      if (delta === 0) continue;
      const prefix = this.counts[m];
      for (let i = at + 1; i <= end; i++) prefix[i] += delta;
    }
    for (let m = 0; m < this.money.length; m++) {
      const delta = moneyDelta[m];
      if (delta === 0n) continue;
      const prefix = this.money[m];
      for (let i = at + 1; i <= end; i++) prefix[i] += delta;
    }
  }

  /** Opens a day at `at`; its prefix sums start equal to the ones before it (a zero day). */
  private insertDay(at: number, day: number): void {
    if (this.size === this.days.length) this.grow();
    this.days.copyWithin(at + 1, at, this.size);
    this.days[at] = day;
    for (const prefix of this.counts) {
      prefix.copyWithin(at + 2, at + 1, this.size + 1);
      prefix[at + 1] = prefix[at];
    }
    for (const prefix of this.money) {
      prefix.copyWithin(at + 2, at + 1, this.size + 1);
      prefix[at + 1] = prefix[at];
    }
    this.size++;
  }

  private grow(): void {
    const capacity = this.days.length * 2;
    const days = new Int32Array(capacity);
    days.set(this.days);
    this.days = days;
    for (let m = 0; m < this.counts.length; m++) {
      const next = new Float64Array(capacity + 1);
      next.set(this.counts[m]);
      this.counts[m] = next;
    }
    for (let m = 0; m < this.money.length; m++) {
      const next = new BigInt64Array(capacity + 1);
      next.set(this.money[m]);
      this.money[m] = next;
    }
  }

  byteLength(): number {
    return this.days.byteLength + this.counts.reduce((n, a) => n + a.byteLength, 0) + this.money.reduce((n, a) => n + a.byteLength, 0);
  }
}
