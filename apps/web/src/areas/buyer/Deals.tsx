import { useLang, useTexts } from '../../i18n/lang';
import { formatNumber, formatRupiah } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import { EmptyState, ErrorState, List, ListItem, LoadingState, ScreenTitle } from '../../ui';
import './buyer.css';
import { buyerTexts } from './i18n';
import { DEAL_STATUS_LABEL } from '../../i18n/deal-status';
import { DealRow, DEALS } from './queries';

/** The buyer organization's deals, each opening its history and next step. */
export default function Deals() {
  const t = useTexts(buyerTexts);
  const { lang } = useLang();
  const { data, error, loading, reload } = useQuery<{ deals: { nodes: DealRow[] } }>(DEALS, { first: 50 });
  return (
    <div data-testid="buyer-deals">
      <ScreenTitle title={t.dealsTitle} />
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {loading && !data ? <LoadingState /> : null}
      {data && data.deals.nodes.length === 0 && <EmptyState text={t.noDeals} />}
      {data && data.deals.nodes.length > 0 && (
        <List label={t.dealsLabel}>
          {data.deals.nodes.map((deal) => (
            <ListItem key={deal.id} href={`/deals/${deal.id}`} title={`${deal.ikm.name} · ${deal.rfq.title}`} meta={DEAL_STATUS_LABEL[lang][deal.status]} testId={`deal-row-${deal.id}`}>
              {formatNumber(deal.quantity, lang)} · <span class="money">{formatRupiah(deal.value)}</span>
            </ListItem>
          ))}
        </List>
      )}
    </div>
  );
}
