/**
 * Who gets what from the API: one row per query, mutation and subscription of the schema, and per
 * nested field that carries other parties' prices, private lists or contact data; one column per
 * actor. `authorization-matrix.int-spec.ts` runs every cell against the real API, and fails when an
 * operation of the built schema has no row here.
 *
 * The scene every read row looks at: buyer A posted RFQs that the matched IKM and a rival IKM are
 * matched to (the unmatched IKM is not); both IKMs quoted; buyer A awarded a split (a deal for each
 * IKM) on one of them. Buyer B, the unmatched IKM, the Dinas officer and the admin took no part.
 * Each mutation row runs on a fresh scene of its own, so a cell that succeeds breaks no other.
 *
 * Cells:
 * - 'ok'      the operation succeeds and the actor sees everything of the scene it asked for
 * - 'own'     it succeeds, and the actor sees only its own entries (its quotes, matches, deals)
 * - 'empty'   it succeeds with an empty list (nothing of the scene, and nothing else)
 * - 'hidden'  it succeeds and the field is null for this actor
 * - a code    the request fails with this extensions.code
 */
export const ACTORS = ['anonymous', 'buyerA', 'buyerB', 'matchedIkm', 'unmatchedIkm', 'dinas', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];

export type Cell = 'ok' | 'own' | 'empty' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

export interface MatrixRow {
  /** `Query.x`, `Mutation.x`, `Subscription.x`, or `Type.field` for a nested field. */
  operation: string;
  /** Tells two rows of one operation apart (another path to a field, another state). */
  variant?: string;
  cells: Record<Actor, Cell>;
}

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const NF = 'NOT_FOUND';

// Columns:           anonymous buyerA  buyerB   matchedIkm unmatchedIkm dinas   admin
type Cells = [Cell, Cell, Cell, Cell, Cell, Cell, Cell];
const row = (operation: string, cells: Cells, variant?: string): MatrixRow => ({
  operation,
  variant,
  cells: Object.fromEntries(ACTORS.map((actor, i) => [actor, cells[i]])) as Record<Actor, Cell>,
});

