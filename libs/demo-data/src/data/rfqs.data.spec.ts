import { validateNewRfq } from '@jalin/sourcing';
import { DEMO_BUYERS } from './buyers.data';
import { DEMO_RFQS } from './rfqs.data';

describe('demo RFQs', () => {
  it('pass the same checks as createRfq and belong to demo buyers', () => {
    const now = new Date();
    const buyers = new Set(DEMO_BUYERS.map((b) => b.key));
    for (const rfq of DEMO_RFQS) {
      expect(buyers.has(rfq.buyerKey)).toBe(true);
      const issues = validateNewRfq({
        ...rfq, processes: [...rfq.processes], materials: [...rfq.materials], requiredCertifications: [...rfq.requiredCertifications],
        deliveryLocation: { lat: -6.93, lng: 110.22 },
        neededBy: new Date(now.getTime() + rfq.neededInDays * 86_400_000).toISOString().slice(0, 10),
        quoteDeadline: new Date(now.getTime() + rfq.quoteInDays * 86_400_000),
      }, now);
      expect(issues).toEqual([]);
    }
  });
});
