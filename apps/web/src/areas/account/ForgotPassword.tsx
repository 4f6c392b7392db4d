import { useState } from 'preact/hooks';
import { useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fieldErrors, formError } from '../../lib/field-errors';
import { session } from '../../lib/session';
import { REQUEST_PASSWORD_RESET } from '../../lib/session-queries';
import { Button, FormError, ScreenTitle, TextField } from '../../ui';
import { accountTexts } from './i18n';

/** Asks for the reset e-mail; the answer is the same whether the address has an account or not. */
export default function ForgotPassword() {
  const t = useTexts(accountTexts);
  const c = useTexts(commonTexts);
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.anonymous(REQUEST_PASSWORD_RESET, { email });
      setSent(true);
    } catch (failure) {
      setError(failure);
    }
    setBusy(false);
  };

  return (
    <form class="narrow" onSubmit={(event) => void submit(event)} noValidate data-testid="forgot-form">
      <ScreenTitle title={t.forgotTitle} />
      <p class="lead">{t.forgotLead}</p>
      {sent && <p class="notice" role="status" data-testid="forgot-sent">{t.forgotSent}</p>}
      <FormError message={formError(error, ['email'], c.networkError)} />
      <TextField id="email" label={t.email} type="email" autocomplete="email" value={email} onInput={setEmail} error={fieldErrors(error).email} required />
      <Button type="submit" wide busy={busy} busyText={t.sending}>{t.sendLink}</Button>
      <p class="links"><a href="/sign-in">{t.signInLink}</a></p>
    </form>
  );
}
