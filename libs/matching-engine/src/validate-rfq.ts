import type { RfqSpec } from './rfq-spec';

const SECTORS = new Set(['METAL', 'PLASTIC', 'AGRO']);

/** Throws RangeError on an RFQ the engine cannot score meaningfully. */
export function assertValidRfq(rfq: RfqSpec): void {
  if (!SECTORS.has(rfq.sector)) {
    throw new RangeError(`RFQ ${rfq.id}: unknown sector ${rfq.sector}`);
  }
  if (!Number.isFinite(rfq.quantity) || rfq.quantity <= 0) {
    throw new RangeError(`RFQ ${rfq.id}: quantity must be > 0, got ${rfq.quantity}`);
  }
  for (const key of ['neededByDay', 'quoteDeadlineDay', 'todayDay'] as const) {
    if (!Number.isInteger(rfq[key])) {
      throw new RangeError(`RFQ ${rfq.id}: ${key} must be an integer day, got ${rfq[key]}`);
    }
  }
  const { lat, lng } = rfq.deliveryLocation;
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    throw new RangeError(`RFQ ${rfq.id}: invalid delivery location ${lat},${lng}`);
  }
}
