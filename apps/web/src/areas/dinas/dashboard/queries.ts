/** The GraphQL operations of the page and the shapes they return (see /tmp/dashboard-spec.md). */

import type { DealStatus } from '@jalin/sourcing/statuses';

export type Role = 'ADMIN' | 'BUYER' | 'DINAS' | 'IKM';
export type Sector = 'METAL' | 'PLASTIC' | 'AGRO';
export const SECTORS: Sector[] = ['METAL', 'PLASTIC', 'AGRO'];

export interface SessionUser {
  name: string;
  role: Role;
  locale: string;
}

export interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}

const AUTH_FIELDS = 'accessToken refreshToken user { name role locale }';
export const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH_FIELDS} } }`;
export const REFRESH = `mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ${AUTH_FIELDS} } }`;
export const LOGOUT = `mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }`;

export interface TaxonomyItem {
  code: string;
  label: string;
  labelId: string;
}
export interface SectorInfo {
  sector: Sector;
  label: string;
  labelId: string;
}
export const TAXONOMY = `query Taxonomy { taxonomy { kecamatan { code label labelId } sectors { sector label labelId } } }`;

export interface DashboardFilter {
  from?: string;
  to?: string;
  sector?: Sector;
  kecamatanCode?: string;
}

export interface Dashboard {
  asOf: string;
  totals: {
    rfqs: number;
    openRfqs: number;
    quotes: number;
    deals: number;
    dealValue: string;
    participatingIkms: number;
    verifiedIkms: number;
    registeredIkms: number;
  };
  funnel: { rfqsPosted: number; rfqsMatched: number; rfqsQuoted: number; rfqsAwarded: number; dealsCompleted: number };
  bySector: { sector: Sector; rfqs: number; quotes: number; deals: number; dealValue: string }[];
  byKecamatan: { kecamatanCode: string; name: string; ikms: number; verifiedIkms: number; participatingIkms: number; quotes: number; deals: number; dealValue: string }[];
  byBuyer: { buyer: { id: string; name: string }; rfqs: number; rfqsAwarded: number; deals: number; dealValue: string }[];
  monthly: { month: string; rfqs: number; quotes: number; deals: number; dealValue: string; dealsCompleted: number }[];
  recentDeals: { id: string; status: DealStatus; value: string; createdAt: string; rfq: { id: string; title: string }; buyer: { id: string; name: string }; ikm: { id: string; name: string } }[];
  insights: { medianHoursToFirstQuote: number | null; matchedShare: number | null; activeBuyers: number; repeatBuyers: number };
}

export const DASHBOARD = `query Dashboard($filter: DashboardFilter) {
  dashboard(filter: $filter) {
    asOf
    totals { rfqs openRfqs quotes deals dealValue participatingIkms verifiedIkms registeredIkms }
    funnel { rfqsPosted rfqsMatched rfqsQuoted rfqsAwarded dealsCompleted }
    bySector { sector rfqs quotes deals dealValue }
    byKecamatan { kecamatanCode name ikms verifiedIkms participatingIkms quotes deals dealValue }
    byBuyer(first: 10) { buyer { id name } rfqs rfqsAwarded deals dealValue }
    monthly { month rfqs quotes deals dealValue dealsCompleted }
    recentDeals(first: 10) { id status value createdAt rfq { id title } buyer { id name } ikm { id name } }
    insights { medianHoursToFirstQuote matchedShare activeBuyers repeatBuyers }
  }
}`;
