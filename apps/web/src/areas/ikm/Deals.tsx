import './ikm.css';
import { DEAL_STATUS_LABEL } from '../../i18n/deal-status';
import { useLang, useTexts } from '../../i18n/lang';
import { fill } from '../../i18n/texts';
import { formatDate, formatRupiah } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import { EmptyState, ErrorState, List, ListItem, LoadingState, ScreenTitle } from '../../ui';
import { ikmTexts } from './i18n';
import { Deal, MY_DEALS } from './queries';

/** "Kesepakatan saya": the IKM's deals with their status. */
export default function Deals() {
  const t = useTexts(ikmTexts);
  const { lang } = useLang();
  const { data, error, loading, reload } = useQuery<{ deals: { nodes: Deal[] } }>(MY_DEALS, { first: 50 });
  if (error && !data) return <ErrorState error={error} onRetry={reload} />;
  if (!data && loading) return <LoadingState />;
  const deals = data?.deals.nodes ?? [];
  return (
    <div data-testid="ikm-deals">
      <ScreenTitle title={t.dealsTitle} />
      {deals.length === 0 ? <EmptyState text={t.dealsEmpty} /> : (
        <List label={t.dealsTitle} testId="deal-list">
          {deals.map((deal) => (
            <ListItem key={deal.id} href={`/deals/${deal.id}`} title={deal.rfq.title} testId="deal-row"
              meta={`${DEAL_STATUS_LABEL[lang][deal.status]} · ${fill(t.neededBy, { date: formatDate(deal.neededBy, lang) })}`}>
              {deal.buyer.name} · <span class="money">{formatRupiah(deal.value)}</span>
            </ListItem>
          ))}
        </List>
      )}
    </div>
  );
}
