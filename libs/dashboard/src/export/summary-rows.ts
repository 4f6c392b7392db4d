import { DashboardFigures } from '../figures/dashboard-figures';
import { ExportLabels } from './export-labels';

/** One figure: section, key (code, id or month), readable name, measure, value. */
export type SummaryRow = [string, string, string, string, string | number];

const value = (v: number | bigint | null) => (v === null ? '' : typeof v === 'bigint' ? v.toString() : v);

/**
 * Every figure of the dashboard as long-format rows (one figure a row), which a spreadsheet can
 * pivot; measure names are the GraphQL field names, stable across languages.
 */
export function summaryRows(figures: DashboardFigures, labels: ExportLabels, buyerName: (id: string) => string): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const push = (section: string, key: string, name: string, record: object) => {
    for (const [measure, v] of Object.entries(record)) {
      if (typeof v === 'number' || typeof v === 'bigint' || v === null) rows.push([section, key, name, measure, value(v)]);
    }
  };
  const s = labels.sections;
  push(s.totals, '', '', figures.totals);
  push(s.funnel, '', '', figures.funnel);
  push(s.insights, '', '', figures.insights);
  for (const { sector, ...rest } of figures.bySector) push(s.sector, sector, sector, rest);
  for (const { kecamatanCode, name, ...rest } of figures.byKecamatan) push(s.kecamatan, kecamatanCode, name, rest);
  for (const { buyerOrganizationId, ...rest } of figures.byBuyer) push(s.buyer, buyerOrganizationId, buyerName(buyerOrganizationId), rest);
  for (const { month, ...rest } of figures.monthly) push(s.month, month, month, rest);
  return rows;
}
