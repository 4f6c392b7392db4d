import { IntMap } from './int-map';

/** Months the masks cover: 2000-01 to 2100-12, the dashboard's accepted period (check-dashboard-filter). */
const FIRST_MONTH = 2000 * 12;
const MONTHS = 101 * 12;
const WORDS = Math.ceil(MONTHS / 32);

const monthOfDay = (day: number) => {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};
const monthStartDay = (month: number) => Date.UTC(Math.floor(month / 12), month % 12, 1) / 86_400_000;

/** The part of a period the masks answer (whole months) and the edge days they cannot. */
interface PeriodPlan {
  fullFrom: number;
  fullTo: number;
  /** A partial month: its mask bit and the day-mask bits of the period's days in it. */
  edges: { bit: number; days: number }[];
}

/** Day-mask bits of days first..last (0-based days of one month). */
const dayBits = (first: number, last: number) => (last < first ? 0 : last >= 30 ? ~0 << first : ((1 << (last + 1)) - 1) & (~0 << first));

/**
 * Who quoted when: one group per (sector, IKM, kecamatan), holding a bitmask of the months in
 * which it quoted and, per month, a bitmask of the days. "Which IKMs quoted in this period" reads
 * one or two month-mask words per group for the whole months of the period and one day mask per
 * edge month, so the answer costs the number of groups, not of quote days. Everything sits in flat
 * typed arrays and one map of numbers: tens of thousands of groups stay in cache and cost the
 * garbage collector almost nothing.
 */
export class ActivityIndex {
  private readonly byKey = new Map<string, number>();
  private size = 0;
  /** Days of one group and month with quotes, bit d for day d + 1: key group * MONTHS + month bit. */
  private readonly dayMasks = new IntMap();
  /** Quote days outside the masks' months, which only an open period end can include. */
  private readonly daysBefore = new Map<number, Set<number>>();
  private readonly daysAfter = new Map<number, Set<number>>();
  /** Sector and kecamatan of each group as small numbers (see `numberOf`), compared without strings. */
  private sectorOf = new Uint8Array(1024);
  private placeOf = new Uint8Array(1024);
  private readonly sectorNumbers = new Map<string, number>();
  private readonly placeNumbers = new Map<string, number>();
  private ikmOf = new Int32Array(1024);
  private masks = new Uint32Array(1024 * WORDS);
  private activeMonths = new Uint16Array(1024);
  private readonly ikmNumbers = new Map<string, number>();
  private readonly groupsByKecamatan = new Map<string, number[]>();
  /** Month and day-mask bit of the last day set: a load sets the days in order, each many times. */
  private lastDay = NaN;
  private lastMonth = 0;
  private lastDayBit = 0;

  get groups(): number {
    return this.size;
  }

  get ikms(): number {
    return this.ikmNumbers.size;
  }

  /** The quotes of one group (see `group`) on one day (the rollup row's absolute figure); only quoted or not matters. */
  set(group: number, day: number, quotes: number): boolean {
    if (day !== this.lastDay) {
      this.lastDay = day;
      this.lastMonth = monthOfDay(day);
      this.lastDayBit = 1 << (day - monthStartDay(this.lastMonth));
    }
    const month = this.lastMonth;
    const bit = month - FIRST_MONTH;
    if (bit < 0 || bit >= MONTHS) {
      const outside = bit < 0 ? this.daysBefore : this.daysAfter;
      let days = outside.get(group);
      if (!days) outside.set(group, (days = new Set()));
      const had = days.has(day);
      if (quotes > 0) days.add(day);
      else days.delete(day);
      return had !== quotes > 0;
    }
    const key = group * MONTHS + bit;
    const before = this.dayMasks.get(key);
    const dayBit = this.lastDayBit;
    const after = quotes > 0 ? before | dayBit : before & ~dayBit;
    if (after === before) return false;
    this.dayMasks.set(key, after);
    if ((before === 0) === (after === 0)) return true;
    this.masks[group * WORDS + (bit >>> 5)] ^= 1 << (bit & 31);
    this.activeMonths[group] += after !== 0 ? 1 : -1;
    return true;
  }

  /**
   * Distinct IKMs that quoted within [from, to] (null: open), of the sector and kecamatan when
   * given; with `perKecamatan`, also the distinct IKMs per kecamatan of the quote.
   */
  participants(from: number | null, to: number | null, sector: string | null, kecamatan: string | null, perKecamatan?: Map<string, number>): number {
    const sectorNumber = sector === null ? -1 : this.sectorNumbers.get(sector) ?? -2;
    const placeNumber = kecamatan === null ? -1 : this.placeNumbers.get(kecamatan) ?? -2;
    if (sectorNumber === -2 || placeNumber === -2) return 0;
    const plan = planPeriod(from, to);
    const ikms = this.ikms;
    const places = this.placeNumbers.size;
    const seen = new Uint8Array(ikms);
    const seenIn = perKecamatan ? new Uint8Array(ikms * places) : null;
    const perPlace = new Int32Array(places);
    const candidates = placeNumber === -1 ? null : this.groupsByKecamatan.get(kecamatan!) ?? [];
    const count = candidates === null ? this.size : candidates.length;
    let total = 0;
    for (let i = 0; i < count; i++) {
      const group = candidates === null ? i : candidates[i];
      if (sectorNumber !== -1 && this.sectorOf[group] !== sectorNumber) continue;
      if (!this.quotedWithin(group, from, to, plan)) continue;
      const ikm = this.ikmOf[group];
      if (!seen[ikm]) {
        seen[ikm] = 1;
        total++;
      }
      if (seenIn) {
        const place = this.placeOf[group];
        const mark = place * ikms + ikm;
        if (!seenIn[mark]) {
          seenIn[mark] = 1;
          perPlace[place]++;
        }
      }
    }
    if (perKecamatan) {
      for (const [code, place] of this.placeNumbers) if (perKecamatan.has(code)) perKecamatan.set(code, perPlace[place]);
    }
    return total;
  }

