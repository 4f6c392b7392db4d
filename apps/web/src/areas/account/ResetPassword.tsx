import { useState } from 'preact/hooks';
import { useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fieldErrors, formError } from '../../lib/field-errors';
import { session } from '../../lib/session';
import { AuthPayload, RESET_PASSWORD } from '../../lib/session-queries';
import { HOME_OF } from '../../lib/roles';
import { navigate } from '../../router/navigation';
import type { ScreenProps } from '../../router/route';
import { Button, FormError, ScreenTitle, TextField } from '../../ui';
import { accountTexts } from './i18n';

/** The e-mailed link `/reset-password?token=…`: a new password, then signed in. */
export default function ResetPassword({ query }: ScreenProps) {
  const t = useTexts(accountTexts);
  const c = useTexts(commonTexts);
  const token = query.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { resetPassword } = await session.anonymous<{ resetPassword: AuthPayload }>(RESET_PASSWORD, { token, newPassword: password });
      session.accept(resetPassword);
      navigate(HOME_OF[resetPassword.user.role], { replace: true });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  const errors = fieldErrors(error);

  if (!token) {
    return (
      <div class="narrow">
        <ScreenTitle title={t.resetTitle} />
        <p class="form-error" role="alert">{t.resetMissingToken}</p>
        <p class="links"><a href="/forgot-password">{t.forgotLink}</a></p>
      </div>
    );
  }
  return (
    <form class="narrow" onSubmit={(event) => void submit(event)} noValidate data-testid="reset-form">
      <ScreenTitle title={t.resetTitle} />
      <FormError message={formError(error, ['newPassword'], c.networkError)} />
      <TextField id="newPassword" label={t.newPassword} type="password" autocomplete="new-password" hint={t.passwordHint} value={password} onInput={setPassword} error={errors.newPassword} required />
      <Button type="submit" wide busy={busy} busyText={t.signingIn}>{t.resetSubmit}</Button>
      {error ? <p class="links"><a href="/forgot-password">{t.forgotLink}</a></p> : null}
    </form>
  );
}
