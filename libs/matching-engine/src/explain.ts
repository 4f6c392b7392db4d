import { Factor } from './factor';
import type { CoverageDetails } from './factor-details';
import { formatNumber, type Locale } from './format-number';
import type { ComponentOf, ScoreComponent } from './score-component';

/** Turns a taxonomy code into a display label; the default shows the code itself. */
export type CodeLabeler = (code: string, locale: Locale) => string;

/** The contract's ScoreComponent shape: { factor weight value explanation }. */
export interface ExplainedComponent {
  factor: Factor;
  weight: number;
  value: number;
  explanation: string;
}

const showCode: CodeLabeler = (code) => code;

/** One sentence, in Bahasa Indonesia by default, saying why the component has its value. */
export function explainComponent(component: ScoreComponent, locale: Locale = 'id', label: CodeLabeler = showCode): string {
  const n = (value: number, fractionDigits = 0) => formatNumber(value, locale, fractionDigits);
  const codes = (list: readonly string[]) => list.map((code) => label(code, locale)).join(', ');
  switch (component.factor) {
    case Factor.PROCESS_COVERAGE:
      return coverageSentence(component.details, locale, n, codes, {
        id: { none: 'RFQ tidak mensyaratkan proses tertentu.', has: 'Menguasai', one: 'proses', many: 'proses', lacks: 'belum menguasai' },
        en: { none: 'The RFQ does not require specific processes.', has: 'Covers', one: 'process', many: 'processes', lacks: 'lacks' },
      });
    case Factor.MATERIAL_COVERAGE:
      return coverageSentence(component.details, locale, n, codes, {
        id: { none: 'RFQ tidak mensyaratkan material tertentu.', has: 'Menangani', one: 'material', many: 'material', lacks: 'belum menangani' },
        en: { none: 'The RFQ does not require specific materials.', has: 'Works with', one: 'material', many: 'materials', lacks: 'lacks' },
      });
    case Factor.CAPACITY_FIT:
      return capacitySentence(component, locale, n);
    case Factor.DISTANCE: {
      const km = component.details.distanceKm;
      if (km === null) {
        return locale === 'id'
          ? 'Lokasi bengkel belum diisi, sehingga jarak dinilai netral.'
          : 'The workshop location is not set, so distance is scored as neutral.';
      }
      return locale === 'id'
        ? `Berjarak sekitar ${n(km, 1)} km dari lokasi pengiriman.`
        : `About ${n(km, 1)} km from the delivery location.`;
    }
    case Factor.LEAD_TIME_FIT:
      return leadTimeSentence(component, locale, n);
    case Factor.VERIFICATION:
      if (locale === 'id') {
        return component.details.verified ? 'Profil sudah diverifikasi oleh Dinas.' : 'Profil belum diverifikasi oleh Dinas.';
      }
      return component.details.verified ? 'The profile is verified by the Dinas.' : 'The profile is not yet verified by the Dinas.';
    case Factor.TRACK_RECORD:
      return trackRecordSentence(component, locale, n);
    case Factor.FAIRNESS: {
      const open = component.details.openMatches;
      return locale === 'id'
        ? `Saat ini memiliki ${n(open)} RFQ cocok yang masih terbuka; IKM dengan lebih sedikit pekerjaan terbuka mendapat sedikit prioritas.`
        : `Has ${n(open)} open ${plural(open, 'match', 'matches')}; IKMs with fewer open matches get a small boost.`;
    }
  }
}

/** The breakdown in the contract's shape, each component with its sentence. */
export function explainBreakdown(
  breakdown: readonly ScoreComponent[],
  locale: Locale = 'id',
  label: CodeLabeler = showCode,
): ExplainedComponent[] {
  return breakdown.map((component) => ({
    factor: component.factor,
    weight: component.weight,
    value: component.value,
    explanation: explainComponent(component, locale, label),
  }));
}

type Num = (value: number, fractionDigits?: number) => string;
type CoverageWords = { none: string; has: string; one: string; many: string; lacks: string };

