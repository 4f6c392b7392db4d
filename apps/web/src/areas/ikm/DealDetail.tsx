import { DealSide, DealStatus } from '@jalin/sourcing/statuses';
import './ikm.css';
import { useState } from 'preact/hooks';
import { DEAL_STATUS_LABEL, DEAL_STEP_ACTION } from '../../i18n/deal-status';
import { useLang, useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fill } from '../../i18n/texts';
import { fieldErrors, formError } from '../../lib/field-errors';
import { formatDate, formatDateTime, formatRupiah } from '../../lib/format';
import { session } from '../../lib/session';
import { useQuery } from '../../lib/use-query';
import type { ScreenProps } from '../../router/route';
import { Button, Card, CheckboxGroup, ErrorState, FormError, LoadingState, ScreenTitle, TextField } from '../../ui';
import { ikmTexts } from './i18n';
import { Deal, DEAL, RATE_DEAL, UPDATE_DEAL } from './queries';

/** One deal for the IKM (`/deals/:id`): its next step when it is the IKM's (from Deal.nextStep), cancel with a note, rating the buyer. */
export default function IkmDealDetail({ params }: ScreenProps) {
  const t = useTexts(ikmTexts);
  const c = useTexts(commonTexts);
  const { lang } = useLang();
  const { data, error, reload } = useQuery<{ deal: Deal }>(DEAL, { id: params.id });
  const [busy, setBusy] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [note, setNote] = useState('');
  const [stars, setStars] = useState('');
  const [comment, setComment] = useState('');

  if (error && !data) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  const deal = data.deal;
  const errors = fieldErrors(failure);
  const status = (s: Deal['status']) => DEAL_STATUS_LABEL[lang][s];
  const mine = deal.ratings?.find((r) => r.side === DealSide.IKM);

  const act = async (kind: string, query: string, variables: Record<string, unknown>) => {
    setBusy(kind);
    setFailure(null);
    try {
      await session.call(query, variables);
      setNote('');
      reload();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy('');
    }
  };

  return (
    <div data-testid="ikm-deal">
      <ScreenTitle title={deal.rfq.title} />
      <p class="lead">{fill(t.buyer, { name: deal.buyer.name })}</p>
      <Card>
        <dl class="facts">
          <dt>Status</dt><dd data-testid="deal-status" data-value={deal.status}>{status(deal.status)}</dd>
          <dt>{t.quantity}</dt><dd>{fill(t.quantityUnit, { n: deal.quantity, unit: deal.rfq.unit })}</dd>
          <dt>{t.unitPrice}</dt><dd class="money">{formatRupiah(deal.unitPrice)}</dd>
          <dt>{t.dealValue}</dt><dd class="money" data-testid="deal-value">{formatRupiah(deal.value)}</dd>
          <dt>{t.neededBy.replace(' {date}', '')}</dt><dd>{formatDate(deal.neededBy, lang)}</dd>
        </dl>
      </Card>
      <FormError message={formError(failure, ['note', 'paymentPunctuality', 'comment'], c.networkError)} />
      {deal.nextStep && (deal.nextStep.by === DealSide.IKM ? (
        <div class="actions">
          <Button wide busy={busy === 'step'} data-testid="deal-next-step"
            onClick={() => void act('step', UPDATE_DEAL, { dealId: deal.id, status: deal.nextStep!.status })}>
            {DEAL_STEP_ACTION[lang][deal.nextStep.status]}
          </Button>
        </div>
      ) : <p class="notice" data-testid="deal-waiting">{fill(t.waitingBuyer, { status: status(deal.nextStep.status) })}</p>)}
      {deal.status === DealStatus.COMPLETED && (mine ? <p class="notice" data-testid="deal-rated">{fill(t.rated, { n: mine.paymentPunctuality ?? '–' })}</p> : (
        <Card title={t.rateTitle} testId="rate-buyer">
          <CheckboxGroup id="paymentPunctuality" legend={t.paymentPunctuality} single values={[stars]} onChange={([v]) => setStars(v)} error={errors.paymentPunctuality}
            options={['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: '★'.repeat(Number(n)) + ` ${n}` }))} />
          <TextField id="comment" label={t.comment} multiline value={comment} onInput={setComment} error={errors.comment} />
          <Button wide busy={busy === 'rate'} data-testid="rate-submit"
            onClick={() => void act('rate', RATE_DEAL, { dealId: deal.id, input: { paymentPunctuality: stars ? Number(stars) : null, comment: comment.trim() || null } })}>{t.rate}</Button>
        </Card>
      ))}
      {deal.history && deal.history.length > 0 && (
        <Card title={t.history}>
          <ol class="history">
            {deal.history.map((event, n) => (
              <li key={n}><strong>{status(event.status)}</strong> · {formatDateTime(event.at, lang)}{event.note ? ` · ${event.note}` : ''}</li>
            ))}
          </ol>
        </Card>
      )}
      {deal.cancellable && (
        <Card title={t.cancelDeal} testId="cancel-deal">
          <TextField id="note" label={t.cancelNote} multiline value={note} onInput={setNote} error={errors.note} />
          <Button variant="danger" busy={busy === 'cancel'} data-testid="cancel-deal-submit"
            onClick={() => void act('cancel', UPDATE_DEAL, { dealId: deal.id, status: DealStatus.CANCELLED, note: note.trim() || null })}>{t.cancelDeal}</Button>
        </Card>
      )}
    </div>
  );
}
