import { DealStatus, RfqNotAwardedOutcome } from '@jalin/sourcing/statuses';
import { NotificationLocale } from '../locale';
import { NotificationType } from '../notification-type.enum';
import { formatCount, formatRupiah, formatWib } from './format';

/** The facts each kind of message is written from; values as stored (rupiah as decimal strings). */
export interface TextFacts {
  [NotificationType.RFQ_MATCHED]: { rfqTitle: string; quantity: number; unit: string; quoteDeadline: string };
  [NotificationType.QUOTE_DEADLINE_SOON]: { rfqTitle: string; quoteDeadline: string };
  /** A sealed RFQ's quote says only that one arrived: price and author stay hidden until the deadline. */
  [NotificationType.QUOTE_RECEIVED]:
    | { sealed?: false; rfqTitle: string; ikmName: string; unitPrice: string; quantity: number; leadTimeDays: number; revision: number }
    | { sealed: true; rfqTitle: string; quoteDeadline: string };
  [NotificationType.RFQ_AWARDED]: { rfqTitle: string; quantity: number; value: string };
  [NotificationType.RFQ_NOT_AWARDED]: { rfqTitle: string; outcome: RfqNotAwardedOutcome };
  [NotificationType.DEAL_STATUS_CHANGED]: { rfqTitle: string; from: DealStatus; to: DealStatus; note: string | null };
  [NotificationType.PROFILE_VERIFIED]: { note: string | null };
  [NotificationType.RFQ_CANCELLED]: { rfqTitle: string; reason: string };
  [NotificationType.MATCHING_FAILED]: { rfqTitle: string };
}

export interface RenderedText {
  title: string;
  body: string;
}

const DEAL_STATUS: Record<NotificationLocale, Record<DealStatus, string>> = {
  id: { AWARDED: 'Dimenangkan', PO_ISSUED: 'PO diterbitkan', IN_PRODUCTION: 'Dalam produksi', DELIVERED: 'Terkirim', COMPLETED: 'Selesai', CANCELLED: 'Dibatalkan' },
  en: { AWARDED: 'Awarded', PO_ISSUED: 'PO issued', IN_PRODUCTION: 'In production', DELIVERED: 'Delivered', COMPLETED: 'Completed', CANCELLED: 'Cancelled' },
};

type Writer<T extends NotificationType> = (facts: TextFacts[T], locale: NotificationLocale) => RenderedText;

