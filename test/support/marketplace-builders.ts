import { Pool } from 'pg';
import { GraphqlClient } from './graphql-client';
import { registerAccount, RegisteredAccount } from './builders';

export const UPSERT_PROFILE = `mutation P($input: CapabilityProfileInput!) { upsertMyProfile(input: $input) { id verified } }`;
export const CREATE_RFQ = `mutation C($input: CreateRfqInput!) { createRfq(input: $input) { id status matchingStatus } }`;

/** Talang, in the metal sentra; Kawasan Industri Kendal is about 120 km away. */
export const TALANG = { lat: -6.91, lng: 109.15 };
export const KENDAL = { lat: -6.93, lng: 110.22 };

const isoDate = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

/** A metal workshop able to laser-cut and bend SS400 with SNI (the seed's typical IKM). */
export function profileInput(overrides: Record<string, unknown> = {}) {
  return {
    sectors: ['METAL'],
    processes: ['LASER_CUTTING', 'BENDING', 'WELDING_MIG'],
    materials: ['SS400', 'SPCC'],
    certifications: [{ code: 'SNI', number: 'SNI-123', validUntil: isoDate(400) }],
    kbliCodes: ['25920'],
    monthlyCapacity: { quantity: 2000, unit: 'pcs' },
    minOrderQuantity: 50,
    leadTimeDays: 14,
    kecamatanCode: '3328140',
    location: TALANG,
    machines: ['Fiber laser 3 kW', 'Press brake 100 T'],
    workforce: 25,
    ...overrides,
  };
}

/** Brackets for a bus body, in the shape of the contract's CreateRfqInput. */
export function rfqInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Bracket dudukan kursi bus',
    description: 'Bracket SS400 3 mm, laser cut dan bending, sesuai gambar',
    sector: 'METAL',
    processes: ['LASER_CUTTING', 'BENDING'],
    materials: ['SS400'],
    requiredCertifications: ['SNI'],
    quantity: 1000,
    unit: 'pcs',
    targetUnitPrice: '12500',
    deliveryLocation: KENDAL,
    neededBy: isoDate(60),
    quoteDeadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    ...overrides,
  };
}

export async function ikmWithProfile(api: GraphqlClient, overrides: Record<string, unknown> = {}): Promise<RegisteredAccount & { profileId: string }> {
  const account = await registerAccount(api, { role: 'IKM' });
  const data = await account.client.ok(UPSERT_PROFILE, { input: profileInput(overrides) });
  return { ...account, profileId: data.upsertMyProfile.id };
}

export async function postRfq(buyer: GraphqlClient, overrides: Record<string, unknown> = {}): Promise<string> {
  const data = await buyer.ok(CREATE_RFQ, { input: rfqInput(overrides) });
  return data.createRfq.id;
}

/**
 * Matches these IKMs to an RFQ directly, best first (scores 0.9, 0.899, ...), and marks its matching
 * DONE: for tests that need a known match set whatever the worker would rank (other tests'
 * workshops share the run).
 */
export async function matchDirectly(sql: Pool, rfqId: string, ikms: readonly { organizationId: string; profileId: string }[]): Promise<void> {
  for (const [i, ikm] of ikms.entries()) {
    await sql.query(
      `INSERT INTO rfq_match (rfq_id, ikm_organization_id, profile_id, score, initial_rank, breakdown, deliverable_quantity, engine_version)
       VALUES ($1, $2, $3, $4, $5, '[]'::jsonb, 5000, 'test')`,
      [rfqId, ikm.organizationId, ikm.profileId, 0.9 - i * 0.001, i + 1],
    );
  }
  await sql.query(`UPDATE rfq SET matching_status = 'DONE', matched_at = now() WHERE id = $1`, [rfqId]);
}
