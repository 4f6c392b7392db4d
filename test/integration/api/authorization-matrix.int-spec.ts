import { createHash, randomBytes, randomInt } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { Redis } from 'ioredis';
import { GraphqlClient, GraphqlResponse, login, registerAccount, RegisteredAccount, RunningApi, startApi, TEST_PASSWORD, testConfig } from '@jalin/testing';
import { ikmWithProfile, matchDirectly, postRfq, profileInput, rfqInput, UPSERT_PROFILE } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';
import { AWARD, quoteInput, SUBMIT_QUOTE, UPDATE_DEAL } from '../deals/deal-market';
import { wsClient } from '../notifications/notification-harness';
import { Actor, ACTORS, AUTHORIZATION_MATRIX, Cell, MatrixRow, REQUIRED_FIELD_ROWS, rowName } from './authorization-matrix';

jest.setTimeout(180000);

type Ikm = RegisteredAccount & { profileId: string };

/** Everything the probes read or act on. */
interface World {
  run: ScratchRun;
  api: RunningApi;
  clients: Record<Actor, GraphqlClient>;
  /** Organization and user of each signed-in actor (anonymous: none). */
  orgOf: Record<Actor, string | null>;
  userOf: Record<Actor, string | null>;
  buyerA: RegisteredAccount;
  matched: Ikm;
  rival: Ikm;
  /** A spare account whose password the login probes use. */
  spare: RegisteredAccount;
  /** The read scene (see authorization-matrix.ts). */
  scene: {
    openRfq: string;
    sealedRfq: string;
    awardedRfq: string;
    ownDeal: string;
    rivalDeal: string;
    quotesOf: Record<string, { own: string; rival: string }>;
    matchesOf: Record<string, { own: string; rival: string }>;
    webhookSecretOf: Partial<Record<Actor, string>>;
  };
  /** One notification of each signed-in actor. */
  notificationOf: Record<Actor, string>;
  /** The other user's notification of the last markNotificationsRead cell. */
  lastBystander?: string;
}

/**
 * How one row is run: its document, the variables for an actor (mutations build their fresh scene
 * here), and what the actor must see for 'ok', 'own', 'empty' and 'hidden'.
 */
interface Probe {
  document: string;
  variables?: (w: World, actor: Actor) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** The part of the answer the cell is about: ids of a list, or one value. */
  seen?: (data: any, w: World, actor: Actor) => unknown;
  /** What `seen` is for 'ok' (everything of the scene). */
  all?: (w: World, actor: Actor) => unknown;
  /** What `seen` is for 'own'. */
  own?: (w: World, actor: Actor) => unknown;
  /** Anything else a success must show (a state really changed). */
  after?: (data: any, w: World, actor: Actor) => Promise<void>;
  /**
   * Who sends it instead of the actor's shared client: for mutations that end the caller's
   * sessions, a fresh user of the actor's role (so the other rows keep their signed-in actors).
   */
  sender?: (w: World, actor: Actor) => Promise<GraphqlClient>;
}

const ids = (list: { id: string }[] | null | undefined) => (list ?? []).map((x) => x.id).sort();
const sorted = (...values: string[]) => [...values].sort();
const isIkm = (actor: Actor) => actor === 'matchedIkm' || actor === 'unmatchedIkm';

const RFQ_FIELDS = `query R($id: ID!) { rfq(id: $id) {
  id quoteCount
  matches { id score ikm { id } profile { id } }
  quotes { id unitPrice totalPrice ikm { id } }
  consortiumSuggestions { score members { id } }
  deals { id value unitPrice ikm { id } }
} }`;
const DEAL_FIELDS = `query D($id: ID!) { deal(id: $id) {
  id value unitPrice quote { id unitPrice }
  history { status note by { id email } }
  rfq { id quotes { id unitPrice ikm { id } } matches { id score ikm { id } } }
} }`;

/** One fresh scene per mutation cell: an RFQ of buyer A, matched to the matched IKM and its rival. */
async function openRfq(w: World, overrides: Record<string, unknown> = {}): Promise<string> {
  const rfqId = await postRfq(w.buyerA.client, overrides);
  await matchDirectly(w.run.sql, rfqId, [w.matched, w.rival]);
  return rfqId;
}

async function quotedRfq(w: World, overrides: Record<string, unknown> = {}) {
  const rfqId = await openRfq(w, overrides);
  const own = (await w.matched.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '15000' }) })).submitQuote.id as string;
  const rival = (await w.rival.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '14000', quantity: 400 }) })).submitQuote.id as string;
  return { rfqId, own, rival };
}

async function awardedDeal(w: World): Promise<string> {
  const { rfqId, own } = await quotedRfq(w);
  return (await w.buyerA.client.ok(AWARD, { rfqId, awards: [{ quoteId: own, quantity: 600 }] })).awardRfq[0].id;
}

async function notificationFor(w: World, userId: string): Promise<string> {
  const { rows } = await w.run.sql.query(
    `INSERT INTO notification (user_id, event_id, type, locale, title, body, link, data)
     VALUES ($1, $2, 'RFQ_MATCHED', 'id', 'RFQ baru', 'Ada RFQ baru yang cocok', 'http://localhost:3000/rfqs/x', '{}'::jsonb) RETURNING id`,
    [userId, randomInt(1, 2 ** 47)],
  );
  return rows[0].id;
}

