import { taxonomyCatalog } from '@jalin/taxonomy';
import { DEMO_BUYERS, DEMO_LOTS } from '@jalin/demo-data';
import { DealStatus, RfqStatus } from '@jalin/sourcing';

describe('demo deal history', () => {
  it('covers every deal status and an RFQ closed without award, over the past 12 months', () => {
    const outcomes = new Set(DEMO_LOTS.map((l) => l.outcome));
    const { AWARDED, PO_ISSUED, IN_PRODUCTION, DELIVERED, COMPLETED, CANCELLED } = DealStatus;
    for (const o of [AWARDED, PO_ISSUED, IN_PRODUCTION, DELIVERED, COMPLETED, CANCELLED, RfqStatus.CLOSED] as const) expect(outcomes.has(o)).toBe(true);
    expect(Math.max(...DEMO_LOTS.map((l) => l.monthsAgo))).toBe(12);
    expect(Math.min(...DEMO_LOTS.map((l) => l.monthsAgo))).toBeGreaterThanOrEqual(1);
  });

  it('uses known buyers, unique titles per buyer and codes of the lot sector', () => {
    const buyers = new Set(DEMO_BUYERS.map((b) => b.key));
    const keys = DEMO_LOTS.map((l) => `${l.buyerKey}|${l.title}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const lot of DEMO_LOTS) {
      expect(buyers.has(lot.buyerKey)).toBe(true);
      for (const p of lot.processes) expect(taxonomyCatalog.label('process', p, 'id')).toBeDefined();
      for (const m of lot.materials) expect(taxonomyCatalog.label('material', m, 'id')).toBeDefined();
    }
  });
});
