import { useTexts } from '../../i18n/lang';
import { Placeholder } from '../../ui/Placeholder';
import { adminTexts } from './i18n';

/** Placeholder: the admin area's home screen. */
export default function AdminHome() {
  const t = useTexts(adminTexts);
  return <Placeholder title={t.homeTitle} body={t.homeBody} testId="admin-home" />;
}
