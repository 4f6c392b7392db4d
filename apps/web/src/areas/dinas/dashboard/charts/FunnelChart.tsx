import { useMemo } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import type { Dashboard } from '../queries';
import type { Lang, Texts } from '../i18n';
import { formatCount } from '../format';
import { ChartCanvas } from './ChartCanvas';
import { COLORS } from './chart-setup';

type Stage = keyof Dashboard['funnel'];
const STAGES: { key: Stage; text: keyof Texts }[] = [
  { key: 'rfqsPosted', text: 'funnelRfqsPosted' },
  { key: 'rfqsMatched', text: 'funnelRfqsMatched' },
  { key: 'rfqsQuoted', text: 'funnelRfqsQuoted' },
  { key: 'rfqsAwarded', text: 'funnelRfqsAwarded' },
  { key: 'dealsCompleted', text: 'funnelDealsCompleted' },
];

/** RFQs posted → matched → quoted → awarded → deals completed: the figures and a bar chart. */
export function FunnelChart({ funnel, t, lang }: { funnel: Dashboard['funnel']; t: Texts; lang: Lang }) {
  const config = useMemo<ChartConfiguration>(() => ({
    type: 'bar',
    data: {
      labels: STAGES.map((s) => t[s.text] as string),
      datasets: [{
        label: t.funnel,
        data: STAGES.map((s) => funnel[s.key]),
        backgroundColor: [COLORS.rfqs, '#3b82f6', COLORS.quotes, COLORS.deals, COLORS.completed],
        borderRadius: 4,
        maxBarThickness: 32,
      }],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  }), [funnel, t]);

  return (
    <section class="panel" aria-labelledby="funnel-title">
      <h2 id="funnel-title">{t.funnel}</h2>
      <ol class="funnel-steps">
        {STAGES.map((s) => (
          <li key={s.key}>
            <span class="funnel-label">{t[s.text] as string}</span>
            <span class="funnel-value" data-testid={`funnel-${s.key}`} data-value={String(funnel[s.key])}>
              {formatCount(funnel[s.key], lang)}
            </span>
          </li>
        ))}
      </ol>
      <ChartCanvas config={config} label={t.funnel} height={220} testId="chart-funnel" />
    </section>
  );
}
