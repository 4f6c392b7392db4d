/** The three sectors Jalin serves. String values match the GraphQL enum `Sector`. */
export enum Sector {
  METAL = 'METAL',
  PLASTIC = 'PLASTIC',
  AGRO = 'AGRO',
}

export const SECTOR_VALUES: readonly Sector[] = Object.freeze([Sector.METAL, Sector.PLASTIC, Sector.AGRO]);

export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (SECTOR_VALUES as readonly string[]).includes(value);
}