const matchOf = async (w: World, rfqId: string, org: string) =>
  (await w.run.sql.query(`SELECT id FROM rfq_match WHERE rfq_id = $1 AND ikm_organization_id = $2`, [rfqId, org])).rows[0].id as string;

/** A new signed-in user of the actor's role (password TEST_PASSWORD); the anonymous client for anonymous. */
async function standIn(w: World, actor: Actor): Promise<GraphqlClient> {
  const anonymous = w.clients.anonymous;
  if (actor === 'anonymous') return anonymous;
  if (actor === 'dinas') {
    const email = `standin-dinas-${Date.now()}-${randomInt(1e9)}@tegalkab.go.id`;
    await w.clients.admin.ok(`mutation M($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`, {
      input: { email, password: TEST_PASSWORD, name: 'Petugas Pengganti', role: 'DINAS' },
    });
    return anonymous.as((await login(anonymous, email, TEST_PASSWORD)).accessToken);
  }
  const account = await registerAccount(anonymous, { role: isIkm(actor) ? 'IKM' : 'BUYER' });
  if (actor !== 'admin') return account.client;
  await w.run.sql.query(`UPDATE organization SET kind = 'ADMIN' WHERE id = $1`, [account.organizationId]);
  await w.run.sql.query(`UPDATE app_user SET role = 'ADMIN' WHERE id = $1`, [account.userId]);
  return anonymous.as((await login(anonymous, account.email, account.password)).accessToken);
}

