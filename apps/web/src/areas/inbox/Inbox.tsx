import { useTexts } from '../../i18n/lang';
import { Placeholder } from '../../ui/Placeholder';
import { inboxTexts } from './i18n';

export default function Inbox() {
  const t = useTexts(inboxTexts);
  return <Placeholder title={t.title} body={t.empty} testId="inbox" />;
}
