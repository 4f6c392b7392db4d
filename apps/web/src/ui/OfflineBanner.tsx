import { useTexts } from '../i18n/lang';
import { commonTexts } from '../i18n/common';
import { useOnline } from '../lib/online';

/** Says the app is offline and that what shows is the last saved data. */
export function OfflineBanner() {
  const t = useTexts(commonTexts);
  const online = useOnline();
  if (online) return null;
  return <div class="offline-banner" role="status" data-testid="offline-banner">{t.offline}</div>;
}
