import type { ComponentChildren } from 'preact';
import type { Dashboard } from '../queries';
import type { Lang, Texts } from '../i18n';
import { formatCount, formatHours, formatIdr, formatShare } from '../format';

interface KpiProps {
  id: string;
  label: string;
  /** The raw figure (data-value), e.g. "1250000" or "0.5"; '' when there is none. */
  raw: string;
  text: string;
  sub?: ComponentChildren;
  accent?: boolean;
}

function Kpi({ id, label, raw, text, sub, accent }: KpiProps) {
  return (
    <div class={accent ? 'kpi kpi-accent' : 'kpi'}>
      <div class="kpi-label" id={`kpi-label-${id}`}>{label}</div>
      <div class="kpi-value" data-testid={`kpi-${id}`} data-value={raw} aria-labelledby={`kpi-label-${id}`}>{text}</div>
      {sub && <div class="kpi-sub">{sub}</div>}
    </div>
  );
}

/** The totals and insights of the current filter. */
export function KpiCards({ data, t, lang }: { data: Dashboard; t: Texts; lang: Lang }) {
  const { totals, insights } = data;
  const count = (id: keyof Dashboard['totals'] & string, label: string, sub?: ComponentChildren) => (
    <Kpi id={id} label={label} raw={String(totals[id])} text={formatCount(Number(totals[id]), lang)} sub={sub} />
  );
  return (
    <section class="kpis" aria-label="KPI">
      {count('rfqs', t.kpiRfqs)}
      {count('openRfqs', t.kpiOpenRfqs)}
      {count('quotes', t.kpiQuotes)}
      {count('deals', t.kpiDeals)}
      <Kpi id="dealValue" label={t.kpiDealValue} raw={totals.dealValue} text={formatIdr(totals.dealValue)} accent />
      {count('participatingIkms', t.kpiParticipatingIkms)}
      {count('verifiedIkms', t.kpiVerifiedIkms, t.ofRegistered(formatCount(totals.registeredIkms, lang)))}
      <Kpi id="medianHoursToFirstQuote" label={t.kpiMedianHours} raw={insights.medianHoursToFirstQuote === null ? '' : String(insights.medianHoursToFirstQuote)}
        text={formatHours(insights.medianHoursToFirstQuote, lang)} sub={t.hours} />
      <Kpi id="matchedShare" label={t.kpiMatchedShare} raw={insights.matchedShare === null ? '' : String(insights.matchedShare)}
        text={formatShare(insights.matchedShare, lang)} />
      <Kpi id="repeatBuyers" label={t.kpiRepeatBuyers} raw={String(insights.repeatBuyers)} text={formatCount(insights.repeatBuyers, lang)} />
    </section>
  );
}
