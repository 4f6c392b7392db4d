import fc from 'fast-check';
import type { CandidateProfile } from '../candidate-profile';
import type { RfqSpec, Sector } from '../rfq-spec';

export const SECTORS: readonly Sector[] = ['METAL', 'PLASTIC', 'AGRO'];
export const PROCESSES = ['LASER_CUTTING', 'BENDING', 'STAMPING', 'WELDING_MIG', 'CNC_TURNING', 'POWDER_COATING'];
export const MATERIALS = ['SPCC', 'SS400', 'SUS304', 'AL5052', 'HDPE'];
export const CERTIFICATIONS = ['ISO_9001', 'SNI', 'HALAL', 'TKDN_IK'];

/** Around Kabupaten Tegal and the buyers' sites in Central Java. */
export const geoPointArb = fc.record({
  lat: fc.double({ min: -8, max: -6, noNaN: true }),
  lng: fc.double({ min: 108.5, max: 111, noNaN: true }),
});

export const rfqArb: fc.Arbitrary<RfqSpec> = fc
  .record({
    id: fc.constant('rfq-1'),
    sector: fc.constantFrom(...SECTORS),
    processes: fc.subarray(PROCESSES),
    materials: fc.subarray(MATERIALS),
    requiredCertifications: fc.subarray(CERTIFICATIONS, { maxLength: 2 }),
    quantity: fc.integer({ min: 1, max: 100_000 }),
    deliveryLocation: geoPointArb,
    todayDay: fc.integer({ min: 19_000, max: 20_000 }),
    deadlineOffset: fc.integer({ min: 0, max: 30 }),
    neededByOffset: fc.integer({ min: -5, max: 120 }),
  })
  .map(({ deadlineOffset, neededByOffset, ...rest }) => ({
    ...rest,
    quoteDeadlineDay: rest.todayDay + deadlineOffset,
    neededByDay: rest.todayDay + deadlineOffset + neededByOffset,
  }));

const trackRecordArb = fc
  .record({
    completedDeals: fc.integer({ min: 0, max: 50 }),
    onTimeShare: fc.double({ min: 0, max: 1, noNaN: true }),
    matchesReceived: fc.integer({ min: 0, max: 80 }),
    quoteShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map((r) => ({
    completedDeals: r.completedDeals,
    onTimeDeliveries: Math.floor(r.completedDeals * r.onTimeShare),
    matchesReceived: r.matchesReceived,
    quotesSubmitted: Math.floor(r.matchesReceived * r.quoteShare),
  }));

/** Any profile, eligible or not. */
export function profileArb(profileId: fc.Arbitrary<string> = fc.constant('p-1')): fc.Arbitrary<CandidateProfile> {
  return fc.record({
    profileId,
    organizationId: fc.constant('org-1'),
    sectors: fc.subarray([...SECTORS]),
    processes: fc.shuffledSubarray(PROCESSES),
    materials: fc.shuffledSubarray(MATERIALS),
    certifications: fc.array(
      fc.record({
        code: fc.constantFrom(...CERTIFICATIONS),
        validUntilDay: fc.option(fc.integer({ min: 18_900, max: 20_300 }), { nil: null }),
      }),
      { maxLength: 4 },
    ),
    monthlyCapacity: fc.integer({ min: 0, max: 50_000 }),
    minOrderQuantity: fc.integer({ min: 0, max: 5_000 }),
    leadTimeDays: fc.integer({ min: 0, max: 90 }),
    location: fc.option(geoPointArb, { nil: null }),
    verified: fc.boolean(),
    suspended: fc.boolean(),
    trackRecord: trackRecordArb,
    openMatches: fc.integer({ min: 0, max: 30 }),
  });
}

/** Bends a profile so it passes every hard filter of the RFQ, keeping the rest random. */
export function makeEligible(profile: CandidateProfile, rfq: RfqSpec): CandidateProfile {
  const processes =
    rfq.processes.length > 0 && !rfq.processes.some((p) => profile.processes.includes(p))
      ? [...profile.processes, rfq.processes[0]]
      : profile.processes;
  return {
    ...profile,
    sectors: profile.sectors.includes(rfq.sector) ? profile.sectors : [...profile.sectors, rfq.sector],
    processes,
    certifications: [
      ...profile.certifications,
      ...rfq.requiredCertifications.map((code) => ({ code, validUntilDay: rfq.quoteDeadlineDay })),
    ],
    minOrderQuantity: Math.min(profile.minOrderQuantity, rfq.quantity),
    suspended: false,
  };
}

export const eligiblePairArb = fc
  .tuple(rfqArb, profileArb())
  .map(([rfq, profile]) => ({ rfq, profile: makeEligible(profile, rfq) }));

/** Up to 40 profiles with unique ids, about half made eligible, some cloned under another id to force score ties. */
export const rfqWithProfilesArb = rfqArb.chain((rfq) =>
  fc
    .record({
      drawn: fc.array(fc.tuple(profileArb(), fc.boolean()), { maxLength: 30 }),
      cloneCount: fc.integer({ min: 0, max: 10 }),
    })
    .map(({ drawn, cloneCount }) => {
      const profiles = drawn.map(([profile, eligible], i) => {
        const withId = { ...profile, profileId: `p-${String(i).padStart(3, '0')}`, organizationId: `org-${i}` };
        return eligible ? makeEligible(withId, rfq) : withId;
      });
      const clones = profiles
        .slice(0, cloneCount)
        .map((profile, i) => ({ ...profile, profileId: `c-${String(i).padStart(3, '0')}` }));
      return { rfq, profiles: [...clones, ...profiles] };
    }),
);

export function baseRfq(overrides: Partial<RfqSpec> = {}): RfqSpec {
  return {
    id: 'rfq-base',
    sector: 'METAL',
    processes: ['LASER_CUTTING', 'BENDING', 'STAMPING'],
    materials: ['SPCC'],
    requiredCertifications: [],
    quantity: 3_000,
    deliveryLocation: { lat: -6.93, lng: 110.22 },
    todayDay: 20_000,
    quoteDeadlineDay: 20_010,
    neededByDay: 20_060,
    ...overrides,
  };
}

export function baseProfile(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    profileId: 'p-base',
    organizationId: 'org-base',
    sectors: ['METAL'],
    processes: ['LASER_CUTTING', 'BENDING'],
    materials: ['SPCC'],
    certifications: [],
    monthlyCapacity: 1_200,
    minOrderQuantity: 100,
    leadTimeDays: 14,
    location: { lat: -6.98, lng: 109.14 },
    verified: true,
    suspended: false,
    trackRecord: { completedDeals: 0, onTimeDeliveries: 0, quotesSubmitted: 0, matchesReceived: 0 },
    openMatches: 0,
    ...overrides,
  };
}
