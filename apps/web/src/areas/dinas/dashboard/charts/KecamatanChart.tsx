import { useMemo } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import type { Dashboard, TaxonomyItem } from '../queries';
import type { Lang, Texts } from '../i18n';
import { ChartCanvas } from './ChartCanvas';
import { COLORS } from './chart-setup';

interface Props {
  rows: Dashboard['byKecamatan'];
  kecamatan: TaxonomyItem[];
  t: Texts;
  lang: Lang;
}

/** Participating IKMs, quotes and deals per kecamatan (taxonomy order). */
export function KecamatanChart({ rows, kecamatan, t, lang }: Props) {
  const config = useMemo<ChartConfiguration>(() => {
    const name = (code: string, fallback: string) => {
      const item = kecamatan.find((k) => k.code === code);
      return item ? (lang === 'en' ? item.label : item.labelId) : fallback;
    };
    return {
      type: 'bar',
      data: {
        labels: rows.map((r) => name(r.kecamatanCode, r.name)),
        datasets: [
          { label: t.kpiParticipatingIkms, data: rows.map((r) => r.participatingIkms), backgroundColor: COLORS.value, borderRadius: 3, maxBarThickness: 28 },
          { label: t.quotes, data: rows.map((r) => r.quotes), backgroundColor: COLORS.quotes, borderRadius: 3, maxBarThickness: 28 },
          { label: t.deals, data: rows.map((r) => r.deals), backgroundColor: COLORS.deals, borderRadius: 3, maxBarThickness: 28 },
        ],
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom' } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } },
      },
    };
  }, [rows, kecamatan, t, lang]);

  const height = Math.max(180, rows.length * 30 + 80);
  return (
    <section class="panel" aria-labelledby="kecamatan-title">
      <h2 id="kecamatan-title">{t.byKecamatan}</h2>
      <ChartCanvas config={config} label={t.byKecamatan} height={height} testId="chart-kecamatan" />
    </section>
  );
}
