import { BUYER, MarketStore } from './market-store';

const BUYER_ID = '00000000-0000-4000-8000-000000000001';
const total = (store: MarketStore, table: 'buyerDeals' | 'buyerDealsAnyKecamatan') =>
  store[table].groups.reduce((sum, g) => sum + g.series.amount(BUYER.value, ...g.series.range(null, null)), 0n);

describe('MarketStore', () => {
  it('keeps a buyer exact beyond 2^53 in every kecamatan and in their projection', () => {
    const store = new MarketStore();
    for (let k = 0; k < 12; k++) store.setBuyerDay('2026-06-01', 'METAL', BUYER_ID, `K${k}`, [1, 0], [10n ** 15n, 0n]);
    expect(total(store, 'buyerDeals')).toBe(12n * 10n ** 15n);
    expect(total(store, 'buyerDealsAnyKecamatan')).toBe(12n * 10n ** 15n);
  });

  it('refuses a row its projection cannot hold without changing either table', () => {
    const store = new MarketStore();
    store.setBuyerDay('2026-06-01', 'METAL', BUYER_ID, 'K1', [1, 0], [2n ** 76n, 0n]);
    const version = store.version;
    expect(() => store.setBuyerDay('2026-06-01', 'METAL', BUYER_ID, 'K2', [1, 0], [2n ** 76n, 0n])).toThrow(RangeError);
    expect(store.version).toBe(version);
    expect(total(store, 'buyerDeals')).toBe(2n ** 76n);
    expect(total(store, 'buyerDealsAnyKecamatan')).toBe(2n ** 76n);
    const k2 = store.buyerDeals.group(['METAL', BUYER_ID, 'K2']).series;
    expect(k2.count(BUYER.deals, ...k2.range(null, null))).toBe(0);
  });
});
