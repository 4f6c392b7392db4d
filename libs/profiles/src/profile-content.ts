import type { GeoPoint, KbliVersion, Sector } from '@jalin/taxonomy';

/** One certificate as stored (jsonb) and shown: expired copies are kept. */
export interface CertificationRecord {
  code: string;
  number: string | null;
  /** Last valid day, YYYY-MM-DD; null = no expiry. */
  validUntil: string | null;
}

/** A KBLI code with the edition it was taken from: KBLI 2025 may reuse a code with another meaning. */
export interface KbliRecord {
  code: string;
  version: KbliVersion;
}

/**
 * What an IKM says about itself, in canonical form (codes de-duplicated and in catalog order,
 * texts trimmed), so two submissions with the same meaning compare equal.
 */
export interface ProfileContent {
  sectors: Sector[];
  processes: string[];
  materials: string[];
  certifications: CertificationRecord[];
  kbli: KbliRecord[];
  monthlyCapacity: number;
  capacityUnit: string;
  minOrderQuantity: number;
  leadTimeDays: number;
  kecamatanCode: string | null;
  location: GeoPoint | null;
  machines: string[];
  workforce: number | null;
}

export type ProfileField = keyof ProfileContent;

const PROFILE_FIELDS: readonly ProfileField[] = [
  'sectors', 'processes', 'materials', 'certifications', 'kbli', 'monthlyCapacity', 'capacityUnit',
  'minOrderQuantity', 'leadTimeDays', 'kecamatanCode', 'location', 'machines', 'workforce',
];

/** The fields whose value differs. Lists are canonical; object keys are sorted because jsonb reorders them. */
export function changedFields(before: ProfileContent, after: ProfileContent): ProfileField[] {
  return PROFILE_FIELDS.filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field]));
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Distinct codes of the certificates valid on `today` (YYYY-MM-DD), in input order. */
export function heldCertificationCodes(certifications: readonly CertificationRecord[], today: string): string[] {
  const held = certifications.filter((c) => c.validUntil === null || c.validUntil >= today).map((c) => c.code);
  return [...new Set(held)];
}
