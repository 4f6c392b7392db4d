import { useTexts } from '../../i18n/lang';
import type { ScreenProps } from '../../router/route';
import { Placeholder } from '../../ui/Placeholder';
import { buyerTexts } from './i18n';

/** Placeholder: one deal for the BUYER (`/deals/:id`, the link notifications send). */
export default function BuyerDealDetail({ params }: ScreenProps) {
  const t = useTexts(buyerTexts);
  return <Placeholder title={`${t.dealTitle} ${params.id}`} body={t.dealBody} testId="buyer-deal" />;
}
