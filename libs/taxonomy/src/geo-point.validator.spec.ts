import { validateGeoPoint } from './geo-point.validator';

describe('validateGeoPoint', () => {
  it('accepts a point in Kabupaten Tegal', () => {
    expect(validateGeoPoint({ lat: -6.91, lng: 109.15 })).toEqual([]);
  });

  it('refuses a point outside Indonesia and hints at swapped coordinates', () => {
    const tokyo = { lat: 35.68, lng: 139.69 };
    expect(validateGeoPoint(tokyo, 'deliveryLocation')).toEqual([
      { field: 'deliveryLocation', value: tokyo, message: expect.stringContaining('in Indonesia') },
    ]);
    expect(validateGeoPoint({ lat: 0, lng: 0 })[0]?.message).toContain('swapped');
  });

  it('refuses swapped Tegal coordinates as out of range', () => {
    expect(validateGeoPoint({ lat: 109.15, lng: -6.91 })[0]?.message).toContain('lat in [-90, 90]');
  });

  it.each([null, {}, { lat: Number.NaN, lng: 109 }, { lat: -7, lng: '109' }])('refuses %p as not a point', (value) => {
    expect(validateGeoPoint(value)).toEqual([
      { field: 'location', value, message: expect.stringContaining('finite') },
    ]);
  });
});
