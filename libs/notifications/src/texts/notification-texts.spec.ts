import { DealStatus } from '@jalin/sourcing/statuses';
import { NotificationType } from '../notification-type.enum';
import { renderText } from './notification-texts';

describe('notification texts', () => {
  it('writes every kind in Bahasa Indonesia and in English', () => {
    const facts: { [T in NotificationType]: unknown } = {
      RFQ_MATCHED: { rfqTitle: 'Bracket', quantity: 1000, unit: 'pcs', quoteDeadline: '2026-12-05T10:00:00.000Z' },
      QUOTE_DEADLINE_SOON: { rfqTitle: 'Bracket', quoteDeadline: '2026-12-05T10:00:00.000Z' },
      QUOTE_RECEIVED: { rfqTitle: 'Bracket', ikmName: 'CV Logam Jaya', unitPrice: '12500', quantity: 100, leadTimeDays: 14, revision: 1 },
      RFQ_AWARDED: { rfqTitle: 'Bracket', quantity: 100, value: '1250000' },
      RFQ_NOT_AWARDED: { rfqTitle: 'Bracket', outcome: 'AWARDED_TO_OTHERS' },
      DEAL_STATUS_CHANGED: { rfqTitle: 'Bracket', from: DealStatus.AWARDED, to: DealStatus.PO_ISSUED, note: 'PO-1' },
      PROFILE_VERIFIED: { note: null },
      RFQ_CANCELLED: { rfqTitle: 'Bracket', reason: 'Ditunda' },
      MATCHING_FAILED: { rfqTitle: 'Bracket' },
    };
    for (const type of Object.values(NotificationType)) {
      const id = renderText(type, facts[type] as never, 'id');
      const en = renderText(type, facts[type] as never, 'en');
      expect(id.title.length).toBeGreaterThan(5);
      expect(en.title).not.toBe(id.title);
      expect(en.body).not.toBe(id.body);
    }
  });

  it('puts rupiah, quantities and WIB times into the text', () => {
    expect(renderText(NotificationType.QUOTE_RECEIVED, { rfqTitle: 'Bracket', ikmName: 'CV Logam Jaya', unitPrice: '12500', quantity: 100, leadTimeDays: 14, revision: 2 }, 'id')).toEqual({
      title: 'Penawaran baru (revisi) untuk Bracket',
      body: 'CV Logam Jaya menawarkan 100 unit @ Rp 12.500 (total Rp 1.250.000), waktu produksi 14 hari.',
    });
    const sealed = renderText(NotificationType.QUOTE_RECEIVED, { sealed: true, rfqTitle: 'Bracket', quoteDeadline: '2026-12-05T10:00:00.000Z' }, 'id');
    expect(sealed.body).toBe('Sebuah penawaran tersegel masuk. Isinya terlihat setelah batas penawaran 5 Desember 2026 pukul 17.00 WIB.');
    expect(renderText(NotificationType.RFQ_MATCHED, { rfqTitle: 'Bracket', quantity: 1000, unit: 'pcs', quoteDeadline: '2026-12-05T10:00:00.000Z' }, 'id').body)
      .toBe('Pembeli mencari 1.000 pcs. Kirim penawaran sebelum 5 Desember 2026 pukul 17.00 WIB.');
    expect(renderText(NotificationType.DEAL_STATUS_CHANGED, { rfqTitle: 'Bracket', from: DealStatus.AWARDED, to: DealStatus.PO_ISSUED, note: 'PO-1' }, 'en'))
      .toEqual({ title: 'Deal status: PO issued (Bracket)', body: 'The deal moved from Awarded to PO issued. Note: PO-1' });
  });
});
