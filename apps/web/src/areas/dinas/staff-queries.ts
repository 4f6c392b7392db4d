/** GraphQL documents of the verification queue and the IKM directory. */

const PROFILE_SUMMARY = `id verified verifiedAt createdAt sectors processes kecamatanCode leadTimeDays
  monthlyCapacity { quantity unit } certifications { code expired } organization { id name }`;

export interface ProfileSummary {
  id: string;
  verified: boolean;
  verifiedAt: string | null;
  createdAt: string;
  sectors: string[];
  processes: string[];
  kecamatanCode: string | null;
  leadTimeDays: number;
  monthlyCapacity: { quantity: number; unit: string };
  certifications: { code: string; expired: boolean }[];
  organization: { id: string; name: string };
}

export interface ProfilePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: ProfileSummary[];
}

export const VERIFICATION_QUEUE = `query VerificationQueue($first: Int, $after: String) {
  verificationQueue(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${PROFILE_SUMMARY} } }
}`;

export const VERIFY_PROFILE = `mutation VerifyProfile($profileId: ID!, $note: String) {
  verifyProfile(profileId: $profileId, note: $note) { id verified verifiedAt }
}`;

export const IKM_DIRECTORY = `query IkmDirectory($filter: ProfileFilter, $first: Int, $after: String) {
  capabilityProfiles(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${PROFILE_SUMMARY} } }
}`;

export interface TaxonomyItem {
  code: string;
  label: string;
  labelId: string;
}

export interface TaxonomyLists {
  sectors: { sector: string; label: string; labelId: string; processes: TaxonomyItem[] }[];
  kecamatan: TaxonomyItem[];
  certifications: TaxonomyItem[];
  units: TaxonomyItem[];
}

export const TAXONOMY_LISTS = `query TaxonomyLists {
  taxonomy {
    sectors { sector label labelId processes { code label labelId } }
    kecamatan { code label labelId }
    certifications { code label labelId }
    units { code label labelId }
  }
}`;
