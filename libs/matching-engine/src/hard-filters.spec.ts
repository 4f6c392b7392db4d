import { ExclusionReason } from './exclusion-reason';
import { findExclusionReasons } from './hard-filters';
import { prepareRfq } from './prepared-rfq';
import { baseProfile, baseRfq } from './testing/arbitraries';

const rfq = prepareRfq(baseRfq({ requiredCertifications: ['SNI'], quoteDeadlineDay: 20_010 }));
const sni = (validUntilDay: number | null) => ({ code: 'SNI', validUntilDay });

describe('findExclusionReasons', () => {
  it('accepts an eligible profile', () => {
    expect(findExclusionReasons(rfq, baseProfile({ certifications: [sni(null)] }))).toEqual([]);
  });

  it('rejects another sector', () => {
    expect(findExclusionReasons(rfq, baseProfile({ sectors: ['PLASTIC'], certifications: [sni(null)] }))).toEqual([
      ExclusionReason.SECTOR_MISMATCH,
    ]);
  });

  it('rejects a suspended profile', () => {
    expect(findExclusionReasons(rfq, baseProfile({ suspended: true, certifications: [sni(null)] }))).toEqual([
      ExclusionReason.SUSPENDED,
    ]);
  });

  it('rejects a missing certification', () => {
    expect(findExclusionReasons(rfq, baseProfile({ certifications: [{ code: 'HALAL', validUntilDay: null }] }))).toEqual([
      ExclusionReason.CERTIFICATION_MISSING,
    ]);
  });

  it('rejects a certification expiring before the quote deadline, accepts one valid on the deadline day', () => {
    expect(findExclusionReasons(rfq, baseProfile({ certifications: [sni(20_009)] }))).toEqual([
      ExclusionReason.CERTIFICATION_EXPIRES_BEFORE_QUOTE_DEADLINE,
    ]);
    expect(findExclusionReasons(rfq, baseProfile({ certifications: [sni(20_010)] }))).toEqual([]);
  });

  it('accepts when any copy of the certification is valid', () => {
    expect(findExclusionReasons(rfq, baseProfile({ certifications: [sni(19_000), sni(21_000)] }))).toEqual([]);
  });

  it('rejects a minimum order above the quantity', () => {
    expect(findExclusionReasons(rfq, baseProfile({ minOrderQuantity: 3_001, certifications: [sni(null)] }))).toEqual([
      ExclusionReason.MIN_ORDER_ABOVE_QUANTITY,
    ]);
  });

  it('rejects a profile offering none of the requested processes, unless the RFQ requests none', () => {
    const profile = baseProfile({ processes: ['WELDING_MIG'], certifications: [sni(null)] });
    expect(findExclusionReasons(rfq, profile)).toEqual([ExclusionReason.NO_REQUESTED_PROCESS]);
    expect(findExclusionReasons(prepareRfq({ ...rfq, processes: [] }), profile)).toEqual([]);
  });

  it('reports every failing reason in declaration order', () => {
    const profile = baseProfile({ sectors: ['AGRO'], suspended: true, minOrderQuantity: 9_999 });
    expect(findExclusionReasons(rfq, profile)).toEqual([
      ExclusionReason.SECTOR_MISMATCH,
      ExclusionReason.SUSPENDED,
      ExclusionReason.CERTIFICATION_MISSING,
      ExclusionReason.MIN_ORDER_ABOVE_QUANTITY,
    ]);
  });
});
