import { useState } from 'preact/hooks';
import { useLang, useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fill } from '../../i18n/texts';
import { fieldErrors, formError } from '../../lib/field-errors';
import { formatNumber, formatRupiah } from '../../lib/format';
import { session } from '../../lib/session';
import { Button, Card, FormError, NumberField } from '../../ui';
import { buyerTexts } from './i18n';
import { lineValue, sumValues } from './money';
import { AWARD, ComparisonRow, RfqView } from './queries';

/**
 * A split award: a quantity per quote, then a review of each line's exact rupiah and the total
 * before the buyer confirms (awardRfq).
 */
export function AwardForm({ rfq, rows, onAwarded }: { rfq: RfqView; rows: ComparisonRow[]; onAwarded: () => void }) {
  const t = useTexts(buyerTexts);
  const c = useTexts(commonTexts);
  const { lang } = useLang();
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [reviewing, setReviewing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const lines = rows
    .filter((row) => Number(quantities[row.quote.id] || 0) > 0)
    .map((row) => {
      const quantity = Number(quantities[row.quote.id]);
      return { row, quantity, value: lineValue(row.unitPrice, quantity) };
    });
  const total = sumValues(lines.map((line) => line.value));
  const errors = fieldErrors(error);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await session.call(AWARD, { rfqId: rfq.id, awards: lines.map((line) => ({ quoteId: line.row.quote.id, quantity: line.quantity })) });
      onAwarded();
    } catch (failure) {
      setError(failure);
      setReviewing(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t.awardTitle} testId="award-form">
      <p class="lead">{t.awardLead}</p>
      <FormError message={formError(error, [], c.networkError)} />
      {rows.map((row) => (
        <NumberField key={row.quote.id} id={`award-${row.quote.id}`} label={fill(t.awardQuantity, { name: row.ikm.name })}
          value={quantities[row.quote.id] ?? ''} suffix={rfq.unit} error={errors.quantity && quantities[row.quote.id] ? errors.quantity : null}
          onInput={(value) => { setReviewing(false); setQuantities((q) => ({ ...q, [row.quote.id]: value })); }} />
      ))}
      {!reviewing ? (
        <Button wide variant="secondary" disabled={lines.length === 0} onClick={() => setReviewing(true)} data-testid="award-review">
          {lines.length === 0 ? t.awardNone : t.awardReview}
        </Button>
      ) : (
        <div role="region" aria-label={t.awardConfirmTitle} data-testid="award-review-panel">
          <h3>{t.awardConfirmTitle}</h3>
          <ul class="award-lines">
            {lines.map((line) => (
              <li key={line.row.quote.id} data-testid="award-line">
                <span>{line.row.ikm.name}</span>
                <span class="money">{fill(t.awardLine, { quantity: formatNumber(line.quantity, lang), price: formatRupiah(line.row.unitPrice), value: formatRupiah(line.value) })}</span>
              </li>
            ))}
          </ul>
          <p class="award-total"><span>{t.awardTotal}</span><span class="money" data-testid="award-total">{formatRupiah(total)}</span></p>
          <Button wide busy={busy} busyText={t.awarding} onClick={() => void confirm()} data-testid="award-confirm">{t.awardConfirm}</Button>
        </div>
      )}
    </Card>
  );
}
