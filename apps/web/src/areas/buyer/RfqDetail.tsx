import { useTexts } from '../../i18n/lang';
import type { ScreenProps } from '../../router/route';
import { Placeholder } from '../../ui/Placeholder';
import { buyerTexts } from './i18n';

/** Placeholder: one RFQ for the BUYER (`/rfqs/:id`, the link notifications send). */
export default function BuyerRfqDetail({ params }: ScreenProps) {
  const t = useTexts(buyerTexts);
  return <Placeholder title={`${t.rfqTitle} ${params.id}`} body={t.rfqBody} testId="buyer-rfq" />;
}
