import { useTexts } from '../../i18n/lang';
import { Placeholder } from '../../ui/Placeholder';
import { ikmTexts } from './i18n';

/** Placeholder: the ikm area's home screen. */
export default function IkmHome() {
  const t = useTexts(ikmTexts);
  return <Placeholder title={t.homeTitle} body={t.homeBody} testId="ikm-home" />;
}
