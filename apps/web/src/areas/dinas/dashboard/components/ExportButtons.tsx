import { useState } from 'preact/hooks';
import { download } from '../api';
import type { DashboardFilter } from '../queries';
import { session } from '../../../../lib/session';
import type { Lang, Texts } from '../i18n';

const EXPORTS = [
  { path: '/exports/deals.csv', text: 'exportDeals', file: 'jalin-deals', ext: 'csv', testId: 'export-deals-csv' },
  { path: '/exports/summary.csv', text: 'exportSummaryCsv', file: 'jalin-summary', ext: 'csv', testId: 'export-summary-csv' },
  { path: '/exports/summary.xlsx', text: 'exportSummaryXlsx', file: 'jalin-summary', ext: 'xlsx', testId: 'export-summary-xlsx' },
] as const;

/** Downloads of the current filter (with the access token, so not plain links). */
export function ExportButtons({ filter, t, lang }: { filter: DashboardFilter; t: Texts; lang: Lang }) {
  const [error, setError] = useState<string | null>(null);
  const params: Record<string, string> = { ...(filter as Record<string, string>), lang };
  const suffix = [filter.from, filter.to, filter.sector, filter.kecamatanCode].filter(Boolean).join('_');

  const run = async (item: (typeof EXPORTS)[number]) => {
    setError(null);
    try {
      await session.withToken((token) => download(item.path, params, token, `${item.file}${suffix ? `_${suffix}` : ''}.${item.ext}`));
    } catch (e) {
      setError(`${t.exportFailed}: ${(e as Error).message}`);
    }
  };

  return (
    <div class="exports" role="group" aria-label={t.exports}>
      <span class="exports-label">{t.exports}:</span>
      {EXPORTS.map((item) => (
        <button key={item.testId} type="button" class="secondary" data-testid={item.testId} onClick={() => void run(item)}>
          {t[item.text]}
        </button>
      ))}
      {error && <span class="error" role="alert">{error}</span>}
    </div>
  );
}
