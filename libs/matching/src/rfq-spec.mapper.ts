import { RfqSpec } from '@jalin/matching-engine';
import { RfqEntity } from '@jalin/rfqs';

const dayOf = (instant: Date) => Math.floor((instant.getTime() + 7 * 3600 * 1000) / 86_400_000);
const dayOfDate = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** The engine counts whole days; Jalin's days are WIB calendar days. */
export function toRfqSpec(rfq: RfqEntity, now: Date): RfqSpec {
  return {
    id: rfq.id,
    sector: rfq.sector,
    processes: rfq.processes,
    materials: rfq.materials,
    requiredCertifications: rfq.requiredCertifications,
    quantity: rfq.quantity,
    deliveryLocation: { lat: rfq.deliveryLat, lng: rfq.deliveryLng },
    neededByDay: dayOfDate(rfq.neededBy),
    quoteDeadlineDay: dayOf(rfq.quoteDeadline),
    todayDay: dayOf(now),
  };
}
