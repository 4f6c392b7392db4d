import { putRupiah } from './day-series';
import { BUYER, dayNumber, MarketStore } from './market-store';

const BUYER_ID = '00000000-0000-4000-8000-000000000001';
const JUNE_1 = dayNumber('2026-06-01');
/** A market_buyer_day row's figures in the store's columns: deals, cancelled, then the two amounts. */
const buyerColumns = (deals: number, value: bigint) => {
  const columns = [deals, 0, 0, 0, 0, 0];
  putRupiah(value, columns, 2);
  return columns;
};
const total = (store: MarketStore, table: 'buyerDeals' | 'buyerDealsAnyKecamatan') =>
  store[table].groups.reduce((sum, g) => sum + g.series.amount(BUYER.value, ...g.series.range(null, null)), 0n);

describe('MarketStore', () => {
  it('keeps a buyer exact beyond 2^53 in every kecamatan and in their projection', () => {
    const store = new MarketStore();
    for (let k = 0; k < 12; k++) store.setProjected(store.buyerDayTarget('METAL', BUYER_ID, `K${k}`), JUNE_1, buyerColumns(1, 10n ** 15n));
    expect(total(store, 'buyerDeals')).toBe(12n * 10n ** 15n);
    expect(total(store, 'buyerDealsAnyKecamatan')).toBe(12n * 10n ** 15n);
  });

  it('refuses a row its projection cannot hold without changing either table', () => {
    const store = new MarketStore();
    store.setProjected(store.buyerDayTarget('METAL', BUYER_ID, 'K1'), JUNE_1, buyerColumns(1, 2n ** 76n));
    const version = store.version;
    expect(() => store.setProjected(store.buyerDayTarget('METAL', BUYER_ID, 'K2'), JUNE_1, buyerColumns(1, 2n ** 76n))).toThrow(RangeError);
    expect(store.version).toBe(version);
    expect(total(store, 'buyerDeals')).toBe(2n ** 76n);
    expect(total(store, 'buyerDealsAnyKecamatan')).toBe(2n ** 76n);
    const k2 = store.buyerDeals.group(['METAL', BUYER_ID, 'K2']).series;
    expect(k2.count(BUYER.deals, ...k2.range(null, null))).toBe(0);
  });
});
