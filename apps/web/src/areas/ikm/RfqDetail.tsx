import { useTexts } from '../../i18n/lang';
import type { ScreenProps } from '../../router/route';
import { Placeholder } from '../../ui/Placeholder';
import { ikmTexts } from './i18n';

/** Placeholder: one RFQ for the IKM (`/rfqs/:id`, the link notifications send). */
export default function IkmRfqDetail({ params }: ScreenProps) {
  const t = useTexts(ikmTexts);
  return <Placeholder title={`${t.rfqTitle} ${params.id}`} body={t.rfqBody} testId="ikm-rfq" />;
}
