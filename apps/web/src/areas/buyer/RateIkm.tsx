import { DealSide } from '@jalin/sourcing/statuses';
import { useState } from 'preact/hooks';
import { useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fieldErrors, formError } from '../../lib/field-errors';
import { session } from '../../lib/session';
import { Button, Card, CheckboxGroup, FormError, TextField } from '../../ui';
import { buyerTexts } from './i18n';
import { DealView, RATE_DEAL } from './queries';

const STARS = ['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }));

/** The buyer's rating of the IKM (rateDeal): quality and delivery from 1 to 5, and a comment. */
export function RateIkm({ deal, onDone }: { deal: DealView; onDone: () => void }) {
  const t = useTexts(buyerTexts);
  const c = useTexts(commonTexts);
  const [quality, setQuality] = useState<string[]>([]);
  const [delivery, setDelivery] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mine = deal.ratings.find((rating) => rating.side === DealSide.BUYER);
  if (mine) return <Card title={t.rateTitle} testId="rate-ikm"><p data-testid="rated">{t.rated}</p></Card>;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.call(RATE_DEAL, { dealId: deal.id, input: {
        quality: quality[0] ? Number(quality[0]) : null, delivery: delivery[0] ? Number(delivery[0]) : null, comment: comment || null,
      } });
      onDone();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  const errors = fieldErrors(error);
  return (
    <Card title={t.rateTitle} testId="rate-ikm">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormError message={formError(error, ['quality', 'delivery', 'comment'], c.networkError)} />
        <div class="pair">
          <CheckboxGroup id="quality" legend={t.quality} single options={STARS} values={quality} onChange={setQuality} error={errors.quality} />
          <CheckboxGroup id="delivery" legend={t.delivery} single options={STARS} values={delivery} onChange={setDelivery} error={errors.delivery} />
        </div>
        <TextField id="comment" label={t.comment} value={comment} onInput={setComment} error={errors.comment} multiline maxLength={1000} />
        <Button type="submit" wide busy={busy} data-testid="rate-submit">{t.rate}</Button>
      </form>
    </Card>
  );
}
