import { Sector } from '@jalin/taxonomy';
import { checkProfileInput } from '../validation/profile-input.validator';
import { demoProfiles } from './demo-profiles';

describe('demo profiles', () => {
  const profiles = demoProfiles();

  it('are the same on every call (seeded, no clock)', () => {
    expect(demoProfiles()).toEqual(profiles);
  });

  it('are at least 60, with unique organization names, all valid profiles', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(60);
    expect(new Set(profiles.map((p) => p.organizationName)).size).toBe(profiles.length);
    for (const profile of profiles) expect(checkProfileInput(profile.input).issues).toEqual([]);
  });

  it('are mostly metal in Talang, Adiwerna and Kramat (LIK Takaru), with some plastic and agro elsewhere', () => {
    const metalInSentra = profiles.filter((p) => p.input.sectors.includes(Sector.METAL) && ['3328140', '3328120', '3328160'].includes(p.kecamatanCode));
    expect(metalInSentra.length).toBeGreaterThan(profiles.length / 2);
    const plastic = profiles.filter((p) => p.input.sectors.includes(Sector.PLASTIC));
    const agro = profiles.filter((p) => p.input.sectors.includes(Sector.AGRO));
    expect(plastic.length).toBeGreaterThanOrEqual(5);
    expect(agro.length).toBeGreaterThanOrEqual(5);
    expect([...plastic, ...agro].every((p) => !['3328140', '3328120'].includes(p.kecamatanCode))).toBe(true);
  });

  it('include verified ones and expired certificates', () => {
    expect(profiles.filter((p) => p.verify).length).toBeGreaterThan(5);
    const expired = profiles.filter((p) => p.input.certifications?.some((c) => c.validUntil !== null && c.validUntil !== undefined && c.validUntil < '2026-06-01'));
    expect(expired.length).toBeGreaterThanOrEqual(3);
  });
});
