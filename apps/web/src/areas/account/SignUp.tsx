import { useState } from 'preact/hooks';
import { useLang, useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fieldErrors, formError } from '../../lib/field-errors';
import { session } from '../../lib/session';
import { AuthPayload, REGISTER } from '../../lib/session-queries';
import type { ScreenProps } from '../../router/route';
import { Button, CheckboxGroup, FormError, ScreenTitle, TextField } from '../../ui';
import { accountTexts } from './i18n';

const FIELDS = ['role', 'name', 'organizationName', 'email', 'phone', 'password'];

/** Sign up as an IKM or a buyer; the server's rules decide what is valid (errors at the fields). */
export default function SignUp({ query }: ScreenProps) {
  const t = useTexts(accountTexts);
  const c = useTexts(commonTexts);
  const { lang } = useLang();
  const [form, setForm] = useState({ role: 'IKM', name: '', organizationName: '', email: '', phone: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const next = query.get('next');

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const input = { ...form, phone: form.phone.trim() || undefined, locale: lang };
      const { register } = await session.anonymous<{ register: AuthPayload }>(REGISTER, { input });
      session.accept(register);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  const errors = fieldErrors(error);

  return (
    <form class="narrow" onSubmit={(event) => void submit(event)} noValidate data-testid="sign-up-form">
      <ScreenTitle title={t.signUpTitle} />
      <p class="lead">{t.signUpLead}</p>
      <FormError message={formError(error, FIELDS, c.networkError)} />
      <CheckboxGroup id="role" legend={t.accountType} single values={[form.role]} onChange={([value]) => set('role')(value)} error={errors.role}
        options={[{ value: 'IKM', label: t.typeIkm }, { value: 'BUYER', label: t.typeBuyer }]} />
      <TextField id="name" label={t.name} autocomplete="name" value={form.name} onInput={set('name')} error={errors.name} required />
      <TextField id="organizationName" label={t.organizationName} autocomplete="organization" value={form.organizationName} onInput={set('organizationName')} error={errors.organizationName} required />
      <TextField id="email" label={t.email} type="email" autocomplete="email" value={form.email} onInput={set('email')} error={errors.email} required />
      <TextField id="phone" label={t.phone} type="tel" autocomplete="tel" hint={t.phoneHint} value={form.phone} onInput={set('phone')} error={errors.phone} />
      <TextField id="password" label={t.password} type="password" autocomplete="new-password" hint={t.passwordHint} value={form.password} onInput={set('password')} error={errors.password} required />
      <Button type="submit" wide busy={busy} busyText={t.signingUp}>{t.signUp}</Button>
      <p class="links">
        <span>{t.haveAccount} <a href={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>{t.signInLink}</a></span>
      </p>
    </form>
  );
}
