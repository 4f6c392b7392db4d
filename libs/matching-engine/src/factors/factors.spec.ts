import { capacityFit, deliverableQuantity } from './capacity-fit';
import { coverage } from './coverage';
import { distanceFit, distanceValue, haversineKm } from './distance';
import { fairnessFit } from './fairness';
import { leadTimeFit } from './lead-time-fit';
import { shrunkRate, trackRecordFit } from './track-record';
import { verificationFit } from './verification';

describe('coverage', () => {
  it('is the share of requested codes held, listing covered and missing in request order', () => {
    const result = coverage(['LASER_CUTTING', 'BENDING', 'STAMPING'], ['BENDING', 'WELDING_MIG', 'LASER_CUTTING']);
    expect(result.value).toBeCloseTo(2 / 3, 12);
    expect(result.details).toEqual({
      requestedCount: 3,
      coveredCount: 2,
      covered: ['LASER_CUTTING', 'BENDING'],
      missing: ['STAMPING'],
    });
  });

  it('is 1 when nothing is requested', () => {
    expect(coverage([], []).value).toBe(1);
  });
});

describe('capacityFit', () => {
  it('multiplies monthly capacity by days / 30, floored, against the quantity', () => {
    const result = capacityFit(1_200, 20_000, 20_060, 3_000);
    expect(result.details.deliverableQuantity).toBe(2_400);
    expect(result.value).toBe(0.8);
  });

  it('caps at 1', () => {
    expect(capacityFit(10_000, 20_000, 20_030, 100).value).toBe(1);
  });

  it('counts at least one production day for a neededBy of today or earlier', () => {
    expect(capacityFit(300, 20_000, 20_000, 100).details).toMatchObject({ productionDays: 1, deliverableQuantity: 10 });
    expect(capacityFit(300, 20_000, 19_990, 100).details).toMatchObject({ daysUntilNeededBy: -10, productionDays: 1 });
  });

  it('treats negative capacity as none', () => {
    expect(deliverableQuantity(-5, 30)).toBe(0);
  });
});

describe('distance', () => {
  it('computes great-circle km (Slawi to Kawasan Industri Kendal is about 118 km)', () => {
    const km = haversineKm({ lat: -6.98, lng: 109.14 }, { lat: -6.93, lng: 110.22 });
    expect(km).toBeGreaterThan(115);
    expect(km).toBeLessThan(122);
  });

  it('is 1 at 0 km, 0.5 at 150 km and decreasing', () => {
    expect(distanceValue(0)).toBe(1);
    expect(distanceValue(150)).toBe(0.5);
    expect(distanceValue(300)).toBeLessThan(distanceValue(299));
  });

  it('is neutral for an unknown location', () => {
    expect(distanceFit(null, { lat: 0, lng: 0 })).toEqual({ value: 0.5, details: { distanceKm: null } });
  });

  it('stays finite for antipodal points', () => {
    expect(Number.isFinite(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 }))).toBe(true);
  });
});

describe('leadTimeFit', () => {
  it('is 1 when the lead time fits between quote deadline and neededBy', () => {
    expect(leadTimeFit(14, 20_010, 20_060).value).toBe(1);
  });

  it('is the share of the lead time that fits otherwise', () => {
    expect(leadTimeFit(100, 20_010, 20_060).value).toBe(0.5);
  });

  it('is 0 with no window', () => {
    expect(leadTimeFit(5, 20_010, 20_010).value).toBe(0);
    expect(leadTimeFit(0, 20_010, 20_010).value).toBe(1);
  });
});

describe('trackRecordFit', () => {
  it('gives a newcomer exactly 0.5', () => {
    const result = trackRecordFit({ completedDeals: 0, onTimeDeliveries: 0, quotesSubmitted: 0, matchesReceived: 0 });
    expect(result.value).toBe(0.5);
    expect(result.details.newcomer).toBe(true);
  });

  it('shrinks few observations towards 0.5', () => {
    expect(shrunkRate(0, 1)).toBe(0.4);
    expect(shrunkRate(1, 1)).toBe(0.6);
    expect(shrunkRate(100, 100)).toBeGreaterThan(0.98);
  });

  it('clamps counters that drifted out of range', () => {
    const result = trackRecordFit({ completedDeals: 2, onTimeDeliveries: 5, quotesSubmitted: 3, matchesReceived: -1 });
    expect(result.details).toMatchObject({ onTimeDeliveries: 2, matchesReceived: 0, quotesSubmitted: 0 });
  });
});

describe('verification and fairness', () => {
  it('scores verified 1 and unverified 0.5', () => {
    expect(verificationFit(true).value).toBe(1);
    expect(verificationFit(false).value).toBe(0.5);
  });

  it('halves fairness at 5 open matches', () => {
    expect(fairnessFit(0).value).toBe(1);
    expect(fairnessFit(5).value).toBe(0.5);
  });
});
