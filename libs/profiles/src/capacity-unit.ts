import type { TaxonomyItem } from '@jalin/taxonomy';

/**
 * Units of monthly capacity and minimum order. A short closed list rather than free text, so
 * matching can compare an RFQ's quantity with a capacity without guessing that "pcs", "buah" and
 * "pieces" are one unit. Codes are stored; labels are for display.
 */
export const CAPACITY_UNITS: readonly TaxonomyItem[] = Object.freeze([
  { code: 'pcs', label: 'pieces', labelId: 'buah (pcs)' },
  { code: 'set', label: 'sets', labelId: 'set' },
  { code: 'kg', label: 'kilograms', labelId: 'kilogram' },
  { code: 'ton', label: 'tonnes', labelId: 'ton' },
  { code: 'm', label: 'metres', labelId: 'meter' },
  { code: 'm2', label: 'square metres', labelId: 'meter persegi' },
  { code: 'm3', label: 'cubic metres', labelId: 'meter kubik' },
  { code: 'liter', label: 'litres', labelId: 'liter' },
].map((unit) => Object.freeze(unit)));

const UNIT_CODES = new Set(CAPACITY_UNITS.map((unit) => unit.code));

export function isCapacityUnit(code: string): boolean {
  return UNIT_CODES.has(code);
}
