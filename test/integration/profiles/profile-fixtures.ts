import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { GraphqlClient, login } from '@jalin/testing';

export const PROFILE_FIELDS = `
  id organization { id name kind }
  sectors processes materials
  certifications { code number validUntil expired } heldCertifications
  kbliCodes kbli { code version }
  monthlyCapacity { quantity unit } minOrderQuantity leadTimeDays
  kecamatanCode location { lat lng } machines workforce
  verified verifiedAt revision createdAt updatedAt`;

export const UPSERT = `mutation Upsert($input: CapabilityProfileInput!) { upsertMyProfile(input: $input) { ${PROFILE_FIELDS} } }`;
export const MY_PROFILE = `query Mine { myProfile { ${PROFILE_FIELDS} } }`;
export const PROFILE = `query One($id: ID!) { capabilityProfile(id: $id) { id verified organization { id } } }`;
export const PROFILE_WITH_HISTORY = `query One($id: ID!) {
  capabilityProfile(id: $id) {
    id verified verifiedAt
    verifications { id verifiedBy { name office } verifiedAt note clearedAt clearedReason }
  }
}`;
export const PROFILES = `query Directory($filter: ProfileFilter, $first: Int, $after: String) {
  capabilityProfiles(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id } }
    nodes { id organization { id name } verified }
  }
}`;
export const VERIFY = `mutation Verify($profileId: ID!, $note: String) {
  verifyProfile(profileId: $profileId, note: $note) {
    id verified verifiedAt
    verifications { id verifiedBy { name office } verifiedAt note clearedAt clearedReason }
  }
}`;
const CREATE_STAFF = `mutation Staff($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`;

/** The karoseri supplier: laser-cuts and bends SS400, with SNI, 2,000 pieces a month, in Talang. */
export function karoseriSupplierInput(overrides: Record<string, unknown> = {}) {
  return {
    sectors: ['METAL'],
    processes: ['LASER_CUTTING', 'BENDING', 'WELDING_MIG'],
    materials: ['SS400', 'SPCC'],
    certifications: [
      { code: 'SNI', number: 'SPPT-SNI 0123/LSPro/2025', validUntil: '2029-12-31' },
      { code: 'TKDN', number: 'TKDN-IK 2025/0456', validUntil: null },
    ],
    kbliCodes: ['25910', '29200'],
    monthlyCapacity: { quantity: 2000, unit: 'pcs' },
    minOrderQuantity: 100,
    leadTimeDays: 14,
    kecamatanCode: '3328140',
    location: { lat: -6.912, lng: 109.151 },
    machines: ['Fiber laser 3 kW, meja 1500 x 3000 mm', 'Press brake 100 t'],
    workforce: 25,
    ...overrides,
  };
}

export const uniqueToken = (prefix = 'Zq') => `${prefix}${randomBytes(4).toString('hex')}`;

export interface StaffClients {
  admin: GraphqlClient;
  dinas: GraphqlClient;
  dinasUserId: string;
}

/** The bootstrap admin (configured on the app) signs in and creates a Dinas officer. */
export async function staffClients(url: string, adminEmail: string, adminPassword: string): Promise<StaffClients> {
  const anonymous = new GraphqlClient(url);
  const adminSession = await login(anonymous, adminEmail, adminPassword);
  const admin = anonymous.as(adminSession.accessToken);
  const input = { email: `dinas-${uniqueToken('')}@tegalkab.go.id`, password: 'officer-password', name: 'Petugas Dinas', role: 'DINAS' };
  const created = await admin.ok(CREATE_STAFF, { input });
  const dinasSession = await login(new GraphqlClient(url), input.email, input.password);
  return { admin, dinas: new GraphqlClient(url, dinasSession.accessToken), dinasUserId: created.createStaffAccount.id };
}

export function bootstrapAdmin() {
  return { email: `admin-${uniqueToken('')}@jalin.test`, password: 'bootstrap-admin-secret' };
}

export interface OutboxRow {
  id: string;
  name: string;
  payload: Record<string, any>;
}

/** Profile events about one organization, oldest first. */
export async function profileEvents(dataSource: DataSource, organizationId: string): Promise<OutboxRow[]> {
  return dataSource.query(
    `SELECT id, name, payload FROM outbox_event WHERE name LIKE 'profiles.%' AND payload->>'organizationId' = $1 ORDER BY id`,
    [organizationId],
  );
}
