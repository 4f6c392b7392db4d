import { DealSide, DealStatus } from '@jalin/sourcing/statuses';
import { useState } from 'preact/hooks';
import { DEAL_STATUS_LABEL, DEAL_STEP_ACTION } from '../../i18n/deal-status';
import { useLang, useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fill } from '../../i18n/texts';
import { fieldErrors, formError } from '../../lib/field-errors';
import { session } from '../../lib/session';
import { Button, Card, FormError, TextField } from '../../ui';
import { buyerTexts } from './i18n';
import { DealView, UPDATE_DEAL } from './queries';

/** The buyer's next step (PO_ISSUED, COMPLETED) when it is the buyer's turn, and cancelling with a note while allowed. */
export function DealSteps({ deal, onDone }: { deal: DealView; onDone: () => void }) {
  const t = useTexts(buyerTexts);
  const c = useTexts(commonTexts);
  const { lang } = useLang();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<DealStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const mine = deal.nextStep?.by === DealSide.BUYER ? deal.nextStep.status : null;
  const cancellable = deal.cancellable;

  const step = (status: DealStatus) => async () => {
    setBusy(status);
    setError(null);
    try {
      await session.call(UPDATE_DEAL, { dealId: deal.id, status, note: note || null });
      setNote('');
      onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };
  const errors = fieldErrors(error);

  return (
    <Card title={t.nextStepTitle} testId="deal-steps">
      {!deal.nextStep && <p>{t.finished}</p>}
      {deal.nextStep && !mine && <p data-testid="waiting-ikm">{fill(t.waitingIkm, { status: DEAL_STATUS_LABEL[lang][deal.nextStep.status] })}</p>}
      {(mine || cancellable) && (
        <>
          <FormError message={formError(error, ['note'], c.networkError)} />
          <TextField id="note" label={mine ? t.note : t.cancelNote} hint={cancellable ? t.cancelNoteHint : undefined} value={note} onInput={setNote} error={errors.note} multiline maxLength={1000} />
          <div class="actions">
            {mine && (
              <Button busy={busy === mine} onClick={() => void step(mine)()} data-testid={`step-${mine}`}>{DEAL_STEP_ACTION[lang][mine]}</Button>
            )}
            {cancellable && <Button variant="danger" busy={busy === DealStatus.CANCELLED} onClick={() => void step(DealStatus.CANCELLED)()} data-testid={`step-${DealStatus.CANCELLED}`}>{t.cancelDeal}</Button>}
          </div>
        </>
      )}
    </Card>
  );
}
