import './ikm.css';
import { useLang, useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fill } from '../../i18n/texts';
import { formatDate, formatDateTime } from '../../lib/format';
import { useCachedQuery } from '../../lib/use-cached-query';
import { EmptyState, ErrorState, List, LoadingState, ScreenTitle } from '../../ui';
import { ikmTexts } from './i18n';
import { MATCH_STATUS_LABEL } from './labels';
import { MatchWhy } from './MatchWhy';
import { Match, MY_MATCHES } from './queries';

type Data = { myMatches: { nodes: Match[] } };

/** "Pekerjaan untuk Anda": the matched RFQs, newest first, each with why it matched; kept for offline use. */
export default function Jobs() {
  const t = useTexts(ikmTexts);
  const c = useTexts(commonTexts);
  const { lang } = useLang();
  const { data: shown, error, loading, reload, savedAt } = useCachedQuery<Data>('rfqs', MY_MATCHES, { first: 50 });
  const matches = [...(shown?.myMatches.nodes ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <div data-testid="ikm-home">
      <ScreenTitle title={t.homeTitle} />
      {savedAt && <p class="notice" data-testid="jobs-saved">{fill(c.offlineSaved, { when: formatDateTime(savedAt, lang) })}</p>}
      {!shown && loading && <LoadingState />}
      {!shown && error && <ErrorState error={error} onRetry={reload} />}
      {shown && matches.length === 0 && <EmptyState text={t.homeEmpty} />}
      {matches.length > 0 && (
        <List label={t.matchesLabel} testId="ikm-matches">
          {matches.map((match) => (
            <li class="list-item" key={match.id} data-testid="ikm-match">
              <a href={`/rfqs/${match.rfq.id}`} class="list-link">
                <span class="list-title">{match.rfq.title}</span>
                <span class="list-body">{fill(t.quantityUnit, { n: match.rfq.quantity, unit: match.rfq.unit })} · {fill(t.neededBy, { date: formatDate(match.rfq.neededBy, lang) })}</span>
                <span class="list-meta">
                  <strong class="score" data-testid="match-score">{fill(t.score, { n: Math.round(match.score * 100) })}</strong> · {MATCH_STATUS_LABEL[lang][match.status]}
                </span>
              </a>
              <MatchWhy breakdown={match.breakdown} title={t.whyMatched} />
            </li>
          ))}
        </List>
      )}
    </div>
  );
}
