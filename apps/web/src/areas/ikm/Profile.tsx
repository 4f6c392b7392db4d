import { useTexts } from '../../i18n/lang';
import { Placeholder } from '../../ui/Placeholder';
import { ikmTexts } from './i18n';

/** Placeholder: the capability profile (`/profile`, linked by the "profile verified" notification). */
export default function IkmProfile() {
  const t = useTexts(ikmTexts);
  return <Placeholder title={t.profileTitle} body={t.profileBody} testId="ikm-profile" />;
}
