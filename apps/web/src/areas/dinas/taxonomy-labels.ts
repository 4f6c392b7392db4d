import type { Lang } from '../../i18n/texts';
import { useQuery } from '../../lib/use-query';
import { TAXONOMY_LISTS, TaxonomyItem, TaxonomyLists } from './staff-queries';

/** A code's name in the user's language from the API's taxonomy (the code itself while loading). */
export function labelOf(items: readonly TaxonomyItem[] | undefined, code: string, lang: Lang): string {
  const item = items?.find((entry) => entry.code === code);
  return item ? (lang === 'id' ? item.labelId : item.label) : code;
}

/** The taxonomy lists the staff screens name codes with. */
export function useTaxonomy(): TaxonomyLists | null {
  return useQuery<{ taxonomy: TaxonomyLists }>(TAXONOMY_LISTS).data?.taxonomy ?? null;
}
