/** The GraphQL operations of the buyer's screens, and the shapes they answer. */

import { type DealSide, type DealStatus, type MatchingStatus, type MatchStatus, RfqStatus } from '@jalin/sourcing/statuses';

/** Every RFQ status in sourcing's enum order (the filter's options): a new status shows up here by itself. */
export const RFQ_STATUSES: readonly RfqStatus[] = Object.values(RfqStatus);
export type QuoteSort = 'PRICE' | 'LEAD_TIME' | 'SCORE';
export const QUOTE_SORTS: readonly QuoteSort[] = ['PRICE', 'LEAD_TIME', 'SCORE'];

export interface TaxonomyItem { code: string; label: string; labelId: string }
export interface SectorInfo { sector: string; label: string; labelId: string; processes: TaxonomyItem[]; materials: TaxonomyItem[] }
export interface Taxonomy { sectors: SectorInfo[]; certifications: TaxonomyItem[]; units: TaxonomyItem[]; kecamatan: TaxonomyItem[] }

export const TAXONOMY = `query Taxonomy { taxonomy {
  sectors { sector label labelId processes { code label labelId } materials { code label labelId } }
  certifications { code label labelId } units { code label labelId } kecamatan { code label labelId } } }`;

export const CREATE_RFQ = 'mutation CreateRfq($input: CreateRfqInput!) { createRfq(input: $input) { id } }';

export interface RfqRow { id: string; title: string; status: RfqStatus; quantity: number; unit: string; quoteDeadline: string; quoteCount: number | null; matchingStatus: MatchingStatus }
export const MY_RFQS = `query MyRfqs($status: RfqStatus, $first: Int) { myRfqs(status: $status, first: $first) { totalCount
  nodes { id title status quantity unit quoteDeadline quoteCount matchingStatus } } }`;

export interface ScoreComponent { factor: string; explanation: string; value: number; weight: number }
export interface MatchView { id: string; rank: number; score: number; status: MatchStatus; deliverableQuantity: number; ikm: { id: string; name: string }; breakdown: ScoreComponent[] }
export interface RfqView {
  id: string; title: string; description: string; status: RfqStatus; sector: string; processes: string[]; materials: string[];
  requiredCertifications: string[]; quantity: number; unit: string; neededBy: string; quoteDeadline: string; targetUnitPrice: string | null;
  sealed: boolean; matchingStatus: MatchingStatus; cancelReason: string | null; quoteCount: number | null;
  matches: MatchView[];
  consortiumSuggestions: { score: number; coveredQuantity: number; shares: { quantity: number; match: { ikm: { id: string; name: string } } }[] }[];
  deals: { id: string; status: DealStatus; quantity: number; value: string; ikm: { name: string } }[];
}
export const RFQ = `query Rfq($id: ID!) { rfq(id: $id) {
  id title description status sector processes materials requiredCertifications quantity unit neededBy quoteDeadline targetUnitPrice
  sealed matchingStatus cancelReason quoteCount
  matches { id rank score status deliverableQuantity ikm { id name } breakdown { factor explanation value weight } }
  consortiumSuggestions { score coveredQuantity shares { quantity match { ikm { id name } } } }
  deals { id status quantity value ikm { name } } } }`;

export interface ComparisonRow {
  quote: { id: string }; ikm: { id: string; name: string }; unitPrice: string; quantity: number; totalPrice: string; leadTimeDays: number;
  expectedDelivery: string; deliveryFeasible: boolean; coversQuantity: boolean; matchScore: number | null; matchRank: number | null;
  distanceKm: number | null; verified: boolean; trackRecord: { completedDeals: number; onTimeRate: number | null };
}
export const COMPARISON = `query Comparison($rfqId: ID!, $sortBy: QuoteSort) { quoteComparison(rfqId: $rfqId, sortBy: $sortBy) {
  quote { id } ikm { id name } unitPrice quantity totalPrice leadTimeDays expectedDelivery deliveryFeasible coversQuantity
  matchScore matchRank distanceKm verified trackRecord { completedDeals onTimeRate } } }`;

export const AWARD = 'mutation Award($rfqId: ID!, $awards: [AwardInput!]!) { awardRfq(rfqId: $rfqId, awards: $awards) { id } }';
export const CLOSE_RFQ = 'mutation CloseRfq($id: ID!, $reason: String) { closeRfq(id: $id, reason: $reason) { id status } }';
export const CANCEL_RFQ = 'mutation CancelRfq($id: ID!, $reason: String!) { cancelRfq(id: $id, reason: $reason) { id status } }';

export interface DealRow { id: string; status: DealStatus; value: string; quantity: number; ikm: { name: string }; rfq: { id: string; title: string } }
export const DEALS = `query Deals($filter: DealFilter, $first: Int) { deals(filter: $filter, first: $first) { totalCount
  nodes { id status value quantity ikm { name } rfq { id title } } } }`;

export interface Contact { organizationName: string; contactPerson: string | null; email: string | null; phone: string | null }
export interface DealView {
  id: string; status: DealStatus; value: string; unitPrice: string; quantity: number; neededBy: string; deliveredOn: string | null;
  ikm: { id: string; name: string }; rfq: { id: string; title: string; unit: string }; ikmContact: Contact;
  nextStep: { status: DealStatus; by: DealSide } | null;
  cancellable: boolean;
  history: { status: DealStatus; at: string; note: string | null; by: { name: string } | null }[];
  ratings: { side: DealSide; quality: number | null; delivery: number | null; comment: string | null }[];
}
export const DEAL = `query Deal($id: ID!) { deal(id: $id) {
  id status value unitPrice quantity neededBy deliveredOn ikm { id name } rfq { id title unit }
  ikmContact { organizationName contactPerson email phone } nextStep { status by } cancellable
  history { status at note by { name } } ratings { side quality delivery comment } } }`;
export const UPDATE_DEAL = 'mutation Step($dealId: ID!, $status: DealStatus!, $note: String) { updateDealStatus(dealId: $dealId, status: $status, note: $note) { id status } }';
export const RATE_DEAL = 'mutation Rate($dealId: ID!, $input: DealRatingInput!) { rateDeal(dealId: $dealId, input: $input) { id } }';

export interface SupplierRow {
  id: string; verified: boolean; sectors: string[]; processes: string[]; materials: string[]; heldCertifications: string[];
  kecamatanCode: string | null; leadTimeDays: number; minOrderQuantity: number; monthlyCapacity: { quantity: number; unit: string };
  organization: { id: string; name: string };
}
export const SUPPLIERS = `query Suppliers($filter: ProfileFilter, $first: Int) { capabilityProfiles(filter: $filter, first: $first) { totalCount
  nodes { id verified sectors processes materials heldCertifications kecamatanCode leadTimeDays minOrderQuantity monthlyCapacity { quantity unit }
  organization { id name } } } }`;
