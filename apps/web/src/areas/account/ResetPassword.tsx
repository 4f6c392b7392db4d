import { useTexts } from '../../i18n/lang';
import { Placeholder } from '../../ui/Placeholder';
import { accountTexts } from './i18n';

export default function ResetPassword() {
  const t = useTexts(accountTexts);
  return <Placeholder title={t.accountTitle} body="" testId="account-ResetPassword" />;
}
