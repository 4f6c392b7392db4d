import { baseProfile } from '@jalin/matching-engine/testing';
import { ProfileCodebook } from './profile-codebook';
import { ProfileColumns } from './profile-columns';

const id = (n: number, first = n) => `${first.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('ProfileColumns', () => {
  it('finds every profile after a bulk load in any order, ids sharing their first 8 hex digits included', () => {
    const columns = new ProfileColumns(ProfileCodebook.fromTaxonomy(), 8);
    const ids = [id(5), id(1), id(9, 1), id(3), id(7, 3), id(2, 3)];
    for (const profileId of ids) columns.appendUnordered(baseProfile({ profileId }));
    columns.rebuildOrder();
    for (const profileId of ids) expect(columns.profileIdAt(columns.slotOf(profileId))).toBe(profileId);
    expect(columns.slotOf(id(4))).toBe(-1);
    // An upsert after the load keeps the order: the new id is found, the old ones still are.
    columns.upsert(baseProfile({ profileId: id(4), leadTimeDays: 3 }));
    expect(columns.candidateAt(columns.slotOf(id(4))).leadTimeDays).toBe(3);
    for (const profileId of ids) expect(columns.profileIdAt(columns.slotOf(profileId))).toBe(profileId);
  });

  it('refuses a bulk load holding one id twice', () => {
    const columns = new ProfileColumns(ProfileCodebook.fromTaxonomy());
    columns.appendUnordered(baseProfile({ profileId: id(1) }));
    columns.appendUnordered(baseProfile({ profileId: id(1) }));
    expect(() => columns.rebuildOrder()).toThrow(/Duplicate profile id/);
  });
});

describe('certificates expiring on different days', () => {
  it('keeps each code’s own expiry through loads, changes and removals', () => {
    const columns = new ProfileColumns(ProfileCodebook.fromTaxonomy());
    const profiles = [1, 2, 3].map((n) =>
      baseProfile({ profileId: id(n), certifications: [{ code: 'SNI', validUntilDay: 100 + n }, { code: 'ISO_9001', validUntilDay: 200 + n }] }),
    );
    for (const profile of profiles) columns.appendUnordered(profile);
    columns.rebuildOrder();
    const sni = columns.codebook.bitOf('certifications', 'SNI');
    const iso = columns.codebook.bitOf('certifications', 'ISO_9001');
    expect([1, 2, 3].map((n) => [columns.expiryOf(columns.slotOf(id(n)), sni), columns.expiryOf(columns.slotOf(id(n)), iso)])).toEqual([[101, 201], [102, 202], [103, 203]]);
    // ISO 9001 alone is still valid on day 150, both together are not.
    expect(columns.mixedValidOn(columns.slotOf(id(2)), 1 << iso, 150)).toBe(true);
    expect(columns.mixedValidOn(columns.slotOf(id(2)), (1 << iso) | (1 << sni), 150)).toBe(false);
    columns.upsert({ ...profiles[1], certifications: [{ code: 'SNI', validUntilDay: 300 }] });
    columns.remove(id(1));
    expect(columns.expiryOf(columns.slotOf(id(2)), sni)).toBe(300);
    expect(columns.expiryOf(columns.slotOf(id(3)), iso)).toBe(203);
    expect(columns.mixedExpiry.size).toBe(1);
  });
});
