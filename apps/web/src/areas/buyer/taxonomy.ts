import type { Lang } from '../../i18n/texts';
import type { Option } from '../../ui';
import { useQuery } from '../../lib/use-query';
import { Taxonomy, TAXONOMY, TaxonomyItem } from './queries';

/** The API's taxonomy (sectors with their processes and materials, certifications, units, kecamatan). */
export function useTaxonomy() {
  return useQuery<{ taxonomy: Taxonomy }>(TAXONOMY);
}

/** Taxonomy items as choices in the reader's language. */
export function optionsOf(items: readonly TaxonomyItem[], lang: Lang): Option[] {
  return items.map((item) => ({ value: item.code, label: lang === 'id' ? item.labelId : item.label }));
}

/** A code's label in the reader's language, the code itself when the taxonomy does not know it. */
export function labelOf(items: readonly TaxonomyItem[] | undefined, code: string, lang: Lang): string {
  const item = items?.find((i) => i.code === code);
  return item ? (lang === 'id' ? item.labelId : item.label) : code;
}

/** Every process and material of all sectors, for labelling codes on any screen. */
export function allItems(taxonomy: Taxonomy | undefined): TaxonomyItem[] {
  if (!taxonomy) return [];
  return [...taxonomy.sectors.flatMap((s) => [...s.processes, ...s.materials]), ...taxonomy.certifications, ...taxonomy.units, ...taxonomy.kecamatan,
    ...taxonomy.sectors.map((s) => ({ code: s.sector, label: s.label, labelId: s.labelId }))];
}
