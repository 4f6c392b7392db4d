import { useState } from 'preact/hooks';
import { useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fieldErrors, formError } from '../../lib/field-errors';
import { session } from '../../lib/session';
import { AuthPayload, CHANGE_PASSWORD } from '../../lib/session-queries';
import { Button, Card, FormError, TextField } from '../../ui';
import { accountTexts } from './i18n';

/** Changes the password; the API ends the other sessions and this one continues with a new cookie. */
export function ChangePassword() {
  const t = useTexts(accountTexts);
  const c = useTexts(commonTexts);
  const [form, setForm] = useState({ currentPassword: '', newPassword: '' });
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      const { changePassword } = await session.call<{ changePassword: AuthPayload }>(CHANGE_PASSWORD, form);
      session.accept(changePassword);
      setForm({ currentPassword: '', newPassword: '' });
      setDone(true);
    } catch (failure) {
      setError(failure);
    }
    setBusy(false);
  };
  const errors = fieldErrors(error);

  return (
    <Card title={t.changePasswordTitle} testId="change-password">
      <form onSubmit={(event) => void submit(event)} noValidate>
        {done && <p class="notice" role="status" data-testid="password-changed">{t.passwordChanged}</p>}
        <FormError message={formError(error, ['currentPassword', 'newPassword'], c.networkError)} />
        <TextField id="currentPassword" label={t.currentPassword} type="password" autocomplete="current-password" value={form.currentPassword}
          onInput={(v) => setForm({ ...form, currentPassword: v })} error={errors.currentPassword} required />
        <TextField id="newPassword" label={t.newPassword} type="password" autocomplete="new-password" hint={t.passwordHint} value={form.newPassword}
          onInput={(v) => setForm({ ...form, newPassword: v })} error={errors.newPassword} required />
        <Button type="submit" busy={busy} busyText={c.loading}>{t.changePassword}</Button>
      </form>
    </Card>
  );
}
