import type { DealSide, DealStatus, MatchStatus, QuoteStatus, RfqStatus } from '@jalin/sourcing/statuses';
/** The IKM area's GraphQL operations and the shapes it reads from them. */

export const TAXONOMY = `query Taxonomy { taxonomy {
  sectors { sector label labelId processes { code label labelId } materials { code label labelId } }
  certifications { code label labelId } kecamatan { code label labelId } units { code label labelId } } }`;

export const MY_PROFILE = `query MyProfile { myProfile { id verified verifiedAt sectors processes materials
  certifications { code number validUntil expired } monthlyCapacity { quantity unit } minOrderQuantity leadTimeDays
  kecamatanCode location { lat lng } } }`;

export const UPSERT_PROFILE = `mutation Upsert($input: CapabilityProfileInput!) { upsertMyProfile(input: $input) { id verified } }`;

const MATCH_FIELDS = `id score status createdAt deliverableQuantity breakdown { factor explanation value weight }
  rfq { id title quantity unit neededBy quoteDeadline status buyer { name } }`;

export const MY_MATCHES = `query MyMatches($first: Int) { myMatches(first: $first) { totalCount nodes { ${MATCH_FIELDS} } } }`;

export const RFQ_FOR_IKM = `query Rfq($id: ID!) { rfq(id: $id) { id title description quantity unit neededBy quoteDeadline status sealed
  targetUnitPrice buyer { name } matches { ${MATCH_FIELDS} }
  quotes { id unitPrice quantity totalPrice leadTimeDays validUntil notes status revision current } } }`;

export const MY_QUOTES = `query MyQuotes($first: Int) { myQuotes(first: $first) { nodes { id unitPrice quantity totalPrice leadTimeDays
  validUntil status revision current createdAt rfq { id title unit } } } }`;

export const SUBMIT_QUOTE = `mutation Submit($input: SubmitQuoteInput!) { submitQuote(input: $input) { id revision } }`;
export const WITHDRAW_QUOTE = `mutation Withdraw($id: ID!) { withdrawQuote(id: $id) { id status } }`;
export const DECLINE_MATCH = `mutation Decline($matchId: ID!, $reason: String) { declineMatch(matchId: $matchId, reason: $reason) { id status } }`;

const DEAL_FIELDS = `id status quantity unitPrice value neededBy createdAt rfq { id title unit } buyer { name } nextStep { status by } cancellable`;
export const MY_DEALS = `query Deals($first: Int) { deals(first: $first) { nodes { ${DEAL_FIELDS} } } }`;
export const DEAL = `query Deal($id: ID!) { deal(id: $id) { ${DEAL_FIELDS}
  history { status at note } ratings { side paymentPunctuality comment } } }`;
export const UPDATE_DEAL = `mutation Step($dealId: ID!, $status: DealStatus!, $note: String) { updateDealStatus(dealId: $dealId, status: $status, note: $note) { id status } }`;
export const RATE_DEAL = `mutation Rate($dealId: ID!, $input: DealRatingInput!) { rateDeal(dealId: $dealId, input: $input) { id } }`;

export interface TaxonomyItem { code: string; label: string; labelId: string }
export interface Taxonomy {
  sectors: { sector: string; label: string; labelId: string; processes: TaxonomyItem[]; materials: TaxonomyItem[] }[];
  certifications: TaxonomyItem[];
  kecamatan: TaxonomyItem[];
  units: TaxonomyItem[];
}

export interface Profile {
  id: string; verified: boolean; verifiedAt: string | null; sectors: string[]; processes: string[]; materials: string[];
  certifications: { code: string; number: string | null; validUntil: string | null; expired: boolean }[];
  monthlyCapacity: { quantity: number; unit: string }; minOrderQuantity: number; leadTimeDays: number;
  kecamatanCode: string | null; location: { lat: number; lng: number } | null;
}

export interface ScoreComponent { factor: string; explanation: string; value: number; weight: number }
export interface MatchRfq { id: string; title: string; quantity: number; unit: string; neededBy: string; quoteDeadline: string; status: RfqStatus; buyer: { name: string } }
export interface Match { id: string; score: number; status: MatchStatus; createdAt: string; deliverableQuantity: number; breakdown: ScoreComponent[]; rfq: MatchRfq }

export interface Quote {
  id: string; unitPrice: string; quantity: number; totalPrice: string; leadTimeDays: number; validUntil: string;
  notes?: string | null; status: QuoteStatus; revision: number; current: boolean; createdAt?: string;
}
export interface RfqDetail extends MatchRfq { description: string; sealed: boolean; targetUnitPrice: string | null; matches: Match[]; quotes: Quote[] }

export interface Deal {
  id: string; status: DealStatus; quantity: number; unitPrice: string; value: string; neededBy: string; createdAt: string;
  rfq: { id: string; title: string; unit: string }; buyer: { name: string }; nextStep: { status: DealStatus; by: DealSide } | null;
  cancellable: boolean;
  history?: { status: DealStatus; at: string; note: string | null }[];
  ratings?: { side: DealSide; paymentPunctuality: number | null; comment: string | null }[];
}

/** An item's label in the reader's language. */
export const labelOf = (item: { label: string; labelId: string }, lang: 'id' | 'en') => (lang === 'id' ? item.labelId : item.label);
