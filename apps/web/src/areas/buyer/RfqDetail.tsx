import { MatchingStatus, RfqStatus } from '@jalin/sourcing/statuses';
import { useEffect } from 'preact/hooks';
import { useLang, useTexts } from '../../i18n/lang';
import { formatDate, formatDateTime, formatNumber, formatRupiah } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import type { ScreenProps } from '../../router/route';
import { Card, ErrorState, List, ListItem, LoadingState, ScreenTitle } from '../../ui';
import './buyer.css';
import { buyerTexts } from './i18n';
import { DEAL_STATUS_LABEL } from '../../i18n/deal-status';
import { RFQ_STATUS_LABEL } from './labels';
import { ConsortiumList, MatchList } from './MatchList';
import { RFQ, RfqView } from './queries';
import { QuoteComparison } from './QuoteComparison';
import { RfqActions } from './RfqActions';
import { allItems, labelOf, useTaxonomy } from './taxonomy';

const MATCHING_POLL_MS = 3000;

/** One RFQ for its buyer (`/rfqs/:id`): details, ranked matches, quotes to compare and award, close or cancel. */
export default function BuyerRfqDetail({ params }: ScreenProps) {
  const t = useTexts(buyerTexts);
  const { lang } = useLang();
  const { data, error, loading, reload } = useQuery<{ rfq: RfqView }>(RFQ, { id: params.id });
  const taxonomy = useTaxonomy();
  const items = allItems(taxonomy.data?.taxonomy);
  const pending = data?.rfq.matchingStatus === MatchingStatus.PENDING;
  // The worker matches a new RFQ within seconds: look again until its matches are there.
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(reload, MATCHING_POLL_MS);
    return () => clearTimeout(timer);
  }, [pending, loading]);
  if (error && !data) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  const rfq = data.rfq;
  const name = (code: string) => labelOf(items, code, lang);

  return (
    <div data-testid="buyer-rfq" aria-busy={loading ? 'true' : undefined}>
      <ScreenTitle title={rfq.title} />
      <p class="lead" data-testid="rfq-status">{RFQ_STATUS_LABEL[lang][rfq.status]}{rfq.cancelReason ? ` · ${rfq.cancelReason}` : ''}</p>
      <Card title={t.details}>
        <p>{rfq.description}</p>
        <dl class="facts">
          <dt>{t.sector}</dt><dd>{name(rfq.sector)}</dd>
          <dt>{t.processes}</dt><dd>{rfq.processes.map(name).join(', ')}</dd>
          <dt>{t.materials}</dt><dd>{rfq.materials.map(name).join(', ')}</dd>
          {rfq.requiredCertifications.length > 0 && <><dt>{t.certifications}</dt><dd>{rfq.requiredCertifications.map(name).join(', ')}</dd></>}
          <dt>{t.quantity}</dt><dd>{formatNumber(rfq.quantity, lang)} {rfq.unit}</dd>
          <dt>{t.neededByShort}</dt><dd>{formatDate(rfq.neededBy, lang)}</dd>
          <dt>{t.deadlineShort}</dt><dd>{formatDateTime(rfq.quoteDeadline, lang)}</dd>
          {rfq.targetUnitPrice && <><dt>{t.targetShort}</dt><dd class="money">{formatRupiah(rfq.targetUnitPrice)}</dd></>}
          <dt>{t.sealedShort}</dt><dd>{rfq.sealed ? t.yes : t.no}</dd>
          {rfq.quoteCount !== null && <><dt>{t.quotesShort}</dt><dd data-testid="rfq-quote-count">{formatNumber(rfq.quoteCount, lang)}</dd></>}
        </dl>
      </Card>
      {rfq.deals.length > 0 && (
        <Card title={t.dealsOfRfq} testId="rfq-deals">
          <List label={t.dealsOfRfq}>
            {rfq.deals.map((deal) => (
              <ListItem key={deal.id} href={`/deals/${deal.id}`} title={deal.ikm.name} meta={DEAL_STATUS_LABEL[lang][deal.status]}>
                {formatNumber(deal.quantity, lang)} {rfq.unit} · <span class="money">{formatRupiah(deal.value)}</span>
              </ListItem>
            ))}
          </List>
        </Card>
      )}
      <MatchList rfq={rfq} />
      <ConsortiumList rfq={rfq} />
      <QuoteComparison rfq={rfq} onAwarded={reload} />
      {rfq.status === RfqStatus.OPEN && <RfqActions rfqId={rfq.id} onDone={reload} />}
    </div>
  );
}