const WRITERS: { [T in NotificationType]: Writer<T> } = {
  [NotificationType.RFQ_MATCHED]: (f, l) =>
    l === 'id'
      ? { title: `RFQ baru cocok untuk Anda: ${f.rfqTitle}`, body: `Pembeli mencari ${formatCount(f.quantity, l)} ${f.unit}. Kirim penawaran sebelum ${formatWib(f.quoteDeadline, l)}.` }
      : { title: `New RFQ matched to you: ${f.rfqTitle}`, body: `A buyer needs ${formatCount(f.quantity, l)} ${f.unit}. Send your quote before ${formatWib(f.quoteDeadline, l)}.` },
  [NotificationType.QUOTE_DEADLINE_SOON]: (f, l) =>
    l === 'id'
      ? { title: `Batas penawaran besok: ${f.rfqTitle}`, body: `Anda belum mengirim penawaran. Batasnya ${formatWib(f.quoteDeadline, l)}.` }
      : { title: `Quote deadline tomorrow: ${f.rfqTitle}`, body: `You have not quoted yet. The deadline is ${formatWib(f.quoteDeadline, l)}.` },
  [NotificationType.QUOTE_RECEIVED]: (f, l) => {
    if (f.sealed) {
      return l === 'id'
        ? { title: `Penawaran masuk untuk ${f.rfqTitle}`, body: `Sebuah penawaran tersegel masuk. Isinya terlihat setelah batas penawaran ${formatWib(f.quoteDeadline, l)}.` }
        : { title: `Quote received for ${f.rfqTitle}`, body: `A sealed quote arrived. It can be read after the quote deadline, ${formatWib(f.quoteDeadline, l)}.` };
    }
    const total = formatRupiah(BigInt(f.unitPrice) * BigInt(f.quantity));
    return l === 'id'
      ? { title: `Penawaran ${f.revision > 1 ? 'baru (revisi) ' : ''}untuk ${f.rfqTitle}`, body: `${f.ikmName} menawarkan ${formatCount(f.quantity, l)} unit @ ${formatRupiah(f.unitPrice)} (total ${total}), waktu produksi ${f.leadTimeDays} hari.` }
      : { title: `${f.revision > 1 ? 'Revised quote' : 'New quote'} for ${f.rfqTitle}`, body: `${f.ikmName} offers ${formatCount(f.quantity, l)} units at ${formatRupiah(f.unitPrice)} each (total ${total}), lead time ${f.leadTimeDays} days.` };
  },
  [NotificationType.RFQ_AWARDED]: (f, l) =>
    l === 'id'
      ? { title: `Selamat, penawaran Anda menang: ${f.rfqTitle}`, body: `Anda mendapat pesanan ${formatCount(f.quantity, l)} unit senilai ${formatRupiah(f.value)}.` }
      : { title: `Your quote won: ${f.rfqTitle}`, body: `You were awarded ${formatCount(f.quantity, l)} units worth ${formatRupiah(f.value)}.` },
  [NotificationType.RFQ_NOT_AWARDED]: (f, l) =>
    l === 'id'
      ? { title: `Penawaran tidak terpilih: ${f.rfqTitle}`, body: f.outcome === RfqNotAwardedOutcome.CLOSED ? 'RFQ ditutup tanpa pemenang. Terima kasih atas penawaran Anda.' : 'Pembeli memilih penawaran lain. Terima kasih atas penawaran Anda.' }
      : { title: `Quote not selected: ${f.rfqTitle}`, body: f.outcome === RfqNotAwardedOutcome.CLOSED ? 'The RFQ was closed without an award. Thank you for quoting.' : 'The buyer chose other quotes. Thank you for quoting.' },
  [NotificationType.DEAL_STATUS_CHANGED]: (f, l) => {
    const to = DEAL_STATUS[l][f.to] ?? f.to;
    const from = DEAL_STATUS[l][f.from] ?? f.from;
    const note = f.note ? (l === 'id' ? ` Catatan: ${f.note}` : ` Note: ${f.note}`) : '';
    return l === 'id'
      ? { title: `Status transaksi: ${to} (${f.rfqTitle})`, body: `Status transaksi berubah dari ${from} menjadi ${to}.${note}` }
      : { title: `Deal status: ${to} (${f.rfqTitle})`, body: `The deal moved from ${from} to ${to}.${note}` };
  },
  [NotificationType.PROFILE_VERIFIED]: (f, l) =>
    l === 'id'
      ? { title: 'Profil Anda telah diverifikasi', body: `Dinas telah memverifikasi profil kemampuan Anda.${f.note ? ` Catatan: ${f.note}` : ''}` }
      : { title: 'Your profile is verified', body: `The Dinas verified your capability profile.${f.note ? ` Note: ${f.note}` : ''}` },
  [NotificationType.RFQ_CANCELLED]: (f, l) =>
    l === 'id'
      ? { title: `RFQ dibatalkan: ${f.rfqTitle}`, body: `Pembeli membatalkan RFQ ini. Alasan: ${f.reason}` }
      : { title: `RFQ cancelled: ${f.rfqTitle}`, body: `The buyer cancelled this RFQ. Reason: ${f.reason}` },
  [NotificationType.MATCHING_FAILED]: (f, l) =>
    l === 'id'
      ? { title: `Pencocokan gagal: ${f.rfqTitle}`, body: 'Kami belum dapat mencocokkan RFQ Anda dengan IKM. Silakan coba lagi dari halaman RFQ.' }
      : { title: `Matching failed: ${f.rfqTitle}`, body: 'We could not match your RFQ with IKMs yet. Please retry from the RFQ page.' },
};

/** The title and body of a message in the recipient's locale. */
export function renderText<T extends NotificationType>(type: T, facts: TextFacts[T], locale: NotificationLocale): RenderedText {
  return (WRITERS[type] as Writer<T>)(facts, locale);
}
