import { useMemo } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import type { Dashboard, SectorInfo } from '../queries';
import type { Lang, Texts } from '../i18n';
import { ChartCanvas } from './ChartCanvas';
import { COLORS } from './chart-setup';

interface Props {
  rows: Dashboard['bySector'];
  sectors: SectorInfo[];
  t: Texts;
  lang: Lang;
}

/** RFQs, quotes and deals per sector. */
export function SectorChart({ rows, sectors, t, lang }: Props) {
  const config = useMemo<ChartConfiguration>(() => {
    const name = (code: string) => {
      const info = sectors.find((s) => s.sector === code);
      return info ? (lang === 'en' ? info.label : info.labelId) : code;
    };
    return {
      type: 'bar',
      data: {
        labels: rows.map((r) => name(r.sector)),
        datasets: [
          { label: t.rfqs, data: rows.map((r) => r.rfqs), backgroundColor: COLORS.rfqs, borderRadius: 3, maxBarThickness: 28 },
          { label: t.quotes, data: rows.map((r) => r.quotes), backgroundColor: COLORS.quotes, borderRadius: 3, maxBarThickness: 28 },
          { label: t.deals, data: rows.map((r) => r.deals), backgroundColor: COLORS.deals, borderRadius: 3, maxBarThickness: 28 },
        ],
      },
      options: {
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    };
  }, [rows, sectors, t, lang]);

  return (
    <section class="panel" aria-labelledby="sector-title">
      <h2 id="sector-title">{t.bySector}</h2>
      <ChartCanvas config={config} label={t.bySector} testId="chart-sector" />
    </section>
  );
}
