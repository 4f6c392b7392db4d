import type { RfqStatus } from '@jalin/sourcing/statuses';
import { useLang, useTexts } from '../../i18n/lang';
import { fill } from '../../i18n/texts';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import type { ScreenProps } from '../../router/route';
import { navigate } from '../../router/navigation';
import { EmptyState, ErrorState, LinkButton, List, ListItem, LoadingState, ScreenTitle, Select } from '../../ui';
import './buyer.css';
import { buyerTexts } from './i18n';
import { RFQ_STATUS_LABEL } from './labels';
import { MY_RFQS, RFQ_STATUSES, RfqRow } from './queries';

/** The buyer's RFQs, newest first, filtered by status (`/buyer?status=OPEN`). */
export default function MyRfqs({ query }: ScreenProps) {
  const t = useTexts(buyerTexts);
  const { lang } = useLang();
  const status = (RFQ_STATUSES as readonly string[]).includes(query.get('status') ?? '') ? (query.get('status') as RfqStatus) : null;
  const { data, error, loading, reload } = useQuery<{ myRfqs: { nodes: RfqRow[] } }>(MY_RFQS, { status, first: 50 });
  const labels = RFQ_STATUS_LABEL[lang];

  return (
    <div data-testid="buyer-home">
      <ScreenTitle title={t.homeTitle}>
        <LinkButton href="/rfqs/new" variant="primary">{t.newRfq}</LinkButton>
      </ScreenTitle>
      <Select id="status" label={t.statusFilter} value={status ?? ''} placeholder={t.allStatuses}
        options={RFQ_STATUSES.map((s) => ({ value: s, label: labels[s] }))}
        onChange={(next) => navigate(next ? `/buyer?status=${next}` : '/buyer', { replace: true })} />
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {loading && !data ? <LoadingState /> : null}
      {data && data.myRfqs.nodes.length === 0 && <EmptyState text={t.noRfqs} />}
      {data && data.myRfqs.nodes.length > 0 && (
        <List label={t.rfqsLabel} testId="buyer-rfqs">
          {data.myRfqs.nodes.map((rfq) => (
            <ListItem key={rfq.id} href={`/rfqs/${rfq.id}`} title={rfq.title} testId={`rfq-row-${rfq.id}`}
              meta={`${labels[rfq.status]}${rfq.quoteCount !== null ? ` · ${fill(t.quotesCount, { n: rfq.quoteCount })}` : ''}`}>
              {fill(t.rfqMeta, { quantity: formatNumber(rfq.quantity, lang), unit: rfq.unit, deadline: formatDateTime(rfq.quoteDeadline, lang) })}
            </ListItem>
          ))}
        </List>
      )}
    </div>
  );
}
