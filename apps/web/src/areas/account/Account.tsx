import { useState } from 'preact/hooks';
import { useLang, useTexts } from '../../i18n/lang';
import { fill, Lang } from '../../i18n/texts';
import { session, useSession } from '../../lib/session';
import { navigate } from '../../router/navigation';
import { Button, Card, CheckboxGroup, ScreenTitle } from '../../ui';
import { inboxTexts } from '../inbox/i18n';
import { ChangePassword } from './ChangePassword';
import { accountTexts } from './i18n';

const LOGOUT_EVERYWHERE = 'mutation { logoutEverywhere }';

/** Who is signed in, language, password, notification settings, signing out. */
export default function Account() {
  const t = useTexts(accountTexts);
  const inbox = useTexts(inboxTexts);
  const { lang, setLang } = useLang();
  const state = useSession();
  const [busy, setBusy] = useState(false);
  if (state.status !== 'signed-in') return null;
  const { user } = state;
  const roleLabel = t[`role_${user.role}`];

  const signOut = async (everywhere: boolean) => {
    setBusy(true);
    if (everywhere) await session.call(LOGOUT_EVERYWHERE).catch(() => undefined);
    await session.logout();
    navigate('/sign-in', { replace: true });
  };

  return (
    <div>
      <ScreenTitle title={t.accountTitle} />
      <p data-testid="signed-in-as">{fill(t.signedInAs, { name: user.name, org: user.organization?.name ?? roleLabel })} · {roleLabel}</p>
      <Card title={t.languageTitle}>
        <CheckboxGroup id="language" legend={t.languageLead} single values={[lang]} onChange={([value]) => setLang(value as Lang)}
          options={[{ value: 'id', label: t.langId }, { value: 'en', label: t.langEn }]} />
      </Card>
      <ChangePassword />
      <Card title={inbox.preferencesTitle}>
        <a class="btn btn-secondary" href="/account/notifications">{inbox.preferencesLink}</a>
      </Card>
      <div class="actions">
        <Button variant="secondary" data-testid="sign-out" busy={busy} onClick={() => void signOut(false)}>{t.signOut}</Button>
        <Button variant="danger" data-testid="sign-out-everywhere" busy={busy} onClick={() => void signOut(true)}>{t.signOutEverywhere}</Button>
      </div>
    </div>
  );
}
