import { useState } from 'preact/hooks';
import { useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fieldErrors, formError } from '../../lib/field-errors';
import { session } from '../../lib/session';
import { Button, Card, FormError, TextField } from '../../ui';
import { buyerTexts } from './i18n';
import { CANCEL_RFQ, CLOSE_RFQ } from './queries';

/** Close (no more quotes) or cancel (with a reason the matched IKMs read) an open RFQ. */
export function RfqActions({ rfqId, onDone }: { rfqId: string; onDone: () => void }) {
  const t = useTexts(buyerTexts);
  const c = useTexts(commonTexts);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<'close' | 'cancel' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = (which: 'close' | 'cancel') => async () => {
    setBusy(which);
    setError(null);
    try {
      await session.call(which === 'close' ? CLOSE_RFQ : CANCEL_RFQ, { id: rfqId, reason: reason || (which === 'cancel' ? '' : null) });
      onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };
  const errors = fieldErrors(error);
  return (
    <Card title={t.closeTitle} testId="rfq-actions">
      <FormError message={formError(error, ['reason'], c.networkError)} />
      <TextField id="reason" label={t.reason} hint={t.cancelReasonHint} value={reason} onInput={setReason} error={errors.reason} multiline maxLength={1000} />
      <div class="actions">
        <Button variant="secondary" busy={busy === 'close'} onClick={() => void run('close')()} data-testid="close-rfq">{t.closeRfq}</Button>
        <Button variant="danger" busy={busy === 'cancel'} onClick={() => void run('cancel')()} data-testid="cancel-rfq">{t.cancelRfq}</Button>
      </div>
    </Card>
  );
}
