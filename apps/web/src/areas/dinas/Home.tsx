import { useTexts } from '../../i18n/lang';
import { Placeholder } from '../../ui/Placeholder';
import { dinasTexts } from './i18n';

/** Placeholder: the dinas area's home screen. */
export default function DinasHome() {
  const t = useTexts(dinasTexts);
  return <Placeholder title={t.homeTitle} body={t.homeBody} testId="dinas-home" />;
}
