/** Column headers and names of the exports, in Bahasa Indonesia (default) and English. */
export type ExportLocale = 'id' | 'en';

export const EXPORT_LOCALES: readonly ExportLocale[] = ['id', 'en'];

const LABELS = {
  id: {
    dealColumns: [
      'Tanggal award (WIB)', 'ID transaksi', 'ID RFQ', 'Judul RFQ', 'Sektor', 'Pembeli', 'IKM', 'Kecamatan IKM',
      'Jumlah', 'Satuan', 'Harga satuan (Rp)', 'Nilai (Rp)', 'Status', 'Selesai (WIB)',
    ],
    summaryColumns: ['Bagian', 'Kunci', 'Nama', 'Ukuran', 'Nilai'],
    sections: { totals: 'Ringkasan', funnel: 'Corong', insights: 'Wawasan', sector: 'Sektor', kecamatan: 'Kecamatan', buyer: 'Pembeli', month: 'Bulan' },
    sheets: { summary: 'Ringkasan', sector: 'Sektor', kecamatan: 'Kecamatan', buyer: 'Pembeli', month: 'Bulanan', deals: 'Transaksi' },
    filter: 'Filter', period: 'Periode', all: 'Semua', asOf: 'Data per',
  },
  en: {
    dealColumns: [
      'Award date (WIB)', 'Deal ID', 'RFQ ID', 'RFQ title', 'Sector', 'Buyer', 'IKM', 'IKM kecamatan',
      'Quantity', 'Unit', 'Unit price (IDR)', 'Value (IDR)', 'Status', 'Completed (WIB)',
    ],
    summaryColumns: ['Section', 'Key', 'Name', 'Measure', 'Value'],
    sections: { totals: 'Totals', funnel: 'Funnel', insights: 'Insights', sector: 'Sector', kecamatan: 'Kecamatan', buyer: 'Buyer', month: 'Month' },
    sheets: { summary: 'Summary', sector: 'Sectors', kecamatan: 'Kecamatan', buyer: 'Buyers', month: 'Monthly', deals: 'Deals' },
    filter: 'Filter', period: 'Period', all: 'All', asOf: 'Data as of',
  },
} as const;

export type ExportLabels = (typeof LABELS)[ExportLocale];

export function exportLabels(locale: ExportLocale): ExportLabels {
  return LABELS[locale];
}