export const AUTHORIZATION_MATRIX: MatrixRow[] = [
  // Queries                        anonymous buyerA   buyerB   matchedIkm unmatchedIkm dinas  admin
  row('Query.taxonomy',               ['ok',   'ok',    'ok',    'ok',    'ok',    'ok',    'ok']),
  row('Query.me',                     [U,      'ok',    'ok',    'ok',    'ok',    'ok',    'ok']),
  row('Query.notificationPreferences', [U,     'ok',    'ok',    'ok',    'ok',    'ok',    'ok']),
  row('Query.notifications',          [U,      'own',   'own',   'own',   'own',   'own',   'own']),
  row('Query.capabilityProfile',      [U,      'ok',    'ok',    'ok',    NF,      'ok',    'ok']),
  row('Query.capabilityProfiles',     [U,      'ok',    'ok',    F,       F,       'ok',    'ok']),
  row('Query.verificationQueue',      [U,      F,       F,       F,       F,       'ok',    'ok']),
  row('Query.staffAccounts',          [U,      F,       F,       F,       F,       F,       'ok']),
  row('Query.myProfile',              [U,      F,       F,       'own',   'own',   F,       F]),
  row('Query.myRfqs',                 [U,      'ok',    'empty', F,       F,       F,       F]),
  row('Query.myMatches',              [U,      F,       F,       'own',   'empty', F,       F]),
  row('Query.myQuotes',               [U,      F,       F,       'own',   'empty', F,       F]),
  row('Query.rfq',                    [U,      'ok',    NF,      'ok',    NF,      'ok',    'ok']),
  row('Query.quoteComparison',        [U,      'ok',    NF,      F,       F,       'ok',    'ok']),
  row('Query.deal',                   [U,      'ok',    NF,      'ok',    NF,      'ok',    'ok']),
  row('Query.deals',                  [U,      'ok',    'empty', 'own',   'empty', 'ok',    'ok']),
  row('Query.dashboard',              [U,      F,       F,       F,       F,       'ok',    'ok']),

  // Nested fields, read through the query named in the variant
  row('Rfq.matches',                  [U,      'ok',    NF,      'own',   NF,      'ok',    'ok'], 'rfq'),
  row('Rfq.quotes',                   [U,      'ok',    NF,      'own',   NF,      'ok',    'ok'], 'rfq'),
  row('Rfq.quotes',                   [U,      'empty', NF,      'own',   NF,      'empty', 'empty'], 'rfq, sealed RFQ before its quote deadline'),
  row('Rfq.quoteCount',               [U,      'ok',    NF,      'hidden', NF,     'ok',    'ok'], 'rfq'),
  row('Rfq.quoteCount',               [U,      'ok',    NF,      'hidden', NF,     'ok',    'ok'], 'rfq, sealed RFQ before its quote deadline'),
  row('Rfq.consortiumSuggestions',    [U,      'ok',    NF,      'empty', NF,      'ok',    'ok'], 'rfq'),
  row('Rfq.deals',                    [U,      'ok',    NF,      'own',   NF,      'ok',    'ok'], 'rfq, split award'),
  row('Quote.unitPrice',              [U,      F,       F,       'own',   'empty', F,       F], 'myMatches → rfq → quotes'),
  row('Quote.unitPrice',              [U,      'ok',    NF,      'own',   NF,      'ok',    'ok'], 'deal → rfq → quotes'),
  row('Match.score',                  [U,      'ok',    NF,      'own',   NF,      'ok',    'ok'], 'deal → rfq → matches'),
  row('Deal.unitPrice',               [U,      'ok',    NF,      'ok',    NF,      'ok',    'ok'], 'deal → value, quote { unitPrice }'),
  row('Deal.history',                 [U,      'ok',    NF,      'hidden', NF,     'hidden', 'ok'], 'deal → history { by { email } }: e-mail inside its organization'),
  row('Deal.buyerContact',            [U,      'ok',    NF,      'ok',    NF,      'ok',    'ok'], 'deal'),
  row('Deal.ikmContact',              [U,      'ok',    NF,      'ok',    NF,      'ok',    'ok'], 'deal'),
  row('QuoteComparisonRow.unitPrice', [U,      'ok',    NF,      F,       F,       'ok',    'ok'], 'quoteComparison'),
  row('CapabilityProfile.verifications', [U,   F,       F,       'ok',    NF,      'ok',    'ok'], 'capabilityProfile → verifications { verifiedBy { name office } }'),
  row('CapabilityProfile.verifications', [U,   F,       NF,      'ok',    NF,      'ok',    'ok'], 'rfq → matches → profile'),
  row('NotificationPreferences.webhookSecret', [U, 'own', 'own', 'own',   'own',   'own',   'own'], 'notificationPreferences'),
  row('Dashboard.recentDeals',        [U,      F,       F,       F,       F,       'ok',    'ok'], 'dashboard'),
  row('Dashboard.byBuyer',            [U,      F,       F,       F,       F,       'ok',    'ok'], 'dashboard'),

  // Mutations (each cell on a fresh scene)
  row('Mutation.register',            ['ok',   'ok',    'ok',    'ok',    'ok',    'ok',    'ok']),
  row('Mutation.login',               ['ok',   'ok',    'ok',    'ok',    'ok',    'ok',    'ok']),
  row('Mutation.refreshSession',      ['ok',   'ok',    'ok',    'ok',    'ok',    'ok',    'ok']),
  row('Mutation.logout',              ['ok',   'ok',    'ok',    'ok',    'ok',    'ok',    'ok']),
  row('Mutation.logoutEverywhere',    [U,      'ok',    'ok',    'ok',    'ok',    'ok',    'ok'], 'a fresh user of the role'),
  row('Mutation.changePassword',      [U,      'ok',    'ok',    'ok',    'ok',    'ok',    'ok'], 'a fresh user of the role'),
  row('Mutation.requestPasswordReset', ['ok',  'ok',    'ok',    'ok',    'ok',    'ok',    'ok']),
  row('Mutation.resetPassword',       ['ok',   'ok',    'ok',    'ok',    'ok',    'ok',    'ok'], "the spare account's mailed token"),
  row('Mutation.createStaffAccount',  [U,      F,       F,       F,       F,       F,       'ok']),
  row('Mutation.createRfq',           [U,      'ok',    'ok',    F,       F,       F,       F]),
  row('Mutation.cancelRfq',           [U,      'ok',    NF,      F,       F,       F,       F], "buyer A's open RFQ"),
  row('Mutation.closeRfq',            [U,      'ok',    NF,      F,       F,       F,       F], "buyer A's open RFQ"),
  row('Mutation.retryMatching',       [U,      'ok',    NF,      F,       F,       F,       F], "buyer A's RFQ whose matching failed"),
  row('Mutation.awardRfq',            [U,      'ok',    NF,      F,       F,       F,       F], "the matched IKM's quote"),
  row('Mutation.upsertMyProfile',     [U,      F,       F,       'ok',    'ok',    F,       F]),
  row('Mutation.verifyProfile',       [U,      F,       F,       F,       F,       'ok',    F], "the matched IKM's profile"),
  row('Mutation.declineMatch',        [U,      F,       F,       'ok',    NF,      F,       F], "the matched IKM's match"),
  row('Mutation.submitQuote',         [U,      F,       F,       'ok',    NF,      F,       F]),
  row('Mutation.withdrawQuote',       [U,      F,       F,       'ok',    NF,      F,       F], "the matched IKM's quote"),
  row('Mutation.updateDealStatus',    [U,      'ok',    NF,      F,       NF,      F,       F], 'PO_ISSUED, the buyer\'s step'),
  row('Mutation.updateDealStatus',    [U,      F,       NF,      'ok',    NF,      F,       F], 'IN_PRODUCTION, the IKM\'s step'),
  row('Mutation.rateDeal',            [U,      'ok',    NF,      'ok',    NF,      F,       F], 'a completed deal'),
  row('Mutation.markNotificationsRead', [U,    'own',   'own',   'own',   'own',   'own',   'own'], "buyer A's and the caller's notification"),
  row('Mutation.updateNotificationPreferences', [U, 'ok', 'ok',  'ok',    'ok',    'ok',    'ok']),
  row('Mutation.updateOrganizationContact', [U, 'ok',  'ok',    'ok',    'ok',    F,       F]),

  // Subscriptions (graphql-ws; anonymous: the socket is closed with 4403 at connection_init)
  row('Subscription.notificationReceived', [U, 'own',   'own',   'own',   'own',   'own',   'own']),
];

/** Nested fields that must have a row (the rest of the sensitive surface is reached through them). */
export const REQUIRED_FIELD_ROWS = [
  'Rfq.quotes', 'Rfq.matches', 'Rfq.quoteCount', 'Rfq.consortiumSuggestions', 'Rfq.deals', 'Quote.unitPrice', 'Deal.unitPrice',
  'Deal.history', 'Deal.buyerContact', 'Deal.ikmContact', 'QuoteComparisonRow.unitPrice', 'CapabilityProfile.verifications', 'NotificationPreferences.webhookSecret',
  'Dashboard.recentDeals',
];

export const rowName = (r: MatrixRow) => (r.variant ? `${r.operation} (${r.variant})` : r.operation);
