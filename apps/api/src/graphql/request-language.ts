import { RequestLanguage } from '@jalin/authz';

/**
 * The language a caller reads, from an Accept-Language value (the HTTP header, or the same key in
 * graphql-ws connection params): the first of Bahasa Indonesia ("id", or the old "in") and English
 * by the caller's preference; Bahasa Indonesia when neither is asked for.
 */
export function requestLanguageOf(acceptLanguage: unknown): RequestLanguage {
  if (typeof acceptLanguage !== 'string') return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { primary: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { primary } of ranked) {
    if (primary === 'en') return 'en';
    if (primary === 'id' || primary === 'in') return 'id';
  }
  return 'id';
}
