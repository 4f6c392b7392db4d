import { LRUCache } from 'lru-cache';
import { explainComponent, ScoreComponent } from '@jalin/matching-engine';
import { taxonomyCatalog } from '@jalin/taxonomy';
import type { StoredComponent } from '../entities/match.entity';
import type { ScoreComponentType } from './score-component.type';

type Locale = 'id' | 'en';

const labelOf = (code: string, locale: Locale) =>
  taxonomyCatalog.label('process', code, locale) ?? taxonomyCatalog.label('material', code, locale) ?? taxonomyCatalog.label('certification', code, locale) ?? code;

/**
 * A match's breakdown is written once with the match and never changed (a re-match adds a row),
 * so its sentences in a language are the same for every reader and every request: kept per
 * replica for the most recently shown matches instead of being written again each time an inbox
 * or an RFQ page is opened (a tenth of an answer's CPU in the profiles). About 2 KB a match.
 */
const EXPLAINED = new LRUCache<string, readonly ScoreComponentType[]>({ max: 20_000 });
const keyOf = (matchId: string, locale: Locale) => `${locale}:${matchId}`;

/** The sentences this replica keeps for a match in a language, if it has written them. */
export const keptExplanation = (matchId: string, locale: Locale): readonly ScoreComponentType[] | undefined => EXPLAINED.get(keyOf(matchId, locale));

/** Writes a match's sentences from its stored breakdown, and keeps them. */
export function explainAndKeep(matchId: string, locale: Locale, stored: readonly StoredComponent[]): readonly ScoreComponentType[] {
  const explained = stored.map((c) => ({
    factor: c.factor, weight: c.weight, value: c.value,
    explanation: explainComponent(c as unknown as ScoreComponent, locale, labelOf),
  }));
  EXPLAINED.set(keyOf(matchId, locale), explained);
  return explained;
}
