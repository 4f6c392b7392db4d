import { useState } from 'preact/hooks';
import { ApiError } from '../api';
import type { Texts } from '../i18n';

interface Props {
  t: Texts;
  onLogin: (email: string, password: string) => Promise<void>;
}

export function LoginForm({ t, onLogin }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onLogin(email.trim(), password);
    } catch (e) {
      const code = e instanceof ApiError ? e.code : '';
      setError(code === 'NETWORK' ? t.networkError : code === 'TOO_MANY_REQUESTS' || code === 'RATE_LIMITED' ? t.rateLimited : t.loginFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="login panel" onSubmit={(event) => void submit(event)} aria-labelledby="login-title" data-testid="login-form">
      <h2 id="login-title">{t.loginTitle}</h2>
      <label for="login-email">{t.email}</label>
      <input id="login-email" name="email" type="email" autocomplete="username" required value={email}
        onInput={(e) => setEmail((e.target as HTMLInputElement).value)} />
      <label for="login-password">{t.password}</label>
      <input id="login-password" name="password" type="password" autocomplete="current-password" required value={password}
        onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
      {error && <p class="error" role="alert" data-testid="login-error">{error}</p>}
      <button type="submit" disabled={busy} data-testid="login-submit">{busy ? t.signingIn : t.signIn}</button>
    </form>
  );
}