function coverageSentence(
  d: CoverageDetails,
  locale: Locale,
  n: Num,
  codes: (list: readonly string[]) => string,
  words: Record<Locale, CoverageWords>,
): string {
  const w = words[locale];
  if (d.requestedCount === 0) return w.none;
  const what = plural(d.requestedCount, w.one, w.many);
  const head =
    locale === 'id'
      ? `${w.has} ${n(d.coveredCount)} dari ${n(d.requestedCount)} ${what} yang diminta`
      : `${w.has} ${n(d.coveredCount)} of ${n(d.requestedCount)} requested ${what}`;
  const covered = d.covered.length > 0 ? ` (${codes(d.covered)})` : '';
  const missing = d.missing.length > 0 ? `; ${w.lacks}: ${codes(d.missing)}` : '';
  return `${head}${covered}${missing}.`;
}

function capacitySentence(c: ComponentOf<typeof Factor.CAPACITY_FIT>, locale: Locale, n: Num): string {
  const d = c.details;
  const days = d.productionDays;
  const enough = d.deliverableQuantity >= d.requestedQuantity;
  if (locale === 'id') {
    const outcome = enough
      ? `dapat memenuhi seluruh ${n(d.requestedQuantity)} yang diminta`
      : `dapat menghasilkan sekitar ${n(d.deliverableQuantity)} dari ${n(d.requestedQuantity)} yang diminta`;
    return `Dengan kapasitas ${n(d.monthlyCapacity)} per bulan, ${outcome} dalam ${n(days)} hari hingga tanggal kebutuhan.`;
  }
  const outcome = enough
    ? `can make all ${n(d.requestedQuantity)} requested`
    : `can make about ${n(d.deliverableQuantity)} of the ${n(d.requestedQuantity)} requested`;
  return `With a capacity of ${n(d.monthlyCapacity)} per month, ${outcome} in the ${n(days)} ${plural(days, 'day', 'days')} until the needed-by date.`;
}

function leadTimeSentence(c: ComponentOf<typeof Factor.LEAD_TIME_FIT>, locale: Locale, n: Num): string {
  const { leadTimeDays, availableDays } = c.details;
  const lead = n(leadTimeDays);
  const avail = n(availableDays);
  if (locale === 'id') {
    if (leadTimeDays <= availableDays) {
      return `Waktu pengerjaan biasa ${lead} hari muat dalam ${avail} hari antara batas penawaran dan tanggal kebutuhan.`;
    }
    if (availableDays <= 0) {
      return `Tidak ada waktu tersisa antara batas penawaran dan tanggal kebutuhan untuk waktu pengerjaan ${lead} hari.`;
    }
    return `Waktu pengerjaan biasa ${lead} hari melebihi ${avail} hari yang tersedia antara batas penawaran dan tanggal kebutuhan.`;
  }
  const leadDays = `${lead} ${plural(leadTimeDays, 'day', 'days')}`;
  const availDays = `${avail} ${plural(availableDays, 'day', 'days')}`;
  if (leadTimeDays <= availableDays) {
    return `The usual lead time of ${leadDays} fits within the ${availDays} between the quote deadline and the needed-by date.`;
  }
  if (availableDays <= 0) {
    return `No time is left between the quote deadline and the needed-by date for a lead time of ${leadDays}.`;
  }
  return `The usual lead time of ${leadDays} exceeds the ${availDays} available between the quote deadline and the needed-by date.`;
}

function trackRecordSentence(c: ComponentOf<typeof Factor.TRACK_RECORD>, locale: Locale, n: Num): string {
  const d = c.details;
  if (d.newcomer) {
    return locale === 'id'
      ? 'Belum memiliki riwayat di Jalin, sehingga rekam jejak dinilai netral.'
      : 'No history on Jalin yet, so the track record is scored as neutral.';
  }
  if (locale === 'id') {
    return (
      `Tepat waktu pada ${n(d.onTimeDeliveries)} dari ${n(d.completedDeals)} transaksi selesai ` +
      `dan mengajukan penawaran untuk ${n(d.quotesSubmitted)} dari ${n(d.matchesReceived)} RFQ yang dicocokkan.`
    );
  }
  return (
    `Delivered on time in ${n(d.onTimeDeliveries)} of ${n(d.completedDeals)} completed ${plural(d.completedDeals, 'deal', 'deals')} ` +
    `and quoted on ${n(d.quotesSubmitted)} of ${n(d.matchesReceived)} matched ${plural(d.matchesReceived, 'RFQ', 'RFQs')}.`
  );
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