  /** The typed arrays. */
  byteLength(): number {
    return this.masks.byteLength + this.ikmOf.byteLength + this.activeMonths.byteLength + this.sectorOf.byteLength + this.placeOf.byteLength
      + this.dayMasks.byteLength();
  }

  private quotedWithin(group: number, from: number | null, to: number | null, plan: PeriodPlan): boolean {
    if (from === null && (this.daysBefore.get(group)?.size ?? 0) > 0) return true;
    if (to === null && (this.daysAfter.get(group)?.size ?? 0) > 0) return true;
    if (this.activeMonths[group] === 0) return false;
    if (from === null && to === null) return true;
    if (plan.fullFrom <= plan.fullTo && this.anyBit(group, plan.fullFrom, plan.fullTo)) return true;
    for (const edge of plan.edges) {
      if ((this.dayMasks.get(group * MONTHS + edge.bit) & edge.days) !== 0) return true;
    }
    return false;
  }

  private anyBit(group: number, fromBit: number, toBit: number): boolean {
    const base = group * WORDS;
    for (let word = fromBit >>> 5; word <= toBit >>> 5; word++) {
      const low = word === fromBit >>> 5 ? fromBit & 31 : 0;
      const high = word === toBit >>> 5 ? toBit & 31 : 31;
      const range = high === 31 ? ~0 << low : ((1 << (high + 1)) - 1) & (~0 << low);
      if ((this.masks[base + word] & range) !== 0) return true;
    }
    return false;
  }

  /** The group of one sector, IKM and kecamatan, made when new. */
  group(sector: string, ikm: string, kecamatan: string): number {
    const key = `${sector}\u0000${ikm}\u0000${kecamatan}`;
    let group = this.byKey.get(key);
    if (group !== undefined) return group;
    if ((this.size + 1) * MONTHS > 2 ** 31) throw new RangeError('ActivityIndex: more groups than the day-mask keys hold');
    group = this.size++;
    this.byKey.set(key, group);
    if (group === this.ikmOf.length) this.grow();
    let number = this.ikmNumbers.get(ikm);
    if (number === undefined) this.ikmNumbers.set(ikm, (number = this.ikmNumbers.size));
    this.sectorOf[group] = numberOf(this.sectorNumbers, sector);
    this.placeOf[group] = numberOf(this.placeNumbers, kecamatan);
    this.ikmOf[group] = number;
    let list = this.groupsByKecamatan.get(kecamatan);
    if (!list) this.groupsByKecamatan.set(kecamatan, (list = []));
    list.push(group);
    return group;
  }

  private grow(): void {
    const size = this.ikmOf.length * 2;
    const grown = <T extends Int32Array | Uint32Array | Uint16Array | Uint8Array>(old: T, length: number): T => {
      const next = new (old.constructor as new (n: number) => T)(length);
      next.set(old);
      return next;
    };
    this.ikmOf = grown(this.ikmOf, size);
    this.sectorOf = grown(this.sectorOf, size);
    this.placeOf = grown(this.placeOf, size);
    this.masks = grown(this.masks, size * WORDS);
    this.activeMonths = grown(this.activeMonths, size);
  }
}

/** A small number per distinct value (a handful of sectors, 19 kecamatan codes with ''). */
function numberOf(numbers: Map<string, number>, value: string): number {
  let number = numbers.get(value);
  if (number === undefined) {
    if (numbers.size === 255) throw new Error(`ActivityIndex: more than 255 distinct values (${value})`);
    numbers.set(value, (number = numbers.size));
  }
  return number;
}

/** Splits a period into whole months (as mask bits) and partial edge months (as day ranges). */
function planPeriod(from: number | null, to: number | null): PeriodPlan {
  const lastBit = MONTHS - 1;
  if (from === null && to === null) return { fullFrom: 0, fullTo: lastBit, edges: [] };
  if (from !== null && to !== null && from > to) return { fullFrom: 1, fullTo: 0, edges: [] };
  const edges: { bit: number; from: number; to: number }[] = [];
  let fullFrom = 0;
  let fullTo = lastBit;
  if (from !== null) {
    const month = monthOfDay(from);
    fullFrom = month - FIRST_MONTH + (monthStartDay(month) === from ? 0 : 1);
    if (monthStartDay(month) !== from) edges.push({ bit: month - FIRST_MONTH, from, to: Math.min(monthStartDay(month + 1) - 1, to ?? Infinity) });
  }
  if (to !== null) {
    const month = monthOfDay(to);
    const isLastDay = monthStartDay(month + 1) - 1 === to;
    fullTo = month - FIRST_MONTH - (isLastDay ? 0 : 1);
    const bit = month - FIRST_MONTH;
    if (!isLastDay && !edges.some((e) => e.bit === bit)) edges.push({ bit, from: Math.max(monthStartDay(month), from ?? -Infinity), to });
  }
  return {
    fullFrom: Math.max(0, fullFrom),
    fullTo: Math.min(lastBit, fullTo),
    edges: edges.filter((e) => e.bit >= 0 && e.bit <= lastBit).map((e) => {
      const start = monthStartDay(e.bit + FIRST_MONTH);
      return { bit: e.bit, days: dayBits(e.from - start, e.to - start) };
    }),
  };
}
