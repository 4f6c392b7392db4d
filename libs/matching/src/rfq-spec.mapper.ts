import { RfqSpec } from '@jalin/matching-engine';
import { todayInWib } from '@jalin/profiles';
import { dayNumber, RfqEntity } from '@jalin/sourcing';

const dayOf = (instant: Date) => dayNumber(todayInWib(instant));

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
    neededByDay: dayNumber(rfq.neededBy),
    quoteDeadlineDay: dayOf(rfq.quoteDeadline),
    todayDay: dayOf(now),
  };
}
