import { DaySeries } from './day-series';

/** One group of a table (its dimension values, e.g. [sector, buyerId]) and its facts by day. */
export interface SeriesGroup {
  readonly dims: readonly string[];
  readonly series: DaySeries;
}

/**
 * Day series per group of dimension values: a rollup table held in memory at the grain the
 * dashboard reads it. Scans walk `groups` (one entry a group, not a row).
 */
export class SeriesTable {
  readonly groups: SeriesGroup[] = [];
  private readonly byKey = new Map<string, SeriesGroup>();
  private readonly byIndexedDim = new Map<string, SeriesGroup[]>();

  /** `indexedDim`: a dimension a filter often fixes (kecamatan), so those scans visit only its groups. */
  constructor(readonly countMeasures: number, readonly moneyMeasures: number, private readonly indexedDim?: number) {}

  /** The groups whose indexed dimension has this value. */
  groupsWith(value: string): readonly SeriesGroup[] {
    return this.byIndexedDim.get(value) ?? [];
  }

  group(dims: readonly string[]): SeriesGroup {
    const key = dims.join('\u0000');
    let group = this.byKey.get(key);
    if (!group) {
      group = { dims: [...dims], series: new DaySeries(this.countMeasures, this.moneyMeasures) };
      this.byKey.set(key, group);
      this.groups.push(group);
      if (this.indexedDim !== undefined) {
        const value = dims[this.indexedDim];
        const list = this.byIndexedDim.get(value);
        if (list) list.push(group);
        else this.byIndexedDim.set(value, [group]);
      }
    }
    return group;
  }

  byteLength(): number {
    return this.groups.reduce((n, g) => n + g.series.byteLength(), 0);
  }
}
