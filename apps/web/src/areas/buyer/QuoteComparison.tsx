import { RfqStatus } from '@jalin/sourcing/statuses';
import { useState } from 'preact/hooks';
import { useLang, useTexts } from '../../i18n/lang';
import { fill } from '../../i18n/texts';
import { formatDate, formatNumber, formatRupiah } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import { Card, EmptyState, ErrorState, LoadingState, Select } from '../../ui';
import { AwardForm } from './AwardForm';
import { buyerTexts } from './i18n';
import { QUOTE_SORT_LABEL } from './labels';
import { COMPARISON, ComparisonRow, QUOTE_SORTS, QuoteSort, RfqView } from './queries';

/** The current quotes side by side, sorted by the API (price, lead time or match score), and the award form. */
export function QuoteComparison({ rfq, onAwarded }: { rfq: RfqView; onAwarded: () => void }) {
  const t = useTexts(buyerTexts);
  const { lang } = useLang();
  const [sortBy, setSortBy] = useState<QuoteSort>('PRICE');
  const { data, error, loading, reload } = useQuery<{ quoteComparison: ComparisonRow[] }>(COMPARISON, { rfqId: rfq.id, sortBy });
  const rows = data?.quoteComparison ?? [];
  // After the award the quotes are no longer open for comparison: the RFQ's deals tell the outcome.
  if (rfq.status !== RfqStatus.OPEN && rows.length === 0) return null;

  return (
    <>
      <Card title={t.comparisonTitle} testId="quote-comparison">
        <Select id="sortBy" label={t.sortBy} value={sortBy} onChange={(v) => setSortBy(v as QuoteSort)}
          options={QUOTE_SORTS.map((s) => ({ value: s, label: QUOTE_SORT_LABEL[lang][s] }))} />
        {error ? <ErrorState error={error} onRetry={reload} /> : null}
        {loading && !data ? <LoadingState /> : null}
        {data && rows.length === 0 && <EmptyState text={t.noQuotes} />}
        <div aria-busy={loading ? 'true' : undefined}>
          {rows.map((row) => (
            <div class="quote-row" key={row.quote.id} data-testid="comparison-row" data-ikm={row.ikm.id}>
              <h3>{row.ikm.name}</h3>
              <dl class="facts">
                <dt>{t.unitPrice}</dt><dd class="money" data-testid="row-unit-price">{formatRupiah(row.unitPrice)}</dd>
                <dt>{t.quantity}</dt><dd>{formatNumber(row.quantity, lang)} {rfq.unit}</dd>
                <dt>{t.total}</dt><dd class="money">{formatRupiah(row.totalPrice)}</dd>
                <dt>{t.leadTime}</dt><dd data-testid="row-lead-time">{fill(t.days, { n: row.leadTimeDays })}</dd>
                <dt>{t.expectedDelivery}</dt><dd>{formatDate(row.expectedDelivery, lang)}</dd>
                {row.matchScore !== null && <><dt>{t.score}</dt><dd>{Math.round(row.matchScore * 100)}</dd></>}
              </dl>
              <ul class="tags">
                <li class={`tag ${row.verified ? 'tag-good' : ''}`}>{row.verified ? t.verified : t.notVerified}</li>
                <li class="tag">{fill(t.trackRecord, { n: row.trackRecord.completedDeals })}</li>
                {!row.deliveryFeasible && <li class="tag tag-warn">{t.notFeasible}</li>}
                {!row.coversQuantity && <li class="tag tag-warn">{t.partial}</li>}
              </ul>
            </div>
          ))}
        </div>
      </Card>
      {rfq.status === RfqStatus.OPEN && rows.length > 0 && <AwardForm rfq={rfq} rows={rows} onAwarded={onAwarded} />}
    </>
  );
}
