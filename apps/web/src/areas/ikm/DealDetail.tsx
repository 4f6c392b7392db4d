import { useTexts } from '../../i18n/lang';
import type { ScreenProps } from '../../router/route';
import { Placeholder } from '../../ui/Placeholder';
import { ikmTexts } from './i18n';

/** Placeholder: one deal for the IKM (`/deals/:id`, the link notifications send). */
export default function IkmDealDetail({ params }: ScreenProps) {
  const t = useTexts(ikmTexts);
  return <Placeholder title={`${t.dealTitle} ${params.id}`} body={t.dealBody} testId="ikm-deal" />;
}
