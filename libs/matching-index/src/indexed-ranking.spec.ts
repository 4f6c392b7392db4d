import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { CandidateProfile, rankCandidates, resolveEngineOptions, RfqSpec } from '@jalin/matching-engine';
import { CERTIFICATIONS, MATERIALS, PROCESSES, profileArb, rfqWithProfilesArb, SECTORS } from '@jalin/matching-engine/testing';
import { rankIndexed } from './indexed-ranking';
import { ProfileCodebook } from './profile-codebook';
import { ProfileColumns } from './profile-columns';

const codebook = new ProfileCodebook({ sectors: SECTORS, processes: PROCESSES, materials: MATERIALS, certifications: CERTIFICATIONS });

/** A v4-shaped id whose order has nothing to do with the profile's position. */
const uuidFor = (key: string) => {
  const hex = createHash('md5').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};
const micro = (degrees: number) => Math.round(degrees * 1e6) / 1e6;

/** What the database holds: uuid ids and coordinates to 6 decimals. */
function asStored(profile: CandidateProfile, key: string): CandidateProfile {
  return {
    ...profile,
    profileId: uuidFor(key),
    organizationId: uuidFor(`org-${key}`),
    location: profile.location && { lat: micro(profile.location.lat), lng: micro(profile.location.lng) },
  };
}

function reference(rfq: RfqSpec, profiles: CandidateProfile[], topK: number, threshold: number) {
  return rankCandidates(rfq, profiles, { topK, threshold }).matches.map(({ organizationId: _org, ...match }) => match);
}

const optionsArb = fc.record({ topK: fc.integer({ min: 1, max: 12 }), threshold: fc.double({ min: 0, max: 0.9, noNaN: true }) });

describe('rankIndexed (the matching index) against the reference engine', () => {
  it('gives the engine’s exact output on thousands of random markets, ties and expired certificates included', () => {
    fc.assert(
      fc.property(rfqWithProfilesArb, optionsArb, fc.string(), ({ rfq, profiles }, { topK, threshold }, salt) => {
        const stored = profiles.map((p) => asStored(p, `${salt}/${p.profileId}`));
        const columns = new ProfileColumns(codebook, 4);
        for (const profile of stored) columns.upsert(profile);
        expect(rankIndexed(columns, rfq, resolveEngineOptions({ topK, threshold }))).toEqual(reference(rfq, stored, topK, threshold));
      }),
      { numRuns: 3000 },
    );
  });

  it('stays exact while profiles change and disappear', () => {
    fc.assert(
      fc.property(
        rfqWithProfilesArb,
        fc.array(fc.tuple(fc.nat(), profileArb(), fc.boolean()), { maxLength: 15 }),
        ({ rfq, profiles }, edits) => {
          const byId = new Map(profiles.map((p) => [p.profileId, asStored(p, p.profileId)]));
          const columns = new ProfileColumns(codebook, 2);
          for (const profile of byId.values()) columns.upsert(profile);
          const ids = [...byId.keys()];
          for (const [pick, replacement, drop] of edits) {
            if (ids.length === 0) break;
            const id = ids[pick % ids.length];
            const current = byId.get(id)!;
            if (drop) {
              columns.remove(current.profileId);
              byId.delete(id);
              ids.splice(ids.indexOf(id), 1);
            } else {
              const changed = asStored({ ...replacement, profileId: id }, id);
              columns.upsert(changed);
              byId.set(id, changed);
            }
          }
          const options = resolveEngineOptions({ topK: 5, threshold: 0.3 });
          expect(rankIndexed(columns, rfq, options)).toEqual(reference(rfq, [...byId.values()], 5, 0.3));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('holds a slot’s profile exactly (what the engine reads comes back unchanged)', () => {
    fc.assert(
      fc.property(profileArb(), (profile) => {
        const stored = asStored(profile, 'one');
        const columns = new ProfileColumns(codebook);
        const slot = columns.upsert(stored);
        const back = columns.candidateAt(slot);
        const latest = (p: CandidateProfile, code: string) =>
          p.certifications.filter((c) => c.code === code).reduce<number | null | undefined>(
            (best, c) => (best === null || c.validUntilDay === null ? null : Math.max(best ?? -Infinity, c.validUntilDay)),
            undefined,
          );
        expect(back).toMatchObject({ ...stored, organizationId: '', sectors: expect.any(Array), processes: expect.any(Array), materials: expect.any(Array), certifications: expect.any(Array) });
        expect(new Set(back.sectors)).toEqual(new Set(stored.sectors));
        expect(new Set(back.processes)).toEqual(new Set(stored.processes));
        expect(new Set(back.materials)).toEqual(new Set(stored.materials));
        for (const code of CERTIFICATIONS) expect(latest(back, code)).toEqual(latest(stored, code));
      }),
    );
  });

  it('refuses what it could not hold exactly: unknown codes, coordinates finer than 6 decimals', () => {
    const columns = new ProfileColumns(codebook);
    const base = asStored(fc.sample(profileArb(), { numRuns: 1, seed: 7 })[0], 'x');
    expect(() => columns.upsert({ ...base, processes: ['TELEPORTING'] })).toThrow(/unknown processes/);
    expect(() => columns.upsert({ ...base, location: { lat: -6.1234567, lng: 109.1 } })).toThrow(/6 decimals/);
    expect(columns.liveCount).toBe(0);
  });
});
