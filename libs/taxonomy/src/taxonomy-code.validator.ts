import type { Sector } from './sector';
import { taxonomyCatalog, type TaxonomyCatalog } from './taxonomy-catalog';
import type { TaxonomyKind } from './taxonomy.types';
import { problem, type ValidationProblem } from './validation-problem';

const KIND_NAMES: Readonly<Record<TaxonomyKind, string>> = {
  sector: 'sector',
  process: 'process',
  material: 'material',
  certification: 'certification',
  kecamatan: 'kecamatan',
  kbli: 'KBLI',
};

/**
 * The distinct codes the catalog does not know, in input order.
 * For `kbli` this means "not in the hint list", which is no proof of an invalid code.
 */
export function unknownCodes(
  kind: TaxonomyKind,
  codes: readonly string[],
  catalog: TaxonomyCatalog = taxonomyCatalog,
): string[] {
  return [...new Set(codes)].filter((code) => !catalog.has(kind, code));
}

/** One problem per unknown entry, with the entry's index in `field`, e.g. `processes[2]`. */
export function validateCodes(
  kind: TaxonomyKind,
  codes: readonly string[],
  field: string,
  catalog: TaxonomyCatalog = taxonomyCatalog,
): ValidationProblem[] {
  return codes.flatMap((code, index) =>
    catalog.has(kind, code)
      ? []
      : [problem(`${field}[${index}]`, code, `Unknown ${KIND_NAMES[kind]} code "${code}".`)],
  );
}

/** Known process/material codes whose sector is not among `sectors` (unknown codes are left out). */
export function codesOutsideSectors(
  kind: 'process' | 'material',
  codes: readonly string[],
  sectors: readonly Sector[],
  catalog: TaxonomyCatalog = taxonomyCatalog,
): string[] {
  return [...new Set(codes)].filter((code) => {
    const sector = sectorOf(kind, code, catalog);
    return sector !== undefined && !sectors.includes(sector);
  });
}

/** Unknown codes and codes of another sector, e.g. INJECTION_MOULDING in a METAL RFQ. */
export function validateCodesInSectors(
  kind: 'process' | 'material',
  codes: readonly string[],
  sectors: readonly Sector[],
  field: string,
  catalog: TaxonomyCatalog = taxonomyCatalog,
): ValidationProblem[] {
  return codes.flatMap((code, index) => {
    const at = `${field}[${index}]`;
    const sector = sectorOf(kind, code, catalog);
    if (sector === undefined) return [problem(at, code, `Unknown ${kind} code "${code}".`)];
    if (sectors.includes(sector)) return [];
    const chosen = sectors.length > 0 ? sectors.join(', ') : 'none';
    return [problem(at, code, `The ${kind} "${code}" belongs to sector ${sector}, not to the selected sectors (${chosen}).`)];
  });
}

function sectorOf(kind: 'process' | 'material', code: string, catalog: TaxonomyCatalog): Sector | undefined {
  return kind === 'process' ? catalog.sectorOfProcess(code) : catalog.sectorOfMaterial(code);
}
