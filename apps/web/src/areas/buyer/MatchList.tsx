import { MatchingStatus, MatchStatus } from '@jalin/sourcing/statuses';
import { useLang, useTexts } from '../../i18n/lang';
import { fill } from '../../i18n/texts';
import { formatNumber } from '../../lib/format';
import { Card, EmptyState } from '../../ui';
import { buyerTexts } from './i18n';
import type { RfqView } from './queries';

const percent = (value: number) => Math.round(value * 100);

/** The ranked matches, each score told in the engine's own sentences (strongest factor first). */
export function MatchList({ rfq }: { rfq: RfqView }) {
  const t = useTexts(buyerTexts);
  const { lang } = useLang();
  if (rfq.matchingStatus === MatchingStatus.PENDING) return <Card title={t.matchesTitle}><p role="status">{t.matchingPending}</p></Card>;
  if (rfq.matchingStatus === MatchingStatus.FAILED) return <Card title={t.matchesTitle}><p class="field-error">{t.matchingFailed}</p></Card>;
  const matches = [...rfq.matches].sort((a, b) => a.rank - b.rank);
  return (
    <Card title={t.matchesTitle} testId="rfq-matches">
      {matches.length === 0 && <EmptyState text={t.noMatches} />}
      {matches.map((match) => (
        <div class="quote-row" key={match.id} data-testid={`match-${match.ikm.id}`}>
          <h3>{match.ikm.name}</h3>
          <p class="score-line">{fill(t.matchScore, { score: percent(match.score), rank: match.rank })}</p>
          <p class="field-hint">{fill(t.canDeliver, { n: formatNumber(match.deliverableQuantity, lang), unit: rfq.unit })}</p>
          {match.status === MatchStatus.DECLINED && <p><span class="tag tag-warn" data-testid="match-declined">{t.matchDeclined}</span></p>}
          <details>
            <summary class="btn btn-link">{t.whyMatched}</summary>
            <ul class="why" data-testid="match-why">
              {[...match.breakdown].sort((a, b) => b.value * b.weight - a.value * a.weight).map((part) => <li key={part.factor}>{part.explanation}</li>)}
            </ul>
          </details>
        </div>
      ))}
    </Card>
  );
}

/** Groups of IKMs that together cover the quantity, with each member's suggested share. */
export function ConsortiumList({ rfq }: { rfq: RfqView }) {
  const t = useTexts(buyerTexts);
  const { lang } = useLang();
  if (rfq.consortiumSuggestions.length === 0) return null;
  return (
    <Card title={t.consortiumTitle} testId="rfq-consortia">
      {rfq.consortiumSuggestions.map((suggestion, i) => (
        <div class="quote-row" key={i}>
          <p class="score-line">{fill(t.consortiumLead, { n: formatNumber(suggestion.coveredQuantity, lang), unit: rfq.unit })}</p>
          <ul class="why">
            {suggestion.shares.map((share) => (
              <li key={share.match.ikm.id}>{share.match.ikm.name}: {formatNumber(share.quantity, lang)} {rfq.unit}</li>
            ))}
          </ul>
        </div>
      ))}
    </Card>
  );
}
