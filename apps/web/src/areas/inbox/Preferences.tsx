import { useEffect, useState } from 'preact/hooks';
import { useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fill } from '../../i18n/texts';
import { fieldErrors, formError } from '../../lib/field-errors';
import { Channel, CHANNELS, Preferences as Prefs, PREFERENCES, savePreferences } from '../../lib/preferences';
import { useQuery } from '../../lib/use-query';
import { Button, CheckboxGroup, ErrorState, FormError, LoadingState, ScreenTitle, TextField } from '../../ui';
import { inboxTexts } from './i18n';

/** Channels (in-app, e-mail, webhook), the webhook URL and, once saved, its signing key. */
export default function Preferences() {
  const t = useTexts(inboxTexts);
  const c = useTexts(commonTexts);
  const query = useQuery<{ notificationPreferences: Prefs }>(PREFERENCES);
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [channels, setChannels] = useState<Channel[]>([]);
  const [webhookUrl, setWebhookUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const show = (p: Prefs) => {
    setPrefs(p);
    setChannels(p.channels);
    setWebhookUrl(p.webhookUrl ?? '');
  };
  useEffect(() => {
    if (query.data) show(query.data.notificationPreferences);
  }, [query.data]);

  if (!prefs) return query.error ? <ErrorState error={query.error} onRetry={query.reload} /> : <LoadingState />;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      show(await savePreferences({ channels, webhookUrl: webhookUrl.trim() || null }));
      setSaved(true);
    } catch (failure) {
      setError(failure);
    }
    setBusy(false);
  };
  const errors = fieldErrors(error);
  const label: Record<Channel, string> = { IN_APP: t.channel_IN_APP, EMAIL: t.channel_EMAIL, WEBHOOK: t.channel_WEBHOOK };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="preferences-form">
      <ScreenTitle title={t.preferencesTitle} />
      {saved && <p class="notice" role="status" data-testid="preferences-saved">{t.saved}</p>}
      <FormError message={formError(error, ['channels', 'webhookUrl'], c.networkError)} />
      <CheckboxGroup id="channels" legend={t.channels} hint={t.channelsHint} values={channels} onChange={(v) => setChannels(v as Channel[])}
        options={CHANNELS.map((channel) => ({ value: channel, label: label[channel] }))} error={errors.channels} />
      {prefs.email && <p class="field-hint">{fill(t.emailTo, { email: prefs.email })}</p>}
      {(channels.includes('WEBHOOK') || prefs.webhookUrl) && (
        <TextField id="webhookUrl" label={t.webhookUrl} type="url" value={webhookUrl} onInput={setWebhookUrl} error={errors.webhookUrl} />
      )}
      {prefs.webhookSecret && (
        <div class="field">
          <label for="webhookSecret">{t.webhookSecret}</label>
          <input id="webhookSecret" readOnly value={prefs.webhookSecret} aria-describedby="webhookSecret-hint" data-testid="webhook-secret" />
          <p class="field-hint" id="webhookSecret-hint">{t.webhookSecretHint}</p>
        </div>
      )}
      <Button type="submit" wide busy={busy} busyText={c.loading}>{c.save}</Button>
    </form>
  );
}
