import './ikm.css';
import { useEffect } from 'preact/hooks';
import { useLang, useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fill } from '../../i18n/texts';
import { formatDate, formatDateTime } from '../../lib/format';
import { loadList, saveList } from '../../lib/offline-cache';
import { useQuery } from '../../lib/use-query';
import { useSession } from '../../lib/session';
import { EmptyState, ErrorState, List, LoadingState, ScreenTitle } from '../../ui';
import { ikmTexts } from './i18n';
import { MatchWhy } from './MatchWhy';
import { Match, MY_MATCHES } from './queries';

type Data = { myMatches: { nodes: Match[] } };

/** "Pekerjaan untuk Anda": the matched RFQs, newest first, each with why it matched; kept for offline use. */
export default function Jobs() {
  const t = useTexts(ikmTexts);
  const c = useTexts(commonTexts);
  const { lang } = useLang();
  const state = useSession();
  const userId = state.status === 'signed-in' ? state.user.id : '';
  const { data, error, loading, reload } = useQuery<Data>(MY_MATCHES, { first: 50 });
  useEffect(() => {
    if (data && userId) saveList('rfqs', userId, data);
  }, [data, userId]);
  const cached = !data && error ? loadList<Data>('rfqs', userId) : null;
  const shown = data ?? cached?.data ?? null;
  const matches = [...(shown?.myMatches.nodes ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <div data-testid="ikm-home">
      <ScreenTitle title={t.homeTitle} />
      {cached && <p class="notice">{fill(c.offlineSaved, { when: formatDateTime(cached.savedAt, lang) })}</p>}
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
                  <strong class="score" data-testid="match-score">{fill(t.score, { n: Math.round(match.score * 100) })}</strong> · {t[`status_${match.status}` as keyof typeof t] ?? match.status}
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
