import { MatchStatus, QuoteStatus, RfqStatus } from '@jalin/sourcing/statuses';
import './ikm.css';
import { useState } from 'preact/hooks';
import { useLang, useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fill } from '../../i18n/texts';
import { fieldErrors, formError } from '../../lib/field-errors';
import { formatDate, formatDateTime, formatRupiah } from '../../lib/format';
import { session } from '../../lib/session';
import { useDraft } from '../../lib/use-draft';
import { useQuery } from '../../lib/use-query';
import type { ScreenProps } from '../../router/route';
import { Button, Card, DateField, ErrorState, FormError, LoadingState, NumberField, RupiahField, ScreenTitle, TextField } from '../../ui';
import { todayWib } from '../../lib/format';
import { ikmTexts } from './i18n';
import { MatchWhy } from './MatchWhy';
import { DECLINE_MATCH, RFQ_FOR_IKM, RfqDetail, SUBMIT_QUOTE, WITHDRAW_QUOTE } from './queries';

const QUOTE_FIELDS = ['unitPrice', 'quantity', 'leadTimeDays', 'validUntil', 'notes'];
const EMPTY_QUOTE = { unitPrice: '', quantity: '', leadTimeDays: '', validUntil: '', notes: '' };

/** One RFQ for the IKM (`/rfqs/:id`): why it matched, the quote (a draft kept on the device), withdraw or decline. */
export default function IkmRfqDetail({ params }: ScreenProps) {
  const t = useTexts(ikmTexts);
  const c = useTexts(commonTexts);
  const { lang } = useLang();
  const { data, error, reload } = useQuery<{ rfq: RfqDetail }>(RFQ_FOR_IKM, { id: params.id });
  const [draft, setDraft, clearDraft] = useDraft(`quote.${params.id}`, EMPTY_QUOTE);
  const [busy, setBusy] = useState<'' | 'quote' | 'withdraw' | 'decline'>('');
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const [reason, setReason] = useState('');

  if (error && !data) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <LoadingState />;
  const rfq = data.rfq;
  const match = rfq.matches[0];
  const quote = rfq.quotes.find((q) => q.current && q.status === QuoteStatus.SUBMITTED);
  const errors = fieldErrors(failure);
  const set = (key: keyof typeof EMPTY_QUOTE) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const act = async (kind: 'quote' | 'withdraw' | 'decline', run: () => Promise<string>) => {
    setBusy(kind);
    setFailure(null);
    setDone('');
    try {
      setDone(await run());
      reload();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy('');
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void act('quote', async () => {
      const input = {
        rfqId: rfq.id, unitPrice: draft.unitPrice || null, quantity: draft.quantity ? Number(draft.quantity) : null,
        leadTimeDays: draft.leadTimeDays ? Number(draft.leadTimeDays) : null, validUntil: draft.validUntil || null, notes: draft.notes.trim() || null,
      };
      const { submitQuote } = await session.call<{ submitQuote: { revision: number } }>(SUBMIT_QUOTE, { input });
      clearDraft();
      return fill(t.quoteSent, { n: submitQuote.revision });
    });
  };

  return (
    <div data-testid="ikm-rfq">
      <ScreenTitle title={rfq.title} />
      <p class="lead">{fill(t.buyer, { name: rfq.buyer.name })}</p>
      <Card>
        <p>{rfq.description}</p>
        <dl class="facts">
          <dt>{t.quantity}</dt><dd>{fill(t.quantityUnit, { n: rfq.quantity, unit: rfq.unit })}</dd>
          <dt>{t.neededBy.replace(' {date}', '')}</dt><dd>{formatDate(rfq.neededBy, lang)}</dd>
          <dt>{t.quoteBy.replace(' {date}', '')}</dt><dd>{formatDateTime(rfq.quoteDeadline, lang)}</dd>
          {rfq.targetUnitPrice && <><dt>{t.targetPrice}</dt><dd class="money">{formatRupiah(rfq.targetUnitPrice)}</dd></>}
        </dl>
        {rfq.sealed && <p class="field-hint">{t.sealed}</p>}
      </Card>
      {match && (
        <Card title={fill(t.score, { n: Math.round(match.score * 100) })} testId="rfq-match">
          <MatchWhy breakdown={match.breakdown} title={t.whyMatched} />
        </Card>
      )}
      {done && <p class="notice" role="status" data-testid="rfq-done">{done}</p>}
      {quote && (
        <Card title={t.quoteTitle} testId="current-quote">
          <p>{fill(t.currentQuote, { price: formatRupiah(quote.unitPrice), qty: quote.quantity, total: formatRupiah(quote.totalPrice) })}</p>
          <p class="list-meta">{fill(t.revision, { n: quote.revision })} · {t.validUntil} {formatDate(quote.validUntil, lang)}</p>
          <Button variant="danger" busy={busy === 'withdraw'} data-testid="withdraw-quote"
            onClick={() => void act('withdraw', async () => (await session.call(WITHDRAW_QUOTE, { id: quote.id }), t.withdrawn))}>{t.withdraw}</Button>
        </Card>
      )}
      {rfq.status === RfqStatus.OPEN && match?.status !== MatchStatus.DECLINED && (
        <form onSubmit={submit} noValidate class="card" data-testid="quote-form" aria-label={quote ? t.reviseTitle : t.quoteTitle}>
          <h2 class="card-title">{quote ? t.reviseTitle : t.quoteTitle}</h2>
          <FormError message={formError(failure, QUOTE_FIELDS, c.networkError)} />
          <RupiahField id="unitPrice" label={t.unitPrice} value={draft.unitPrice} onInput={set('unitPrice')} error={errors.unitPrice} hint={c.rupiahHint} required />
          <NumberField id="quantity" label={t.quantity} value={draft.quantity} onInput={set('quantity')} error={errors.quantity} suffix={rfq.unit} required />
          <NumberField id="leadTimeDays" label={t.leadTimeDays} value={draft.leadTimeDays} onInput={set('leadTimeDays')} error={errors.leadTimeDays} suffix={t.days} required />
          <DateField id="validUntil" label={t.validUntil} value={draft.validUntil} min={todayWib()} onInput={set('validUntil')} error={errors.validUntil} required />
          <TextField id="notes" label={t.notes} multiline value={draft.notes} onInput={set('notes')} error={errors.notes} />
          <p class="field-hint">{t.draftSaved}</p>
          <Button type="submit" wide busy={busy === 'quote'} busyText={t.sending} data-testid="send-quote">{t.sendQuote}</Button>
        </form>
      )}
      {match && match.status !== MatchStatus.DECLINED && !quote && rfq.status === RfqStatus.OPEN && (
        <Card title={t.declineTitle} testId="decline">
          <TextField id="reason" label={t.declineReason} value={reason} onInput={setReason} error={errors.reason} />
          <Button variant="danger" busy={busy === 'decline'} data-testid="decline-match"
            onClick={() => void act('decline', async () => (await session.call(DECLINE_MATCH, { matchId: match.id, reason: reason.trim() || null }), t.declined))}>{t.decline}</Button>
        </Card>
      )}
    </div>
  );
}
