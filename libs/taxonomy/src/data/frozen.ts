import type { Sector } from '../sector';
import type { SectorScopedItem } from '../taxonomy.types';

/** Freezes a reference-data array and each of its entries, so no caller can edit shared data. */
export function frozenList<T extends object>(items: readonly T[]): readonly T[] {
  return Object.freeze(items.map((item) => deepFreeze(item)));
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child);
  }
  return Object.freeze(value);
}

/** Builds tabular rows for one sector: `metal('BENDING', 'Bending', 'Tekuk')`. */
export function sectorItem(sector: Sector) {
  return (code: string, label: string, labelId: string): SectorScopedItem => ({ code, label, labelId, sector });
}
