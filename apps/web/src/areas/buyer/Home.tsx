import { useTexts } from '../../i18n/lang';
import { Placeholder } from '../../ui/Placeholder';
import { buyerTexts } from './i18n';

/** Placeholder: the buyer area's home screen. */
export default function BuyerHome() {
  const t = useTexts(buyerTexts);
  return <Placeholder title={t.homeTitle} body={t.homeBody} testId="buyer-home" />;
}
