import { useState } from 'preact/hooks';
import { useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fieldErrors, formError } from '../../lib/field-errors';
import { session } from '../../lib/session';
import { AuthPayload, LOGIN } from '../../lib/session-queries';
import type { ScreenProps } from '../../router/route';
import { Button, FormError, ScreenTitle, TextField } from '../../ui';
import { accountTexts } from './i18n';

/** Sign in; afterwards the router continues to the remembered link (`?next=`) or the role's home. */
export default function SignIn({ query }: ScreenProps) {
  const t = useTexts(accountTexts);
  const c = useTexts(commonTexts);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const next = query.get('next');
  const keep = next ? `?next=${encodeURIComponent(next)}` : '';

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { login } = await session.anonymous<{ login: AuthPayload }>(LOGIN, { email, password });
      session.accept(login);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  const errors = fieldErrors(error);

  return (
    <form class="narrow" onSubmit={(event) => void submit(event)} noValidate data-testid="sign-in-form">
      <ScreenTitle title={t.signInTitle} />
      <p class="lead">{t.signInLead}</p>
      <FormError message={formError(error, ['email', 'password'], c.networkError)} />
      <TextField id="email" label={t.email} type="email" autocomplete="username" value={email} onInput={setEmail} error={errors.email} required />
      <TextField id="password" label={t.password} type="password" autocomplete="current-password" value={password} onInput={setPassword} error={errors.password} required />
      <Button type="submit" wide busy={busy} busyText={t.signingIn}>{t.signIn}</Button>
      <p class="links">
        <a href={`/forgot-password`}>{t.forgotLink}</a>
        <span>{t.noAccount} <a href={`/sign-up${keep}`}>{t.signUpLink}</a></span>
      </p>
    </form>
  );
}
