import { DealStatus } from '@jalin/sourcing/statuses';
import { useLang, useTexts } from '../../i18n/lang';
import { formatDate, formatDateTime, formatNumber, formatRupiah } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import type { ScreenProps } from '../../router/route';
import { Card, ErrorState, LoadingState, ScreenTitle } from '../../ui';
import './buyer.css';
import { DealSteps } from './DealSteps';
import { buyerTexts } from './i18n';
import { DEAL_STATUS_LABEL } from '../../i18n/deal-status';
import { DEAL, DealView } from './queries';
import { RateIkm } from './RateIkm';

/** One deal for its buyer (`/deals/:id`): value, the IKM's contact, the history, the buyer's step, the rating. */
export default function BuyerDealDetail({ params }: ScreenProps) {
  const t = useTexts(buyerTexts);
  const { lang } = useLang();
  const { data, error, reload } = useQuery<{ deal: DealView }>(DEAL, { id: params.id });
  if (error && !data) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  const deal = data.deal;
  const contact = deal.ikmContact;
  const labels = DEAL_STATUS_LABEL[lang];

  return (
    <div data-testid="buyer-deal">
      <ScreenTitle title={`${t.dealTitle}: ${deal.ikm.name}`} />
      <p class="lead"><span data-testid="deal-status">{labels[deal.status]}</span> · <a href={`/rfqs/${deal.rfq.id}`}>{deal.rfq.title}</a></p>
      <Card title={t.details}>
        <dl class="facts">
          <dt>{t.quantity}</dt><dd>{formatNumber(deal.quantity, lang)} {deal.rfq.unit}</dd>
          <dt>{t.unitPrice}</dt><dd class="money">{formatRupiah(deal.unitPrice)}</dd>
          <dt>{t.value}</dt><dd class="money" data-testid="deal-value">{formatRupiah(deal.value)}</dd>
          <dt>{t.neededByShort}</dt><dd>{formatDate(deal.neededBy, lang)}</dd>
        </dl>
      </Card>
      <DealSteps deal={deal} onDone={reload} />
      <Card title={t.contactTitle} testId="ikm-contact">
        <dl class="facts">
          <dt>{t.contactPerson}</dt><dd>{contact.contactPerson ?? contact.organizationName}</dd>
          {contact.phone && <><dt>{t.phone}</dt><dd><a href={`tel:${contact.phone}`}>{contact.phone}</a></dd></>}
          {contact.email && <><dt>{t.email}</dt><dd><a href={`mailto:${contact.email}`}>{contact.email}</a></dd></>}
        </dl>
      </Card>
      <Card title={t.historyTitle} testId="deal-history">
        <ol class="history">
          {deal.history.map((event, i) => (
            <li key={i}>
              <strong>{labels[event.status]}</strong>{event.by ? ` · ${event.by.name}` : ''}
              <span class="history-when">{formatDateTime(event.at, lang)}</span>
              {event.note && <span>{event.note}</span>}
            </li>
          ))}
        </ol>
      </Card>
      {deal.status === DealStatus.COMPLETED && <RateIkm deal={deal} onDone={reload} />}
    </div>
  );
}
