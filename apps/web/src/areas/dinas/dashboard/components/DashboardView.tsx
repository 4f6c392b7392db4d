import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../api';
import { DashboardFilter, SectorInfo, TAXONOMY, TaxonomyItem } from '../queries';
import type { Lang, Texts } from '../i18n';
import { formatTime } from '../format';
import { useDashboard } from '../use-dashboard';
import { Filters } from './Filters';
import { KpiCards } from './KpiCards';
import { ExportButtons } from './ExportButtons';
import { TopBuyers } from './TopBuyers';
import { RecentDeals } from './RecentDeals';
import { FunnelChart } from '../charts/FunnelChart';
import { SectorChart } from '../charts/SectorChart';
import { KecamatanChart } from '../charts/KecamatanChart';
import { MonthlyChart } from '../charts/MonthlyChart';

/** What a signed-in Dinas officer (or admin) sees. */
export function DashboardView({ t, lang }: { t: Texts; lang: Lang }) {
  const [filter, setFilter] = useState<DashboardFilter>({});
  const [kecamatan, setKecamatan] = useState<TaxonomyItem[]>([]);
  const [sectors, setSectors] = useState<SectorInfo[]>([]);
  const { data, error, loading } = useDashboard(filter);

  useEffect(() => {
    graphql<{ taxonomy: { kecamatan: TaxonomyItem[]; sectors: SectorInfo[] } }>(TAXONOMY)
      .then(({ taxonomy }) => {
        setKecamatan(taxonomy.kecamatan);
        setSectors(taxonomy.sectors);
      })
      .catch(() => undefined);
  }, []);

  return (
    <div class="dashboard" data-testid="dashboard" aria-busy={loading}>
      <div class="toolbar">
        <Filters filter={filter} onChange={setFilter} sectors={sectors} kecamatan={kecamatan} t={t} lang={lang} />
        <ExportButtons filter={filter} t={t} lang={lang} />
      </div>
      {filter.kecamatanCode && <p class="note" role="note" data-testid="kecamatan-note">{t.kecamatanNote}</p>}
      <div class="status-line">
        {data && <span data-testid="as-of" data-value={data.asOf}>{t.updated} {formatTime(data.asOf, lang)} WIB</span>}
        {loading && <span class="muted">{t.loading}</span>}
        {error && <span class="error" role="alert" data-testid="load-error">{t.loadFailed}: {error}</span>}
      </div>
      {data && (
        <>
          <KpiCards data={data} t={t} lang={lang} />
          <div class="grid">
            <FunnelChart funnel={data.funnel} t={t} lang={lang} />
            <SectorChart rows={data.bySector} sectors={sectors} t={t} lang={lang} />
            <MonthlyChart rows={data.monthly} t={t} lang={lang} />
            <KecamatanChart rows={data.byKecamatan} kecamatan={kecamatan} t={t} lang={lang} />
            <TopBuyers rows={data.byBuyer} t={t} lang={lang} />
            <RecentDeals rows={data.recentDeals} t={t} lang={lang} />
          </div>
        </>
      )}
    </div>
  );
}
