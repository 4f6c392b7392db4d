import { useMemo } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import type { Dashboard } from '../queries';
import type { Lang, Texts } from '../i18n';
import { formatIdr, formatIdrShort, formatMonth } from '../format';
import { ChartCanvas } from './ChartCanvas';
import { COLORS } from './chart-setup';

/** RFQs, quotes and deals per month (bars) and the deal value (line, right axis). */
export function MonthlyChart({ rows, t, lang }: { rows: Dashboard['monthly']; t: Texts; lang: Lang }) {
  const config = useMemo<ChartConfiguration>(() => ({
    type: 'bar',
    data: {
      labels: rows.map((r) => formatMonth(r.month, lang)),
      datasets: [
        { label: t.rfqs, data: rows.map((r) => r.rfqs), backgroundColor: COLORS.rfqs, borderRadius: 3, maxBarThickness: 28, yAxisID: 'y' },
        { label: t.quotes, data: rows.map((r) => r.quotes), backgroundColor: COLORS.quotes, borderRadius: 3, maxBarThickness: 28, yAxisID: 'y' },
        { label: t.deals, data: rows.map((r) => r.deals), backgroundColor: COLORS.deals, borderRadius: 3, maxBarThickness: 28, yAxisID: 'y' },
        {
          type: 'line',
          label: t.dealValue,
          data: rows.map((r) => Number(r.dealValue)),
          borderColor: COLORS.value,
          backgroundColor: COLORS.value,
          tension: 0,
          yAxisID: 'value',
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => item.dataset.yAxisID === 'value'
              ? `${item.dataset.label}: ${formatIdr(rows[item.dataIndex].dealValue)}`
              : `${item.dataset.label}: ${item.formattedValue}`,
          },
        },
      },
      scales: {
        y: { beginAtZero: true, ticks: { precision: 0 } },
        value: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, ticks: { callback: (v) => formatIdrShort(Number(v), lang) } },
      },
    },
  }), [rows, t, lang]);

  return (
    <section class="panel panel-wide" aria-labelledby="monthly-title">
      <h2 id="monthly-title">{t.byMonth}</h2>
      <ChartCanvas config={config} label={t.byMonth} height={280} testId="chart-monthly" />
    </section>
  );
}