const PROBES: Record<string, Probe> = {
  // ---- queries
  'Query.taxonomy': {
    document: `{ taxonomy { version sectors { sector } kecamatan { code } } }`,
    seen: (d) => d.taxonomy.kecamatan.length,
    all: () => 18,
  },
  'Query.me': {
    document: `{ me { id role organization { id } } }`,
    seen: (d) => d.me.id,
    all: (w, actor) => w.userOf[actor],
  },
  'Query.notificationPreferences': { document: `{ notificationPreferences { channels locale email } }` },
  'Query.notifications': {
    document: `{ notifications(first: 100) { nodes { id } } }`,
    seen: (d) => ids(d.notifications.nodes),
    own: (w, actor) => [w.notificationOf[actor]],
  },
  'Query.capabilityProfile': {
    document: `query P($id: ID!) { capabilityProfile(id: $id) { id organization { id } } }`,
    variables: (w) => ({ id: w.matched.profileId }),
    seen: (d) => d.capabilityProfile.id,
    all: (w) => w.matched.profileId,
  },
  'Query.capabilityProfiles': {
    document: `{ capabilityProfiles(first: 100) { totalCount nodes { id } } }`,
    seen: (d, w) => d.capabilityProfiles.nodes.some((n: { id: string }) => n.id === w.matched.profileId),
    all: () => true,
  },
  'Query.verificationQueue': {
    document: `{ verificationQueue(first: 100) { totalCount nodes { id verified } } }`,
    // The matched IKM's profile is verified in the scene; the rival's still waits.
    seen: (d, w) => [d.verificationQueue.nodes.some((n: { id: string }) => n.id === w.rival.profileId), d.verificationQueue.nodes.some((n: { id: string }) => n.id === w.matched.profileId)],
    all: () => [true, false],
  },
  'Query.staffAccounts': {
    document: `{ staffAccounts(first: 100) { nodes { id role } } }`,
    // The scene's officer and admin are among the staff; no buyer or IKM ever is.
    seen: (d, w) => [
      d.staffAccounts.nodes.some((n: { id: string }) => n.id === w.userOf.dinas),
      d.staffAccounts.nodes.some((n: { id: string }) => n.id === w.userOf.admin),
      d.staffAccounts.nodes.every((n: { role: string }) => n.role === 'DINAS' || n.role === 'ADMIN'),
    ],
    all: () => [true, true, true],
  },
  'Query.myProfile': {
    document: `{ myProfile { id organization { id } } }`,
    seen: (d) => d.myProfile.organization.id,
    own: (w, actor) => w.orgOf[actor],
  },
  'Query.myRfqs': {
    document: `{ myRfqs(first: 100) { nodes { id } } }`,
    seen: (d) => ids(d.myRfqs.nodes),
    all: (w) => sorted(w.scene.openRfq, w.scene.sealedRfq, w.scene.awardedRfq),
  },
  'Query.myMatches': {
    document: `{ myMatches(first: 100) { nodes { id rfq { id } ikm { id } } } }`,
    seen: (d) => d.myMatches.nodes.map((n: any) => n.ikm.id).filter((v: string, i: number, a: string[]) => a.indexOf(v) === i),
    own: (w, actor) => [w.orgOf[actor]],
  },
  'Query.myQuotes': {
    document: `{ myQuotes(first: 100) { nodes { id ikm { id } } } }`,
    seen: (d) => [...new Set<string>(d.myQuotes.nodes.map((n: any) => n.ikm.id))],
    own: (w, actor) => [w.orgOf[actor]],
  },
  'Query.rfq': {
    document: `query R($id: ID!) { rfq(id: $id) { id title targetUnitPrice buyer { id } } }`,
    variables: (w) => ({ id: w.scene.openRfq }),
    seen: (d) => d.rfq.id,
    all: (w) => w.scene.openRfq,
  },
  'Query.quoteComparison': {
    document: `query C($id: ID!) { quoteComparison(rfqId: $id) { quote { id } unitPrice totalPrice ikm { id } } }`,
    variables: (w) => ({ id: w.scene.openRfq }),
    seen: (d) => sorted(...d.quoteComparison.map((r: any) => r.quote.id)),
    all: (w) => sorted(w.scene.quotesOf[w.scene.openRfq].own, w.scene.quotesOf[w.scene.openRfq].rival),
  },
  'Query.deal': {
    document: `query D($id: ID!) { deal(id: $id) { id value buyer { id } ikm { id } } }`,
    variables: (w) => ({ id: w.scene.ownDeal }),
    seen: (d) => d.deal.id,
    all: (w) => w.scene.ownDeal,
  },
  'Query.deals': {
    document: `{ deals(first: 100) { nodes { id } } }`,
    seen: (d) => ids(d.deals.nodes),
    all: (w) => sorted(w.scene.ownDeal, w.scene.rivalDeal),
    own: (w) => [w.scene.ownDeal],
  },
  'Query.dashboard': {
    document: `{ dashboard { asOf totals { rfqs deals dealValue } } }`,
    seen: (d) => d.dashboard.totals.deals >= 2,
    all: () => true,
  },

  // ---- nested fields
  'Rfq.matches (rfq)': {
    document: RFQ_FIELDS,
    variables: (w) => ({ id: w.scene.openRfq }),
    seen: (d) => ids(d.rfq.matches),
    all: (w) => sorted(w.scene.matchesOf[w.scene.openRfq].own, w.scene.matchesOf[w.scene.openRfq].rival),
    own: (w) => [w.scene.matchesOf[w.scene.openRfq].own],
  },
  'Rfq.quotes (rfq)': {
    document: RFQ_FIELDS,
    variables: (w) => ({ id: w.scene.openRfq }),
    seen: (d) => ids(d.rfq.quotes),
    all: (w) => sorted(w.scene.quotesOf[w.scene.openRfq].own, w.scene.quotesOf[w.scene.openRfq].rival),
    own: (w) => [w.scene.quotesOf[w.scene.openRfq].own],
  },
  'Rfq.quotes (rfq, sealed RFQ before its quote deadline)': {
    document: RFQ_FIELDS,
    variables: (w) => ({ id: w.scene.sealedRfq }),
    seen: (d) => ids(d.rfq.quotes),
    own: (w) => [w.scene.quotesOf[w.scene.sealedRfq].own],
  },
  'Rfq.quoteCount (rfq)': {
    document: RFQ_FIELDS,
    variables: (w) => ({ id: w.scene.openRfq }),
    seen: (d) => d.rfq.quoteCount,
    all: () => 2,
  },
  'Rfq.quoteCount (rfq, sealed RFQ before its quote deadline)': {
    document: RFQ_FIELDS,
    variables: (w) => ({ id: w.scene.sealedRfq }),
    seen: (d) => d.rfq.quoteCount,
    all: () => 2,
  },
  'Rfq.consortiumSuggestions (rfq)': {
    document: RFQ_FIELDS,
    variables: (w) => ({ id: w.scene.openRfq }),
    seen: (d) => d.rfq.consortiumSuggestions.map((s: any) => ids(s.members)),
    all: (w) => [sorted(w.scene.matchesOf[w.scene.openRfq].own, w.scene.matchesOf[w.scene.openRfq].rival)],
  },
  'Rfq.deals (rfq, split award)': {
    document: RFQ_FIELDS,
    variables: (w) => ({ id: w.scene.awardedRfq }),
    seen: (d) => ids(d.rfq.deals),
    all: (w) => sorted(w.scene.ownDeal, w.scene.rivalDeal),
    own: (w) => [w.scene.ownDeal],
  },
  'Quote.unitPrice (myMatches → rfq → quotes)': {
    document: `{ myMatches(first: 100) { nodes { rfq { id quotes { id unitPrice ikm { id } } } } } }`,
    // Every quote an IKM reaches from its inbox is its own.
    seen: (d) => [...new Set<string>(d.myMatches.nodes.flatMap((n: any) => n.rfq.quotes.map((q: any) => q.ikm.id)))],
    own: (w, actor) => [w.orgOf[actor]],
  },
  'Quote.unitPrice (deal → rfq → quotes)': {
    document: DEAL_FIELDS,
    variables: (w) => ({ id: w.scene.ownDeal }),
    seen: (d) => ids(d.deal.rfq.quotes),
    all: (w) => sorted(w.scene.quotesOf[w.scene.awardedRfq].own, w.scene.quotesOf[w.scene.awardedRfq].rival),
    own: (w) => [w.scene.quotesOf[w.scene.awardedRfq].own],
  },
  'Match.score (deal → rfq → matches)': {
    document: DEAL_FIELDS,
    variables: (w) => ({ id: w.scene.ownDeal }),
    seen: (d) => ids(d.deal.rfq.matches),
    all: (w) => sorted(w.scene.matchesOf[w.scene.awardedRfq].own, w.scene.matchesOf[w.scene.awardedRfq].rival),
    own: (w) => [w.scene.matchesOf[w.scene.awardedRfq].own],
  },
  'Deal.unitPrice (deal → value, quote { unitPrice })': {
    document: DEAL_FIELDS,
    variables: (w) => ({ id: w.scene.ownDeal }),
    seen: (d) => [d.deal.value, d.deal.unitPrice, d.deal.quote.unitPrice],
    all: () => ['9000000', '15000', '15000'],
  },
  'Deal.history (deal → history { by { email } }: e-mail inside its organization)': {
    document: DEAL_FIELDS,
    variables: (w) => ({ id: w.scene.ownDeal }),
    // The buyer's user awarded: its e-mail is seen inside its organization and by the admin only.
    seen: (d) => d.deal.history.find((e: any) => e.status === 'AWARDED').by.email,
    all: (w) => w.buyerA.email,
  },
  'Deal.buyerContact (deal)': {
    document: `query D($id: ID!) { deal(id: $id) { buyerContact { organizationName contactPerson phone email } } }`,
    variables: (w) => ({ id: w.scene.ownDeal }),
    seen: (d) => d.deal.buyerContact,
    all: () => SHARED_CONTACT.buyerA,
  },
  'Deal.ikmContact (deal)': {
    document: `query D($id: ID!) { deal(id: $id) { ikmContact { organizationName contactPerson phone email } } }`,
    variables: (w) => ({ id: w.scene.ownDeal }),
    seen: (d) => d.deal.ikmContact,
    all: () => SHARED_CONTACT.matchedIkm,
  },
  'QuoteComparisonRow.unitPrice (quoteComparison)': {
    document: `query C($id: ID!) { quoteComparison(rfqId: $id, sortBy: PRICE) { unitPrice totalPrice ikm { id } } }`,
    variables: (w) => ({ id: w.scene.openRfq }),
    seen: (d) => d.quoteComparison.map((r: any) => r.unitPrice),
    all: () => ['14000', '15000'],
  },
  'CapabilityProfile.verifications (capabilityProfile → verifications { verifiedBy { name office } })': {
    document: `query P($id: ID!) { capabilityProfile(id: $id) { id verified verifications { note verifiedBy { name office } } } }`,
    variables: (w) => ({ id: w.matched.profileId }),
    seen: (d) => d.capabilityProfile.verifications.map((v: any) => [v.note, v.verifiedBy]),
    all: () => [['Dikunjungi di Talang', { name: 'Petugas Dinas', office: 'Dinas Perintransnaker Kabupaten Tegal' }]],
  },
  'CapabilityProfile.verifications (rfq → matches → profile)': {
    document: `query R($id: ID!) { rfq(id: $id) { matches { ikm { id } profile { id verifications { note } } } } }`,
    variables: (w) => ({ id: w.scene.openRfq }),
    seen: (d, w) => d.rfq.matches.find((m: any) => m.ikm.id === w.matched.organizationId).profile.verifications.map((v: any) => v.note),
    all: () => ['Dikunjungi di Talang'],
  },
  'NotificationPreferences.webhookSecret (notificationPreferences)': {
    document: `{ notificationPreferences { webhookUrl webhookSecret } }`,
    seen: (d) => d.notificationPreferences.webhookSecret,
    own: (w, actor) => w.scene.webhookSecretOf[actor],
  },
  'Dashboard.recentDeals (dashboard)': {
    document: `{ dashboard { recentDeals(first: 100) { id value quote { unitPrice } } } }`,
    seen: (d, w) => d.dashboard.recentDeals.filter((x: any) => [w.scene.ownDeal, w.scene.rivalDeal].includes(x.id)).length,
    all: () => 2,
  },
  'Dashboard.byBuyer (dashboard)': {
    document: `{ dashboard { byBuyer { buyer { id name } dealValue } } }`,
    seen: (d, w) => d.dashboard.byBuyer.some((b: any) => b.buyer.id === w.buyerA.organizationId),
    all: () => true,
  },

  // ---- mutations: each builds what it acts on
  'Mutation.register': {
    document: `mutation M($input: RegisterInput!) { register(input: $input) { accessToken user { id role } } }`,
    variables: (_, actor) => ({
      input: { email: `matrix-${actor}-${Date.now()}-${randomInt(1e9)}@example.co.id`, password: 'correct horse battery', name: 'Uji', organizationName: 'CV Matriks', role: 'BUYER' },
    }),
    seen: (d) => d.register.user.role,
    all: () => 'BUYER',
  },
  'Mutation.login': {
    document: `mutation M($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`,
    variables: (w) => ({ e: w.spare.email, p: w.spare.password }),
    seen: (d) => d.login.user.id,
    all: (w) => w.spare.userId,
  },
  'Mutation.refreshSession': {
    document: `mutation M($t: String!) { refreshSession(refreshToken: $t) { refreshToken user { id } } }`,
    variables: async (w) => ({ t: (await login(w.clients.anonymous, w.spare.email, w.spare.password)).refreshToken }),
    seen: (d) => d.refreshSession.user.id,
    all: (w) => w.spare.userId,
  },
  'Mutation.logout': {
    document: `mutation M($t: String!) { logout(refreshToken: $t) }`,
    variables: async (w) => ({ t: (await login(w.clients.anonymous, w.spare.email, w.spare.password)).refreshToken }),
    seen: (d) => d.logout,
    all: () => true,
  },
  'Mutation.logoutEverywhere (a fresh user of the role)': {
    document: `mutation { logoutEverywhere }`,
    sender: standIn,
    seen: (d) => d.logoutEverywhere,
    all: () => true,
  },
  'Mutation.changePassword (a fresh user of the role)': {
    document: `mutation M($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken user { role } } }`,
    variables: () => ({ c: TEST_PASSWORD, n: 'a brand new passphrase' }),
    sender: standIn,
    seen: (d) => typeof d.changePassword.accessToken,
    all: () => 'string',
  },
  'Mutation.requestPasswordReset': {
    document: `mutation M($e: String!) { requestPasswordReset(email: $e) }`,
    variables: (_, actor) => ({ e: `matrix-reset-${actor}-${Date.now()}-${randomInt(1e9)}@example.co.id` }),
    seen: (d) => d.requestPasswordReset,
    all: () => true,
  },
  "Mutation.resetPassword (the spare account's mailed token)": {
    document: `mutation M($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { user { id } } }`,
    // A link as the worker mails it, for the spare account; its password stays what the login probes use.
    variables: async (w) => {
      const token = randomBytes(32).toString('base64url');
      await w.run.sql.query(`INSERT INTO password_reset_token (user_id, event_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '30 minutes')`, [
        w.spare.userId, randomInt(1e12), createHash('sha256').update(token).digest('hex'),
      ]);
      return { t: token, p: w.spare.password };
    },
    seen: (d) => d.resetPassword.user.id,
    all: (w) => w.spare.userId,
  },
  'Mutation.createStaffAccount': {
    document: `mutation M($input: StaffAccountInput!) { createStaffAccount(input: $input) { id role } }`,
    variables: (_, actor) => ({ input: { email: `staff-${actor}-${Date.now()}-${randomInt(1e9)}@tegalkab.go.id`, password: 'correct horse battery', name: 'Petugas', role: 'DINAS' } }),
    seen: (d) => d.createStaffAccount.role,
    all: () => 'DINAS',
  },
  'Mutation.createRfq': {
    document: `mutation M($input: CreateRfqInput!) { createRfq(input: $input) { id status buyer { id } } }`,
    variables: () => ({ input: rfqInput() }),
    seen: (d, w, actor) => [d.createRfq.status, d.createRfq.buyer.id === w.orgOf[actor]],
    all: () => ['OPEN', true],
  },
  "Mutation.cancelRfq (buyer A's open RFQ)": {
    document: `mutation M($id: ID!) { cancelRfq(id: $id, reason: "Desain berubah") { id status } }`,
    variables: async (w) => ({ id: await openRfq(w) }),
    seen: (d) => d.cancelRfq.status,
    all: () => 'CANCELLED',
  },
  "Mutation.closeRfq (buyer A's open RFQ)": {
    document: `mutation M($id: ID!) { closeRfq(id: $id) { id status } }`,
    variables: async (w) => ({ id: await openRfq(w) }),
    seen: (d) => d.closeRfq.status,
    all: () => 'CLOSED',
  },
  "Mutation.retryMatching (buyer A's RFQ whose matching failed)": {
    document: `mutation M($id: ID!) { retryMatching(id: $id) { id matchingStatus } }`,
    variables: async (w) => {
      const id = await postRfq(w.buyerA.client);
      await w.run.sql.query(`UPDATE rfq SET matching_status = 'FAILED', matching_error = 'test' WHERE id = $1`, [id]);
      return { id };
    },
    seen: (d) => d.retryMatching.matchingStatus,
    all: () => 'PENDING',
  },
  "Mutation.awardRfq (the matched IKM's quote)": {
    document: `mutation M($rfqId: ID!, $awards: [AwardInput!]!) { awardRfq(rfqId: $rfqId, awards: $awards) { id status value } }`,
    variables: async (w) => {
      const { rfqId, own } = await quotedRfq(w);
      return { rfqId, awards: [{ quoteId: own, quantity: 100 }] };
    },
    seen: (d) => d.awardRfq.map((x: any) => [x.status, x.value]),
    all: () => [['AWARDED', '1500000']],
  },
  'Mutation.upsertMyProfile': {
    document: UPSERT_PROFILE,
    variables: () => ({ input: profileInput() }),
    seen: (d) => typeof d.upsertMyProfile.id,
    all: () => 'string',
  },
  "Mutation.verifyProfile (the matched IKM's profile)": {
    document: `mutation M($id: ID!) { verifyProfile(profileId: $id, note: "Kunjungan ulang") { id verified } }`,
    variables: (w) => ({ id: w.matched.profileId }),
    seen: (d) => d.verifyProfile.verified,
    all: () => true,
  },
  "Mutation.declineMatch (the matched IKM's match)": {
    document: `mutation M($id: ID!) { declineMatch(matchId: $id, reason: "Kapasitas penuh") { id status } }`,
    variables: async (w) => ({ id: await matchOf(w, await openRfq(w), w.matched.organizationId) }),
    seen: (d) => d.declineMatch.status,
    all: () => 'DECLINED',
  },
  'Mutation.submitQuote': {
    document: SUBMIT_QUOTE,
    variables: async (w) => ({ input: quoteInput(await openRfq(w)) }),
    seen: (d) => [d.submitQuote.status, d.submitQuote.revision],
    all: () => ['SUBMITTED', 1],
  },
  "Mutation.withdrawQuote (the matched IKM's quote)": {
    document: `mutation M($id: ID!) { withdrawQuote(id: $id) { id status current } }`,
    variables: async (w) => ({ id: (await quotedRfq(w)).own }),
    seen: (d) => d.withdrawQuote.status,
    all: () => 'WITHDRAWN',
  },
  "Mutation.updateDealStatus (PO_ISSUED, the buyer's step)": {
    document: UPDATE_DEAL,
    variables: async (w) => ({ dealId: await awardedDeal(w), status: 'PO_ISSUED' }),
    seen: (d) => d.updateDealStatus.status,
    all: () => 'PO_ISSUED',
  },
  "Mutation.updateDealStatus (IN_PRODUCTION, the IKM's step)": {
    document: UPDATE_DEAL,
    variables: async (w) => {
      const dealId = await awardedDeal(w);
      await w.buyerA.client.ok(UPDATE_DEAL, { dealId, status: 'PO_ISSUED' });
      return { dealId, status: 'IN_PRODUCTION' };
    },
    seen: (d) => d.updateDealStatus.status,
    all: () => 'IN_PRODUCTION',
  },
  'Mutation.rateDeal (a completed deal)': {
    document: `mutation M($dealId: ID!, $input: DealRatingInput!) { rateDeal(dealId: $dealId, input: $input) { id side } }`,
    variables: async (w, actor) => {
      const dealId = await awardedDeal(w);
      await w.buyerA.client.ok(UPDATE_DEAL, { dealId, status: 'PO_ISSUED' });
      await w.matched.client.ok(UPDATE_DEAL, { dealId, status: 'IN_PRODUCTION' });
      await w.matched.client.ok(UPDATE_DEAL, { dealId, status: 'DELIVERED' });
      await w.buyerA.client.ok(UPDATE_DEAL, { dealId, status: 'COMPLETED' });
      return { dealId, input: isIkm(actor) ? { paymentPunctuality: 4 } : { quality: 4, delivery: 5 } };
    },
    seen: (d) => d.rateDeal.side,
    all: (_, actor) => (isIkm(actor) ? 'IKM' : 'BUYER'),
  },
  "Mutation.markNotificationsRead (buyer A's and the caller's notification)": {
    document: `mutation M($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
    variables: async (w, actor) => {
      const bystander = await notificationFor(w, w.rival.userId);
      const own = actor === 'anonymous' ? bystander : await notificationFor(w, w.userOf[actor]!);
      w.lastBystander = bystander;
      return { ids: [bystander, own] };
    },
    seen: (d) => d.markNotificationsRead,
    own: () => 1,
    after: async (_, w) => {
      // The other user's notification stays unread.
      const { rows } = await w.run.sql.query(`SELECT read_at FROM notification WHERE id = $1`, [w.lastBystander]);
      expect(rows[0].read_at).toBeNull();
    },
  },
  'Mutation.updateNotificationPreferences': {
    document: `mutation M($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { channels locale } }`,
    variables: () => ({ input: { channels: ['IN_APP', 'EMAIL'], locale: 'en' } }),
    seen: (d) => d.updateNotificationPreferences.locale,
    all: () => 'en',
  },
  'Mutation.updateOrganizationContact': {
    document: `mutation M($input: OrganizationContactInput!) { updateOrganizationContact(input: $input) { contactPerson email } }`,
    variables: (_, actor) => ({ input: { contactPerson: `Kontak ${actor}`, email: `kontak-${actor}@example.co.id` } }),
    seen: (d) => d.updateOrganizationContact,
    all: (_, actor) => ({ contactPerson: `Kontak ${actor}`, email: `kontak-${actor}@example.co.id` }),
  },
};

/** What buyer A and the matched IKM share with their counterparties in the read scene. */
const SHARED_CONTACT = {
  buyerA: { organizationName: 'PT Pembeli Matriks', contactPerson: 'Bu Rina (pengadaan)', phone: '+62 283 351234', email: 'pengadaan@pembeli-matriks.example' },
  matchedIkm: { organizationName: 'CV Bengkel Matriks', contactPerson: 'Pak Darto', phone: '+62 812 2900 1234', email: null },
};

/** Opens a graphql-ws subscription as the actor and reports what it heard, or the refusal. */
async function runSubscription(w: World, actor: Actor, cell: Cell): Promise<void> {
  const token = actor === 'anonymous' ? null : (w.clients[actor] as GraphqlClient).token;
  let closedWith = 0;
  const heard: { userId?: string; id: string; title: string }[] = [];
  const errors: unknown[] = [];
  const socket = wsClient(w.api.url, token, (code) => (closedWith = code));
  const unsubscribe = socket.subscribe(
    { query: `subscription { notificationReceived { id title } }` },
    { next: (m: any) => heard.push(m.data.notificationReceived), error: (e) => errors.push(e), complete: () => undefined },
  );
  try {
    if (cell === 'UNAUTHENTICATED') {
      await waitFor('the socket closed', async () => closedWith, (c) => c !== 0, { timeoutMs: 5000 });
      expect(closedWith).toBe(4403);
      return;
    }
    // Messages for another user and for the caller, published as the worker publishes them.
    const redis = new Redis(process.env.REDIS_URL!);
    try {
      const message = (userId: string, title: string) => JSON.stringify({
        id: `00000000-0000-4000-8000-${String(randomInt(1e12)).padStart(12, '0')}`, userId, type: 'RFQ_MATCHED', locale: 'id', title,
        body: 'x', link: 'http://localhost:3000/x', data: {}, createdAt: new Date().toISOString(),
      });
      const other = actor === 'buyerA' ? w.rival.userId : w.buyerA.userId;
      // Publish until the subscription is registered (the first message may come before it).
      await waitFor(`${actor} hears its own notification`, async () => {
        const redisChannel = `${w.run.env.QUEUE_PREFIX}:notifications:live`;
        await redis.publish(redisChannel, message(other, 'not yours'));
        await redis.publish(redisChannel, message(w.userOf[actor]!, 'yours'));
        return heard.length;
      }, (n) => n > 0, { timeoutMs: 5000, intervalMs: 200 });
    } finally {
      redis.disconnect();
    }
    expect(errors).toEqual([]);
    expect(closedWith).toBe(0);
    expect(new Set(heard.map((h) => h.title))).toEqual(new Set(['yours']));
  } finally {
    unsubscribe();
    await socket.dispose();
  }
}

describe('the authorization matrix', () => {
  const w = {} as World;

  beforeAll(async () => {
    w.run = await startScratchRun('authz_matrix');
    w.api = await startApi(testConfig({ ...w.run.env, REGISTER_RATE_LIMIT_PER_HOUR: '1000', NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS: 'true' }));
    const anonymous = new GraphqlClient(w.api.url);
    w.buyerA = await registerAccount(anonymous, { role: 'BUYER' });
    const buyerB = await registerAccount(anonymous, { role: 'BUYER' });
    w.matched = await ikmWithProfile(anonymous);
    w.rival = await ikmWithProfile(anonymous);
    const unmatched = await ikmWithProfile(anonymous);
    w.spare = await registerAccount(anonymous, { role: 'BUYER' });

    // The admin is written straight to the database (as BOOTSTRAP_ADMIN would); it creates the Dinas officer.
    const adminAccount = await registerAccount(anonymous, { role: 'BUYER' });
    await w.run.sql.query(`UPDATE organization SET kind = 'ADMIN' WHERE id = $1`, [adminAccount.organizationId]);
    await w.run.sql.query(`UPDATE app_user SET role = 'ADMIN' WHERE id = $1`, [adminAccount.userId]);
    const admin = anonymous.as((await login(anonymous, adminAccount.email, adminAccount.password)).accessToken);
    const dinasEmail = `dinas-${Date.now()}@tegalkab.go.id`;
    await admin.ok(`mutation M($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`, {
      input: { email: dinasEmail, password: 'correct horse battery', name: 'Petugas Dinas', role: 'DINAS' },
    });
    const dinas = anonymous.as((await login(anonymous, dinasEmail, 'correct horse battery')).accessToken);

    w.clients = { anonymous, buyerA: w.buyerA.client, buyerB: buyerB.client, matchedIkm: w.matched.client, unmatchedIkm: unmatched.client, dinas, admin };
    w.orgOf = { anonymous: null, buyerA: w.buyerA.organizationId, buyerB: buyerB.organizationId, matchedIkm: w.matched.organizationId, unmatchedIkm: unmatched.organizationId, dinas: null, admin: null };
    w.userOf = { anonymous: null } as Record<Actor, string | null>;
    for (const actor of ACTORS.filter((a) => a !== 'anonymous')) {
      const me = (await w.clients[actor].ok(`{ me { id organization { id } } }`)).me;
      w.userOf[actor] = me.id;
      w.orgOf[actor] = me.organization?.id ?? null;
    }

    // The read scene.
    const open = await quotedRfq(w);
    const sealed = await quotedRfq(w, { sealed: true });
    const awarded = await quotedRfq(w);
    const deals = (await w.buyerA.client.ok(AWARD, { rfqId: awarded.rfqId, awards: [{ quoteId: awarded.own, quantity: 600 }, { quoteId: awarded.rival, quantity: 400 }] })).awardRfq;
    const dealOf = (org: string) => deals.find((d: any) => d.ikm.id === org).id as string;
    const matchesOf = async (rfqId: string) => ({ own: await matchOf(w, rfqId, w.matched.organizationId), rival: await matchOf(w, rfqId, w.rival.organizationId) });
    w.scene = {
      openRfq: open.rfqId,
      sealedRfq: sealed.rfqId,
      awardedRfq: awarded.rfqId,
      ownDeal: dealOf(w.matched.organizationId),
      rivalDeal: dealOf(w.rival.organizationId),
      quotesOf: { [open.rfqId]: open, [sealed.rfqId]: sealed, [awarded.rfqId]: awarded },
      matchesOf: { [open.rfqId]: await matchesOf(open.rfqId), [sealed.rfqId]: await matchesOf(sealed.rfqId), [awarded.rfqId]: await matchesOf(awarded.rfqId) },
      webhookSecretOf: {},
    };
    // A consortium of both IKMs on the open RFQ, as the matching worker stores it.
    await w.run.sql.query(`INSERT INTO consortium_suggestion (rfq_id, position, members, covered_quantity, score) VALUES ($1, 1, $2::jsonb, 1000, 0.8)`, [
      open.rfqId,
      JSON.stringify([
        { matchId: w.scene.matchesOf[open.rfqId].own, ikmOrganizationId: w.matched.organizationId, quantity: 600 },
        { matchId: w.scene.matchesOf[open.rfqId].rival, ikmOrganizationId: w.rival.organizationId, quantity: 400 },
      ]),
    ]);
    await dinas.ok(`mutation V($id: ID!) { verifyProfile(profileId: $id, note: "Dikunjungi di Talang") { id } }`, { id: w.matched.profileId });
    // Each side of the deals shares a contact (the IKM no e-mail); names fixed for the probes.
    for (const [actor, account] of [['buyerA', w.buyerA], ['matchedIkm', w.matched]] as const) {
      const { organizationName, ...shared } = SHARED_CONTACT[actor];
      await w.run.sql.query(`UPDATE organization SET name = $2 WHERE id = $1`, [account.organizationId, organizationName]);
      await account.client.ok(`mutation S($input: OrganizationContactInput!) { updateOrganizationContact(input: $input) { email } }`, { input: shared });
    }
    // Everybody signed in has a webhook, hence a secret of their own, and one notification.
    w.notificationOf = {} as Record<Actor, string>;
    for (const actor of ACTORS.filter((a) => a !== 'anonymous')) {
      const saved = await w.clients[actor].ok(`mutation P($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { webhookSecret } }`, {
        input: { channels: ['IN_APP', 'WEBHOOK'], webhookUrl: `http://127.0.0.1:9/hooks/${actor}` },
      });
      w.scene.webhookSecretOf[actor] = saved.updateNotificationPreferences.webhookSecret;
      w.notificationOf[actor] = await notificationFor(w, w.userOf[actor]!);
    }
    expect(new Set(Object.values(w.scene.webhookSecretOf)).size).toBe(ACTORS.length - 1);
    // The dashboard store syncs every second: wait until it holds the scene's deals.
    await waitFor('the dashboard holds the deals', () => admin.ok(`{ dashboard { totals { deals } } }`), (d) => d.dashboard.totals.deals >= 2);
  });

  afterAll(async () => {
    await w.api?.close();
    await w.run?.drop();
  });

  it('has a row for every query, mutation and subscription of the built schema, and for every sensitive field', () => {
    const { schema } = w.api.app.get(GraphQLSchemaHost);
    const operations = ['Query', 'Mutation', 'Subscription'].flatMap((root) => {
      const type = schema.getType(root) as GraphQLObjectType | undefined;
      return type ? Object.keys(type.getFields()).map((field) => `${root}.${field}`) : [];
    });
    const rows = new Set(AUTHORIZATION_MATRIX.map((r) => r.operation));
    expect(operations.filter((op) => !rows.has(op))).toEqual([]);
    expect(REQUIRED_FIELD_ROWS.filter((field) => !rows.has(field))).toEqual([]);
    // Every row names a field that exists, and every row has a probe that runs it.
    const missingFields = AUTHORIZATION_MATRIX.filter((r) => {
      const [type, field] = r.operation.split('.');
      return !(schema.getType(type) as GraphQLObjectType | undefined)?.getFields()[field];
    });
    expect(missingFields.map(rowName)).toEqual([]);
    expect(AUTHORIZATION_MATRIX.filter((r) => r.operation !== 'Subscription.notificationReceived' && !PROBES[rowName(r)]).map(rowName)).toEqual([]);
  });

  const runCell = async (r: MatrixRow, actor: Actor) => {
    const cell = r.cells[actor];
    if (r.operation.startsWith('Subscription.')) return runSubscription(w, actor, cell);
    const probe = PROBES[rowName(r)];
    const variables = (await probe.variables?.(w, actor)) ?? {};
    const sender = probe.sender ? await probe.sender(w, actor) : w.clients[actor];
    const result: GraphqlResponse = await sender.request(probe.document, variables);
    const got = result.errors?.length ? result.errors[0].extensions?.code : 'ok';
    if (['ok', 'own', 'empty', 'hidden'].includes(cell)) {
      expect({ got, errors: result.errors }).toEqual({ got: 'ok', errors: undefined });
      expect(result.status).toBe(200);
      if (!probe.seen) return;
      const seen = probe.seen(result.data, w, actor);
      if (cell === 'ok' && probe.all) expect(seen).toEqual(probe.all(w, actor));
      if (cell === 'own') expect(seen).toEqual(probe.own!(w, actor));
      if (cell === 'empty') expect(seen).toEqual([]);
      if (cell === 'hidden') expect(seen).toBeNull();
      await probe.after?.(result.data, w, actor);
    } else {
      expect(got).toBe(cell);
      // Nothing of what was refused comes back: null wherever an error points (the whole answer for
      // a refused operation, the field for a refused nested field).
      for (const error of result.errors ?? []) {
        const at = (error.path ?? []).reduce<any>((value, key) => (value == null ? null : value[key]), result.data);
        expect({ path: error.path, value: at ?? null }).toEqual({ path: error.path, value: null });
      }
    }
  };

  // Reads first, on the shared scene; then the mutations, each on its own scene.
  const reads = AUTHORIZATION_MATRIX.filter((r) => !r.operation.startsWith('Mutation.'));
  const writes = AUTHORIZATION_MATRIX.filter((r) => r.operation.startsWith('Mutation.'));
  describe.each(reads.map((r) => [rowName(r), r] as const))('%s', (_, r) => {
    it.each(ACTORS.map((a) => [a, r.cells[a]] as const))('%s: %s', (actor) => runCell(r, actor));
  });
  describe.each(writes.map((r) => [rowName(r), r] as const))('%s', (_, r) => {
    it.each(ACTORS.map((a) => [a, r.cells[a]] as const))('%s: %s', (actor) => runCell(r, actor));
  });
});
