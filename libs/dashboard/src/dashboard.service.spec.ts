import { DashboardService } from './dashboard.service';
import { dayNumber, MarketStore } from './store/market-store';
import { MarketStoreSync } from './store/market-store.sync';

const BUYER = '00000000-0000-4000-8000-000000000001';
const noFilter = { from: null, to: null, sector: null, kecamatanCode: null };

/** A replica's store as the sync would hand it over, without a database: the service's own logic. */
function serviceOver(store: MarketStore) {
  let asOf = new Date('2026-12-01T00:00:00Z');
  const sync = { current: async () => ({ store, asOf }) } as unknown as MarketStoreSync;
  return { service: new DashboardService(sync), tick: (at: string) => (asOf = new Date(at)) };
}

describe('DashboardService', () => {
  it('answers a repeated view with the same figures and the newer time, and recomputes after any change', async () => {
    const store = new MarketStore();
    store.setProjected(store.rfqDayTarget('METAL', BUYER), dayNumber('2026-11-30'), [2, 1, 1, 0, 2]);
    const { service, tick } = serviceOver(store);
    expect((await service.figures(noFilter)).totals.rfqs).toBe(2);

    tick('2026-12-01T00:00:01Z');
    const again = await service.figures(noFilter);
    expect(again.totals.rfqs).toBe(2);
    expect(again.asOf.toISOString()).toBe('2026-12-01T00:00:01.000Z');

    store.setProjected(store.rfqDayTarget('METAL', BUYER), dayNumber('2026-11-30'), [2, 1, 1, 0, 2]); // the sync re-reading an unchanged row
    store.setProjected(store.rfqDayTarget('METAL', BUYER), dayNumber('2026-12-01'), [1, 0, 0, 0, 1]);
    expect((await service.figures(noFilter)).totals.rfqs).toBe(3);
    expect((await service.figures({ ...noFilter, sector: 'AGRO' as never })).totals.rfqs).toBe(0);
  });
});
