import './ikm.css';
import { useLang, useTexts } from '../../i18n/lang';
import { fill } from '../../i18n/texts';
import { formatDate, formatRupiah } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import { EmptyState, ErrorState, List, ListItem, LoadingState, ScreenTitle } from '../../ui';
import { ikmTexts } from './i18n';
import { QUOTE_STATUS_LABEL } from './labels';
import { MY_QUOTES, Quote } from './queries';

type Data = { myQuotes: { nodes: (Quote & { rfq: { id: string; title: string; unit: string } })[] } };

/** "Penawaran saya": the current revision of every quote the IKM sent, newest first (myQuotes). */
export default function Quotes() {
  const t = useTexts(ikmTexts);
  const { lang } = useLang();
  const { data, error, loading, reload } = useQuery<Data>(MY_QUOTES, { first: 100 });
  if (error && !data) return <ErrorState error={error} onRetry={reload} />;
  if (!data && loading) return <LoadingState />;
  const rows = (data?.myQuotes.nodes ?? []).map((quote) => ({ rfq: quote.rfq, quote }));
  return (
    <div data-testid="ikm-quotes">
      <ScreenTitle title={t.quotesTitle} />
      {rows.length === 0 ? <EmptyState text={t.quotesEmpty} /> : (
        <List label={t.quotesTitle} testId="quote-list">
          {rows.map(({ rfq, quote }) => (
            <ListItem key={quote.id} href={`/rfqs/${rfq.id}`} title={rfq.title} testId="quote-row"
              meta={`${QUOTE_STATUS_LABEL[lang][quote.status]} · ${fill(t.revision, { n: quote.revision })} · ${t.validUntil} ${formatDate(quote.validUntil, lang)}`}>
              <span class="money">{formatRupiah(quote.unitPrice)}</span> × {fill(t.quantityUnit, { n: quote.quantity, unit: rfq.unit })} = <span class="money">{formatRupiah(quote.totalPrice)}</span>
            </ListItem>
          ))}
        </List>
      )}
    </div>
  );
}
