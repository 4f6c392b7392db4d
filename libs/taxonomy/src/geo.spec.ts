import * as fc from 'fast-check';
import { haversineKm, isGeoPoint, isInIndonesia } from './geo';
import type { GeoPoint } from './taxonomy.types';

const SLAWI = { lat: -6.98, lng: 109.14 };
const KENDAL = { lat: -6.93, lng: 110.22 };
const TALANG = { lat: -6.91, lng: 109.15 };

const anyPoint = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lng: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('haversineKm', () => {
  it('puts Kawasan Industri Kendal about 120 km from Slawi', () => {
    expect(haversineKm(SLAWI, KENDAL)).toBeGreaterThan(115);
    expect(haversineKm(SLAWI, KENDAL)).toBeLessThan(125);
  });

  it('puts Talang a few km north of Slawi', () => {
    expect(haversineKm(SLAWI, TALANG)).toBeCloseTo(7.8, 0);
  });

  it('measures one degree of longitude on the equator as about 111.2 km', () => {
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(111.195, 2);
  });

  it('gives half the circumference for antipodes', () => {
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });

  it('is zero to itself, symmetric and bounded by half the circumference', () => {
    fc.assert(
      fc.property(anyPoint, anyPoint, (a, b) => {
        const d = haversineKm(a, b);
        expect(haversineKm(a, a)).toBe(0);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(Math.PI * 6371.0088 + 1e-9);
        expect(Math.abs(d - haversineKm(b, a))).toBeLessThan(1e-9);
      }),
    );
  });

  it('obeys the triangle inequality', () => {
    // asin loses precision near antipodes (about 1e-4 km), hence the 1 m tolerance.
    fc.assert(
      fc.property(anyPoint, anyPoint, anyPoint, (a, b, c) => {
        expect(haversineKm(a, c)).toBeLessThanOrEqual(haversineKm(a, b) + haversineKm(b, c) + 1e-3);
      }),
    );
  });
});

describe('isInIndonesia', () => {
  it.each([
    ['Slawi', SLAWI],
    ['Kendal', KENDAL],
    ['Jakarta', { lat: -6.21, lng: 106.85 }],
    ['Sabang (north-west tip)', { lat: 5.89, lng: 95.32 }],
    ['Merauke (south-east)', { lat: -8.49, lng: 140.4 }],
    ['Rote (south)', { lat: -10.73, lng: 123.1 }],
  ])('accepts %s', (_name, point) => {
    expect(isInIndonesia(point)).toBe(true);
  });

  it.each([
    ['Tokyo', { lat: 35.68, lng: 139.69 }],
    ['Sydney', { lat: -33.87, lng: 151.21 }],
    ['Null Island (0, 0)', { lat: 0, lng: 0 }],
    ['swapped Slawi coordinates', { lat: 109.14, lng: -6.98 }],
    ['Slawi with a positive latitude sign error reaching Bangkok latitude', { lat: 13.75, lng: 100.5 }],
    ['lat 91', { lat: 91, lng: 110 }],
    ['NaN', { lat: Number.NaN, lng: 110 }],
    ['Infinity', { lat: -7, lng: Number.POSITIVE_INFINITY }],
  ])('refuses %s', (_name, point) => {
    expect(isInIndonesia(point)).toBe(false);
  });

  it('is a bounding box, so it also accepts some neighbours (known limitation)', () => {
    expect(isInIndonesia({ lat: 1.35, lng: 103.82 })).toBe(true); // Singapore
    expect(isInIndonesia({ lat: 3.14, lng: 101.69 })).toBe(true); // Kuala Lumpur
  });

  it('refuses values that are not points', () => {
    expect(isInIndonesia(null as unknown as GeoPoint)).toBe(false);
    expect(isInIndonesia({ lat: '-6.98', lng: '109.14' } as unknown as GeoPoint)).toBe(false);
  });
});

describe('isGeoPoint', () => {
  it('checks finite coordinates in range', () => {
    expect(isGeoPoint({ lat: -90, lng: 180 })).toBe(true);
    expect(isGeoPoint({ lat: -90.01, lng: 0 })).toBe(false);
    expect(isGeoPoint({ lat: 0, lng: -180.01 })).toBe(false);
    expect(isGeoPoint({ lat: 0 })).toBe(false);
    expect(isGeoPoint(undefined)).toBe(false);
  });
});
