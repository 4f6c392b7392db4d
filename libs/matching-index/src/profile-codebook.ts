import { Sector, taxonomyCatalog } from '@jalin/taxonomy';

export interface CodeLists {
  sectors: readonly string[];
  processes: readonly string[];
  materials: readonly string[];
  certifications: readonly string[];
}

/** Widths of the index's bitsets; a taxonomy that outgrows one needs a wider column. */
export const CODE_LIMITS = Object.freeze({ sectors: 3, processes: 32, materials: 32, certifications: 8 });

/**
 * Assigns every taxonomy code one bit, in taxonomy order, so a profile's code lists become
 * integers the index can AND and count. Built from code lists (the taxonomy in production, the
 * test arbitraries' lists in property tests).
 */
export class ProfileCodebook {
  readonly sectors: readonly string[];
  readonly processes: readonly string[];
  readonly materials: readonly string[];
  readonly certifications: readonly string[];
  private readonly bits: Record<keyof CodeLists, Map<string, number>>;

  constructor(lists: CodeLists) {
    for (const kind of Object.keys(CODE_LIMITS) as (keyof CodeLists)[]) {
      if (new Set(lists[kind]).size !== lists[kind].length) throw new RangeError(`Duplicate ${kind} code`);
      if (lists[kind].length > CODE_LIMITS[kind]) {
        throw new RangeError(`${lists[kind].length} ${kind} codes exceed the index's ${CODE_LIMITS[kind]}-bit column`);
      }
    }
    this.sectors = [...lists.sectors];
    this.processes = [...lists.processes];
    this.materials = [...lists.materials];
    this.certifications = [...lists.certifications];
    const index = (codes: readonly string[]) => new Map(codes.map((code, bit) => [code, bit]));
    this.bits = {
      sectors: index(lists.sectors),
      processes: index(lists.processes),
      materials: index(lists.materials),
      certifications: index(lists.certifications),
    };
  }

  static fromTaxonomy(): ProfileCodebook {
    return new ProfileCodebook({
      sectors: Object.values(Sector),
      processes: taxonomyCatalog.processes().map((p) => p.code),
      materials: taxonomyCatalog.materials().map((m) => m.code),
      certifications: taxonomyCatalog.certifications().map((c) => c.code),
    });
  }

  /** Bit position of the code, or -1 when the codebook does not know it. */
  bitOf(kind: keyof CodeLists, code: string): number {
    return this.bits[kind].get(code) ?? -1;
  }

  /** The codes' bitmask; unknown codes are reported, not silently dropped. */
  maskOf(kind: keyof CodeLists, codes: readonly string[]): { mask: number; unknown: string[] } {
    let mask = 0;
    const unknown: string[] = [];
    for (const code of codes) {
      const bit = this.bitOf(kind, code);
      if (bit < 0) unknown.push(code);
      else mask |= 1 << bit;
    }
    return { mask: mask >>> 0, unknown };
  }

  /** The codes of a mask, in codebook order. */
  codesOf(kind: keyof CodeLists, mask: number): string[] {
    const list = this[kind];
    const codes: string[] = [];
    for (let bit = 0; bit < list.length; bit++) if ((mask >>> bit) & 1) codes.push(list[bit]);
    return codes;
  }
}
