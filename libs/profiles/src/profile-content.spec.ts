import { changedFields, heldCertificationCodes, ProfileContent } from './profile-content';
import { isExpired, todayInWib } from './wib-date';

describe('profile content', () => {
  const content: ProfileContent = {
    sectors: [], processes: ['BENDING'], materials: [], certifications: [{ code: 'SNI', number: null, validUntil: '2027-01-01' }],
    kbli: [], monthlyCapacity: 10, capacityUnit: 'pcs', minOrderQuantity: 1, leadTimeDays: 1, kecamatanCode: null,
    location: { lat: -6.9, lng: 109.1 }, machines: [], workforce: null,
  };

  it('sees no change when only the key order of stored jsonb differs', () => {
    const reordered = { ...content, certifications: [{ validUntil: '2027-01-01', number: null, code: 'SNI' }], location: { lng: 109.1, lat: -6.9 } };
    expect(changedFields(content, reordered)).toEqual([]);
  });

  it('names the changed fields', () => {
    expect(changedFields(content, { ...content, leadTimeDays: 2, certifications: [] })).toEqual(['certifications', 'leadTimeDays']);
  });

  it('counts a certificate as held through its last valid day, in WIB', () => {
    const certs = [
      { code: 'SNI', number: null, validUntil: '2026-11-27' },
      { code: 'TKDN', number: null, validUntil: '2026-11-28' },
      { code: 'HALAL', number: null, validUntil: null },
    ];
    expect(heldCertificationCodes(certs, '2026-11-28')).toEqual(['TKDN', 'HALAL']);
    expect(isExpired('2026-11-27', '2026-11-28')).toBe(true);
    expect(isExpired(null, '2026-11-28')).toBe(false);
  });

  it('turns the date over at midnight WIB, which is 17:00 UTC', () => {
    expect(todayInWib(new Date('2026-11-27T16:59:59Z'))).toBe('2026-11-27');
    expect(todayInWib(new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-28');
    // The day it keeps for the instants that follow must not leak into earlier or later days.
    expect(todayInWib(new Date('2026-11-27T16:59:59.999Z'))).toBe('2026-11-27');
    expect(todayInWib(new Date('2026-11-28T16:59:59.999Z'))).toBe('2026-11-28');
    expect(todayInWib(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
    expect(todayInWib(new Date('1969-12-31T17:00:00Z'))).toBe('1970-01-01');
    for (let ms = Date.UTC(2026, 11, 30); ms < Date.UTC(2027, 0, 2); ms += 37 * 60 * 1000 + 13) {
      expect(todayInWib(new Date(ms))).toBe(new Date(ms + 7 * 3600 * 1000).toISOString().slice(0, 10));
    }
  });
});
