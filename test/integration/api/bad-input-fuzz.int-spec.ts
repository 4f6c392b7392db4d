import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType, GraphQLEnumType, GraphQLInputObjectType, GraphQLInputType, GraphQLObjectType, GraphQLScalarType, GraphQLSchema,
  isInputObjectType, isListType, isNonNullType,
} from 'graphql';
import { MarketRollupFolder } from '@jalin/dashboard';
import { GraphqlClient, login, randomClientIp, registerAccount, registerInput, RegisteredAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { ikmWithProfile, matchDirectly, postRfq, profileInput, rfqInput, UPSERT_PROFILE } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { AWARD, isoDay, quoteInput, SUBMIT_QUOTE, UPDATE_DEAL } from '../deals/deal-market';

jest.setTimeout(240000);

/**
 * Generated bad input for every mutation of the schema: at least RUNS invalid inputs each, over real
 * HTTP, by an actor who may call it (and a share anonymously). No answer may be a 5xx or an
 * INTERNAL_SERVER_ERROR, every error carries a code of the public contract, nothing invalid is
 * accepted, and the row count of every table is the same after each mutation's batch (no partial
 * write). Each input is a valid one with at least one thing that must be refused: a value of the
 * wrong GraphQL type (derived from the built schema: nulls, missing fields, unknown fields, wrong
 * scalars, nested lists), or a value of the right type the domain refuses (out of range, unknown
 * code, unknown id, wrong state); on top of it, other fields get hostile values of the right type
 * (huge, empty, unicode and control-character strings, injection-looking text, extreme numbers).
 */
const RUNS = 1000;
const CONCURRENCY = 8;
const STABLE_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE'];

type Path = (string | number)[];
type Vars = Record<string, unknown>;
/** A change to a copy of the variables. */
type Mutator = (vars: Vars) => void;

// ---------------------------------------------------------------- hostile values of the right type

const INJECTIONS = [
  "'; DROP TABLE rfq; --", "' OR '1'='1", '" OR 1=1 --', '1; SELECT pg_sleep(5)', '$1', '%s%s%s%n', '../../../../etc/passwd',
  '<script>alert(1)</script>', '{{7*7}}', '${jndi:ldap://127.0.0.1/a}', '__proto__', 'constructor', '{"$gt":""}', '\\', '\\u0000',
  'null', 'undefined', 'NaN', '0x7fffffff', 'ＳＥＬＥＣＴ', '\u202Egnp.exe', 'a\u0000b', '\uFEFF', '\uD800', 'Ω≈ç√∫˜µ≤≥÷', '🔩🏭'.repeat(50),
];
const controlString = fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 20 }).map((cs) => String.fromCharCode(...cs));
const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  controlString,
  fc.constantFrom(...INJECTIONS),
  fc.constantFrom('', ' ', '\t\n', '\u200B', '\u00A0'.repeat(5)),
  fc.integer({ min: 201, max: 8_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => '界'.repeat(n)),
);
const int32 = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 1_000_000_000),
);
const hostileFloat = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308, -1e308, 91, -181, 5e-324));
const badDate = fc.oneof(
  fc.constantFrom('2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', '0000-01-01', '2026-1-1', '26-01-01', '2026/01/01', '', 'today',
    '2026-01-01T00:00:00Z', '1e10', '-2026-01-01', '２０２６-０１-０１', '2026-01-01\u0000', '9999999-01-01'),
  hostileString,
);
const badDateTime = fc.oneof(
  fc.constantFrom('2026-02-30T10:00:00Z', '2026-01-01T25:00:00Z', '2026-01-01T10:00:00+25:00', '2026-01-01 10:00', 'now', '', '1700000000',
    '+275760-09-13T00:00:00.001Z', '2026-01-01T10:00:00', 'Tue, 01 Jan 2026 00:00:00 GMT'),
  hostileString,
);
const badIdr = fc.oneof(
  fc.constantFrom('-1', '-100', '1.5', '12.0', '1e6', ' 100', '100 ', '0x10', '+5', '', '١٢٣', '9'.repeat(40), '99999999999999999999', 'Rp 1.000', '1,000'),
  hostileString,
);
/** Ids nobody holds: random UUIDs, malformed ones, text. */
const strangerId = fc.oneof(
  fc.uuid(),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '1', '0', '-1', 'nope', '', ' ',
    '00000000-0000-4000-8000-00000000000G', "1' OR '1'='1", '../rfq'),
  hostileString,
);

/** A short value of the right type (elements of oversized lists stay under the body size limit). */
function shortOf(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (inner instanceof GraphQLScalarType && ['String', 'ID'].includes(inner.name)) return fc.string({ maxLength: 8 });
  if (inner instanceof GraphQLScalarType && inner.name === 'Int') return int32;
  return hostileOf(type, 4);
}

/** A value of the right GraphQL type, hostile in its content. */
function hostileOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return hostileOf(type.ofType, depth);
  if (isListType(type)) {
    return fc.oneof(
      fc.array(hostileOf(type.ofType, depth + 1), { maxLength: 5 }),
      // Oversized: more elements than any list input allows, of short values of the element type.
      fc.integer({ min: 31, max: 1500 }).chain((n) => fc.array(shortOf(type.ofType), { minLength: n, maxLength: n })),
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = type.getFields();
    return fc.record(Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, hostileOf(f.type, depth + 1)])));
  }
  if (type instanceof GraphQLEnumType) return fc.constantFrom(...type.getValues().map((v) => v.name));
  switch ((type as GraphQLScalarType).name) {
    case 'Int': return int32;
    case 'Float': return hostileFloat;
    case 'Boolean': return fc.boolean();
    case 'ID': return strangerId;
    case 'Date': return badDate;
    case 'DateTime': return badDateTime;
    case 'Idr': return badIdr;
    case 'JSON': return fc.jsonValue({ maxDepth: 3 });
    default: return hostileString;
  }
}

// ------------------------------------------------------------------- values of the wrong GraphQL type

const deeplyNested = fc.integer({ min: 2, max: 200 }).map((depth) => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
});
const notAnInt = fc.oneof(hostileString, fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e20, true, {}, [1, 2]));
const notAString = fc.oneof(int32, fc.boolean(), fc.constant({}), fc.constant({ a: 1 }), fc.constant([['x']]), deeplyNested);
const notAnObject = fc.oneof(hostileString, int32, fc.boolean(), deeplyNested, fc.constant([]));

/** A value the GraphQL layer must refuse for this type (the variable does not coerce). */
function wrongTypeOf(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const choices: fc.Arbitrary<unknown>[] = [];
  if (isNonNullType(type)) choices.push(fc.constant(null));
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const element = isNonNullType(inner.ofType) ? inner.ofType.ofType : inner.ofType;
    // A list inside the list (for a list of scalars or objects) never coerces; nor a null element of [T!].
    choices.push(fc.constant([[[]]]), deeplyNested.map((v) => [v]));
    if (isNonNullType(inner.ofType)) choices.push(fc.constant([null]));
    choices.push(wrongTypeOf(element as GraphQLInputType).map((v) => [v]));
    // Many wrong elements at once: more errors than graphql-js reports (it stops at 50).
    choices.push(fc.integer({ min: 2, max: 120 }).chain((n) => fc.array(wrongTypeOf(element as GraphQLInputType).filter((v) => JSON.stringify(v).length < 500), { minLength: n, maxLength: n })));
  } else if (isInputObjectType(inner)) {
    choices.push(notAnObject, fc.constant({ __proto__: { polluted: true }, unknownField: 1 }).map((v) => ({ ...v })));
  } else if (inner instanceof GraphQLEnumType) {
    choices.push(fc.constantFrom('UNKNOWN', 'buyer', 'admin', '', ' ADMIN', 'ADMIN ', "ADMIN' --"), int32, fc.boolean());
  } else {
    switch ((inner as GraphQLScalarType).name) {
      case 'Int': choices.push(notAnInt); break;
      case 'Float': choices.push(hostileString, fc.boolean(), fc.constant({})); break;
      case 'Boolean': choices.push(fc.constantFrom('true', 'false', 1, 0, 'yes', '')); break;
      case 'ID': choices.push(fc.boolean(), fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }), fc.constant({}), fc.constant([['x']])); break;
      case 'Date': choices.push(badDate, int32, fc.boolean()); break;
      case 'DateTime': choices.push(badDateTime, fc.boolean(), fc.constant({})); break;
      case 'Idr': choices.push(badIdr, fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }), fc.boolean()); break;
      default: choices.push(notAString);
    }
  }
  return fc.oneof(...choices);
}

/** Every path into the mutation's variables (arguments, their fields, a list's first element). */
function pathsOf(schema: GraphQLSchema, mutation: string): { path: Path; type: GraphQLInputType }[] {
  const field = (schema.getType('Mutation') as GraphQLObjectType).getFields()[mutation];
  const out: { path: Path; type: GraphQLInputType }[] = [];
  const walk = (path: Path, type: GraphQLInputType, depth: number) => {
    out.push({ path, type });
    if (depth > 4) return;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) walk([...path, 0], inner.ofType, depth + 1);
    else if (isInputObjectType(inner)) for (const [k, f] of Object.entries((inner as GraphQLInputObjectType).getFields())) walk([...path, k], f.type, depth + 1);
  };
  for (const arg of field.args) walk([arg.name], arg.type, 0);
  return out;
}

const clone = (v: Vars): Vars => structuredClone(v);
/** Sets (or with `undefined`, removes) the value at a path, creating nothing that is not there. */
function setAt(vars: Vars, path: Path, value: unknown): void {
  let node: any = vars;
  for (const key of path.slice(0, -1)) {
    if (node == null || typeof node !== 'object' || !(key in node)) return;
    node = node[key];
  }
  if (node == null || typeof node !== 'object') return;
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}
const set = (path: Path, value: fc.Arbitrary<unknown>): fc.Arbitrary<Mutator> => value.map((v) => (vars: Vars) => setAt(vars, path, v));
const setMany = (values: [Path, unknown][]): fc.Arbitrary<Mutator> => fc.constant((vars: Vars) => values.forEach(([p, v]) => setAt(vars, p, v)));

// ----------------------------------------------------------------------------------- the targets

interface World {
  run: ScratchRun;
  api: RunningApi;
  anonymous: GraphqlClient;
  buyer: RegisteredAccount;
  ikm: RegisteredAccount & { profileId: string };
  admin: GraphqlClient;
  dinas: GraphqlClient;
  /** Signed in once, then every session ended (logoutEverywhere). */
  ended: GraphqlClient;
  openRfq: string;
  cancelledRfq: string;
  quoteId: string;
  matchId: string;
  awardedDeal: string;
  completedDeal: string;
}

interface Target {
  document: string;
  /** Who may call it (null: anonymous is the normal caller). */
  actor: (w: World) => GraphqlClient;
  /** A valid input, or one refused by state (a valid id in the wrong state); every run changes it. */
  base: (w: World) => Vars;
  /** Changes of the right type the domain must refuse; each run applies at least one. */
  refused: (w: World) => fc.Arbitrary<Mutator>[];
  /** Fields that may also get any hostile value of their type (refused or not). */
  noise?: Path[];
  /** The base is refused already (wrong state or unknown id), so noise alone keeps it refused. */
  baseRefused?: boolean;
  /** Answers without an error are right for any input (nothing of the caller's to act on). */
  mayAnswer?: boolean;
}

const LONG = (min: number) => fc.integer({ min, max: min + 3000 }).map((n) => 'x'.repeat(n));
const ratingOutOfRange = fc.oneof(fc.integer({ min: -(2 ** 31), max: 0 }), fc.integer({ min: 6, max: 2 ** 31 - 1 }));
const badEmail = fc.oneof(fc.constantFrom('', 'not-an-email', 'a@', '@b.co', 'a b@c.co', 'a@b', 'user@@example.com', `${'x'.repeat(250)}@example.co.id`, "x'--@example.com\u0000"),
  hostileString.filter((s) => !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(s)));
const shortPassword = fc.string({ maxLength: 9 });
const privateOrBadWebhook = fc.oneof(
  fc.constantFrom('http://example.com/hook', 'https://127.0.0.1/hook', 'https://10.0.0.5/hook', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/hook',
    'https://localhost/hook', 'https://0x7f000001/hook', 'https://2130706433/hook', 'https://user:pw@example.com/hook', 'javascript:alert(1)', 'ftp://example.com/x',
    'https://', 'https://jalin.invalid/hook', 'file:///etc/passwd', 'https://192.168.1.1:8443/x', 'https://[::ffff:127.0.0.1]/x', 'https://0.0.0.0/',
    `https://${'a'.repeat(70)}.invalid/`, 'https://xn--80ak6aa92e.invalid/', 'HTTPS://100.64.0.1/'),
  hostileString.filter((s) => !/^https:\/\//i.test(s.trim())),
);

const TARGETS: Record<string, Target> = {
  register: {
    document: `mutation M($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
    actor: (w) => w.anonymous,
    base: () => ({ input: registerInput({ email: `fuzz-never-${Date.now()}@example.co.id`, phone: '+62 812 3456 7890', locale: 'id' }) }),
    refused: () => [
      set(['input', 'email'], badEmail),
      set(['input', 'password'], fc.oneof(shortPassword, LONG(201))),
      set(['input', 'name'], fc.oneof(fc.constant(''), LONG(201))),
      set(['input', 'organizationName'], fc.oneof(fc.constantFrom('', 'a'), LONG(201))),
      set(['input', 'role'], fc.constantFrom('ADMIN', 'DINAS')),
      set(['input', 'phone'], fc.constantFrom('abc', '12', '+', '+62 812 3456 7890 1234 5678', '0812\u0000', "'; DROP TABLE app_user; --", '')),
      set(['input', 'locale'], fc.constantFrom('fr', 'EN', 'id-ID', ' id', '', 'zz')),
    ],
    noise: [['input', 'name'], ['input', 'organizationName']],
  },
  login: {
    document: `mutation M($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
    actor: (w) => w.anonymous,
    base: (w) => ({ email: w.buyer.email, password: 'not the password' }),
    refused: (w) => [
      set(['email'], hostileString),
      set(['password'], hostileString.filter((p) => p !== w.buyer.password)),
      set(['email'], fc.constantFrom(w.buyer.email.toUpperCase(), ` ${w.buyer.email}`, `${w.buyer.email}\u0000`)),
    ],
    noise: [['password']],
    baseRefused: true,
  },
  refreshSession: {
    document: `mutation M($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken } }`,
    actor: (w) => w.anonymous,
    base: () => ({ t: 'not-a-refresh-token' }),
    refused: () => [set(['t'], fc.oneof(hostileString, fc.uuid(), fc.base64String({ maxLength: 200 })))],
    baseRefused: true,
  },
  logout: {
    document: `mutation M($refreshToken: String!) { logout(refreshToken: $refreshToken) }`,
    actor: (w) => w.buyer.client,
    base: () => ({ t: 'not-a-refresh-token' }),
    refused: () => [set(['t'], fc.oneof(hostileString, fc.uuid(), fc.base64String({ maxLength: 200 })))],
    baseRefused: true,
    mayAnswer: true,
  },
  logoutEverywhere: {
    document: `mutation M { logoutEverywhere }`,
    // No arguments: the bad input is the credential, an access token of a session that was ended.
    actor: (w) => w.ended,
    base: () => ({}),
    refused: () => [set(['unused'], hostileString)],
    baseRefused: true,
  },
  changePassword: {
    document: `mutation M($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { accessToken } }`,
    actor: (w) => w.buyer.client,
    base: () => ({ currentPassword: 'not the password', newPassword: 'a brand new passphrase' }),
    refused: (w) => [
      set(['currentPassword'], hostileString.filter((p) => p !== w.buyer.password)),
      set(['newPassword'], fc.oneof(shortPassword, LONG(201))),
    ],
    noise: [['newPassword']],
    baseRefused: true,
  },
  requestPasswordReset: {
    document: `mutation M($email: String!) { requestPasswordReset(email: $email) }`,
    actor: (w) => w.anonymous,
    base: () => ({ email: 'not-an-email' }),
    refused: () => [set(['email'], badEmail)],
    baseRefused: true,
  },
  resetPassword: {
    document: `mutation M($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) { accessToken } }`,
    actor: (w) => w.anonymous,
    base: () => ({ token: 'not-a-reset-token', newPassword: 'a brand new passphrase' }),
    refused: () => [
      set(['token'], fc.oneof(hostileString, fc.uuid(), fc.base64String({ maxLength: 200 }))),
      set(['newPassword'], fc.oneof(shortPassword, LONG(201))),
    ],
    noise: [['token'], ['newPassword']],
    baseRefused: true,
  },
  createStaffAccount: {
    document: `mutation M($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
    actor: (w) => w.admin,
    base: () => ({ input: { email: `fuzz-staff-never-${Date.now()}@tegalkab.go.id`, password: 'correct horse battery', name: 'Petugas', role: 'DINAS' } }),
    refused: () => [
      set(['input', 'email'], badEmail),
      set(['input', 'password'], fc.oneof(shortPassword, LONG(201))),
      set(['input', 'name'], fc.oneof(fc.constant(''), LONG(201))),
      set(['input', 'role'], fc.constantFrom('BUYER', 'IKM')),
    ],
    noise: [['input', 'name']],
  },
  createRfq: {
    document: `mutation M($input: CreateRfqInput!) { createRfq(input: $input) { id } }`,
    actor: (w) => w.buyer.client,
    base: () => ({ input: rfqInput() }),
    refused: () => [
      set(['input', 'title'], fc.oneof(fc.constantFrom('', 'ab'), LONG(201))),
      set(['input', 'description'], fc.oneof(fc.constant(''), LONG(5001))),
      set(['input', 'unit'], fc.oneof(fc.constant(''), LONG(21))),
      set(['input', 'quantity'], fc.integer({ min: -(2 ** 31), max: 0 })),
      set(['input', 'processes'], fc.oneof(
        fc.constantFrom(['TELEPORTING'], ['INJECTION_MOULDING'], [''], ["LASER_CUTTING'; --"], ['laser_cutting']),
        fc.integer({ min: 31, max: 2000 }).map((n) => Array.from({ length: n }, () => 'LASER_CUTTING')),
      )),
      set(['input', 'materials'], fc.constantFrom(['UNOBTANIUM'], [''], ['ss400'], Array.from({ length: 500 }, (_, i) => `M${i}`))),
      set(['input', 'requiredCertifications'], fc.constantFrom(['ISO_99999'], [''], Array.from({ length: 21 }, () => 'SNI'))),
      set(['input', 'deliveryLocation'], fc.constantFrom({ lat: 35.68, lng: 139.69 }, { lat: 91, lng: 0 }, { lat: 0, lng: 181 }, { lat: 110.2, lng: -6.9 }, { lat: 1e308, lng: -1e308 })),
      set(['input', 'neededBy'], fc.constantFrom('2020-01-01', isoDay(-1), '2026-02-30', '2026-13-01')),
      set(['input', 'quoteDeadline'], fc.constantFrom(new Date(Date.now() - 86_400_000).toISOString(), new Date(Date.now() + 400 * 86_400_000).toISOString(), '2026-02-30T10:00:00Z')),
      set(['input', 'targetUnitPrice'], fc.constantFrom('0', '-1', '1.5', '9'.repeat(40), '9223372036854775808', '1000000000000001')),
      set(['input', 'sector'], fc.constantFrom('AGRO', 'PLASTIC')),
    ],
    noise: [['input', 'title'], ['input', 'description'], ['input', 'unit'], ['input', 'sealed'], ['input', 'targetUnitPrice'], ['input', 'quantity']],
  },
  cancelRfq: {
    document: `mutation M($id: ID!, $reason: String!) { cancelRfq(id: $id, reason: $reason) { id } }`,
    actor: (w) => w.buyer.client,
    base: (w) => ({ id: w.openRfq, reason: 'Desain berubah' }),
    refused: (w) => [
      set(['id'], fc.oneof(strangerId, fc.constant(w.cancelledRfq))),
      set(['reason'], fc.oneof(fc.constantFrom('', 'ab', '  a  ', '\n\n\n', '\u0000\u0000'), LONG(1001))),
    ],
    noise: [],
  },
  closeRfq: {
    document: `mutation M($id: ID!, $reason: String) { closeRfq(id: $id, reason: $reason) { id } }`,
    actor: (w) => w.buyer.client,
    base: (w) => ({ id: w.openRfq, reason: null }),
    refused: (w) => [set(['id'], fc.oneof(strangerId, fc.constant(w.cancelledRfq))), set(['reason'], LONG(1001))],
    noise: [],
  },
  retryMatching: {
    document: `mutation M($id: ID!) { retryMatching(id: $id) { id } }`,
    actor: (w) => w.buyer.client,
    base: (w) => ({ id: w.openRfq }),
    refused: (w) => [set(['id'], fc.oneof(strangerId, fc.constant(w.cancelledRfq), fc.constant(w.openRfq)))],
    baseRefused: true,
  },
  awardRfq: {
    document: `mutation M($rfqId: ID!, $awards: [AwardInput!]!) { awardRfq(rfqId: $rfqId, awards: $awards) { id } }`,
    actor: (w) => w.buyer.client,
    base: (w) => ({ rfqId: w.openRfq, awards: [{ quoteId: w.quoteId, quantity: 100 }] }),
    refused: (w) => [
      set(['rfqId'], fc.oneof(strangerId, fc.constant(w.cancelledRfq))),
      set(['awards', 0, 'quoteId'], strangerId),
      set(['awards', 0, 'quantity'], fc.oneof(fc.integer({ min: -(2 ** 31), max: 0 }), fc.integer({ min: 601, max: 2 ** 31 - 1 }))),
      set(['awards'], fc.oneof(
        fc.constant([]),
        fc.integer({ min: 2, max: 1200 }).map((n) => Array.from({ length: n }, () => ({ quoteId: w.quoteId, quantity: 600 }))),
        fc.integer({ min: 2, max: 500 }).chain((n) => fc.array(fc.record({ quoteId: fc.oneof(fc.uuid(), fc.string({ maxLength: 8 })), quantity: int32 }), { minLength: n, maxLength: n })),
      )),
    ],
    noise: [['awards', 0, 'quantity']],
  },
  upsertMyProfile: {
    document: UPSERT_PROFILE,
    actor: (w) => w.ikm.client,
    base: () => ({ input: profileInput() }),
    refused: () => [
      set(['input', 'processes'], fc.constantFrom(['LASER_CUTTING', 'TELEPORTING'], ['BENDING', 'INJECTION_MOULDING'], [''], Array.from({ length: 1000 }, (_, i) => `P${i}`))),
      set(['input', 'materials'], fc.constantFrom(['SS400', 'VIBRANIUM'], ["SS400'); DELETE FROM capability_profile; --"])),
      set(['input', 'certifications'], fc.constantFrom([{ code: 'ISO_27001', number: 'X' }], [{ code: '', number: null }], [{ code: 'SNI', number: 'x'.repeat(10_000) }])),
      set(['input', 'kecamatanCode'], fc.constantFrom('3328999', '', '33281400', "3328140' --", '９９')),
      set(['input', 'monthlyCapacity'], fc.oneof(
        fc.integer({ min: -(2 ** 31), max: 0 }).map((quantity) => ({ quantity, unit: 'pcs' })),
        fc.constantFrom({ quantity: 10, unit: 'karung' }, { quantity: 10, unit: '' }, { quantity: 10, unit: 'PCS ' }),
      )),
      set(['input', 'minOrderQuantity'], fc.integer({ min: -(2 ** 31), max: 0 })),
      set(['input', 'leadTimeDays'], fc.integer({ min: -(2 ** 31), max: 0 })),
      set(['input', 'location'], fc.constantFrom({ lat: 48.85, lng: 2.35 }, { lat: 109.151, lng: -6.912 }, { lat: 90.0001, lng: 0 }, { lat: -1e308, lng: 1e308 })),
      set(['input', 'kbliCodes'], fc.constantFrom(['2591'], ['25910', '259100'], ['abcde'], ['２５９１０'], Array.from({ length: 500 }, () => '25910'))),
      set(['input', 'kbliVersion'], fc.constantFrom('2019', '', '2020 ', 'latest')),
      set(['input', 'sectors'], fc.constantFrom([], ['PLASTIC'])),
    ],
    noise: [['input', 'machines'], ['input', 'workforce'], ['input', 'certifications', 0, 'number'], ['input', 'certifications', 0, 'validUntil']],
  },
  verifyProfile: {
    document: `mutation M($profileId: ID!, $note: String) { verifyProfile(profileId: $profileId, note: $note) { id } }`,
    actor: (w) => w.dinas,
    base: (w) => ({ profileId: w.ikm.profileId, note: 'Kunjungan' }),
    refused: () => [set(['profileId'], strangerId), set(['note'], LONG(5001))],
    noise: [],
  },
  declineMatch: {
    document: `mutation M($matchId: ID!, $reason: String) { declineMatch(matchId: $matchId, reason: $reason) { id } }`,
    actor: (w) => w.ikm.client,
    // The IKM has quoted: its match is no longer declinable.
    base: (w) => ({ matchId: w.matchId, reason: null }),
    refused: () => [set(['matchId'], strangerId), set(['reason'], LONG(1001))],
    noise: [['reason']],
    baseRefused: true,
  },
  submitQuote: {
    document: SUBMIT_QUOTE,
    actor: (w) => w.ikm.client,
    base: (w) => ({ input: quoteInput(w.openRfq) }),
    refused: (w) => [
      set(['input', 'rfqId'], fc.oneof(strangerId, fc.constant(w.cancelledRfq))),
      set(['input', 'unitPrice'], fc.constantFrom('0', '-1', '1.5', '9223372036854775807', '1000000000000001', '9'.repeat(40), '', 'abc')),
      set(['input', 'quantity'], fc.oneof(fc.integer({ min: -(2 ** 31), max: 0 }), fc.integer({ min: 1001, max: 2 ** 31 - 1 }))),
      set(['input', 'leadTimeDays'], fc.integer({ min: -(2 ** 31), max: 0 })),
      set(['input', 'validUntil'], fc.constantFrom('2020-01-01', isoDay(-1), '2026-02-30', '2026-13-01', '0000-00-00')),
      set(['input', 'notes'], LONG(2001)),
    ],
    noise: [['input', 'notes'], ['input', 'unitPrice'], ['input', 'leadTimeDays']],
  },
  withdrawQuote: {
    document: `mutation M($id: ID!) { withdrawQuote(id: $id) { id } }`,
    actor: (w) => w.ikm.client,
    base: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
    refused: (w) => [set(['id'], fc.oneof(strangerId, fc.constant(w.openRfq), fc.constant(w.matchId)))],
    baseRefused: true,
  },
  updateDealStatus: {
    document: UPDATE_DEAL,
    actor: (w) => w.buyer.client,
    base: (w) => ({ dealId: w.awardedDeal, status: 'PO_ISSUED', note: null }),
    refused: (w) => [
      set(['dealId'], fc.oneof(strangerId, fc.constant(w.completedDeal))),
      set(['status'], fc.constantFrom('AWARDED', 'IN_PRODUCTION', 'DELIVERED', 'COMPLETED')),
      setMany([[['status'], 'CANCELLED'], [['note'], null]]),
      setMany([[['status'], 'CANCELLED'], [['note'], '   ']]),
      set(['note'], LONG(1001)),
    ],
    noise: [],
  },
  rateDeal: {
    document: `mutation M($dealId: ID!, $input: DealRatingInput!) { rateDeal(dealId: $dealId, input: $input) { id } }`,
    actor: (w) => w.buyer.client,
    base: (w) => ({ dealId: w.completedDeal, input: { quality: 4, delivery: 5, comment: 'Rapi' } }),
    refused: (w) => [
      set(['dealId'], fc.oneof(strangerId, fc.constant(w.awardedDeal))),
      set(['input', 'quality'], ratingOutOfRange),
      set(['input', 'delivery'], ratingOutOfRange),
      set(['input', 'comment'], LONG(2001)),
    ],
    noise: [['input', 'comment']],
  },
  markNotificationsRead: {
    document: `mutation M($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
    actor: (w) => w.buyer.client,
    base: () => ({ ids: ['00000000-0000-4000-8000-000000000000'] }),
    refused: () => [set(['ids'], fc.oneof(
      fc.array(strangerId, { maxLength: 20 }),
      fc.integer({ min: 1000, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)),
    ))],
    baseRefused: true,
    mayAnswer: true,
  },
  updateOrganizationContact: {
    document: `mutation M($input: OrganizationContactInput!) { updateOrganizationContact(input: $input) { email } }`,
    actor: (w) => w.buyer.client,
    base: () => ({ input: { contactPerson: 'Bu Rina', phone: '+62 283 351234', email: 'pengadaan@example.co.id' } }),
    refused: () => [
      set(['input', 'email'], fc.constantFrom('pengadaan', 'a@', '@example.co.id', 'a b@example.co.id', 'x\uD800@example.co.id', '')),
      set(['input', 'email'], LONG(255).map((x) => `${x}@example.co.id`)),
      set(['input', 'phone'], fc.constantFrom('12345', 'telepon', '+62 812 3456 7890 1234 5', '0812\u0000', '')),
      set(['input', 'contactPerson'], fc.oneof(fc.constant(''), LONG(201))),
    ],
    noise: [],
  },
  updateNotificationPreferences: {
    document: `mutation M($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { channels } }`,
    actor: (w) => w.buyer.client,
    base: () => ({ input: { channels: ['IN_APP', 'EMAIL'], webhookUrl: null, locale: 'id' } }),
    refused: () => [
      privateOrBadWebhook.map((url) => (vars: Vars) => setAt(vars, ['input'], { ...(vars.input as object), channels: ['IN_APP', 'WEBHOOK'], webhookUrl: url })),
      setMany([[['input', 'channels'], ['WEBHOOK']], [['input', 'webhookUrl'], null]]),
      set(['input', 'locale'], fc.constantFrom('fr', 'EN', 'id-ID', ' id', '', 'zz', 'id\u0000')),
      set(['input', 'webhookUrl'], LONG(2001).map((x) => `https://example.com/${x}`)),
    ],
    noise: [],
  },
};

// ------------------------------------------------------------------------------------- the runner

interface Answer { status: number; body: any; text: string }

async function send(url: string, token: string | null, document: string, variables: Vars): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': randomClientIp(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document, variables }),
  });
  const text = await response.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, body, text };
}

async function inPool<T>(items: T[], width: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i], i);
    }
  }));
}

describe('generated bad input, for every mutation', () => {
  const w = {} as World;
  let schema: GraphQLSchema;
  let countAll: () => Promise<Record<string, number>>;
  const summary: Record<string, Record<string, number>> = {};

  beforeAll(async () => {
    w.run = await startScratchRun('bad_input_fuzz');
    // Rate limits would answer RATE_LIMITED before the input is even looked at: lifted here.
    w.api = await startApi(testConfig({
      ...w.run.env, LOGIN_RATE_LIMIT_PER_MINUTE: '1000000', REGISTER_RATE_LIMIT_PER_HOUR: '1000000', REFRESH_RATE_LIMIT_PER_MINUTE: '1000000',
      LOGIN_EMAIL_FREE_FAILURES: '1000000', PASSWORD_RESET_RATE_LIMIT_PER_HOUR: '1000000',
    }));
    schema = w.api.app.get(GraphQLSchemaHost).schema;
    w.anonymous = new GraphqlClient(w.api.url);
    w.buyer = await registerAccount(w.anonymous, { role: 'BUYER' });
    w.ikm = await ikmWithProfile(w.anonymous);
    const rival = await ikmWithProfile(w.anonymous);
    const adminAccount = await registerAccount(w.anonymous, { role: 'BUYER' });
    await w.run.sql.query(`UPDATE organization SET kind = 'ADMIN' WHERE id = $1`, [adminAccount.organizationId]);
    await w.run.sql.query(`UPDATE app_user SET role = 'ADMIN' WHERE id = $1`, [adminAccount.userId]);
    w.admin = w.anonymous.as((await login(w.anonymous, adminAccount.email, adminAccount.password)).accessToken);
    const dinasEmail = `fuzz-dinas-${Date.now()}@tegalkab.go.id`;
    await w.admin.ok(`mutation M($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`, { input: { email: dinasEmail, password: 'correct horse battery', name: 'Dinas', role: 'DINAS' } });
    w.dinas = w.anonymous.as((await login(w.anonymous, dinasEmail, 'correct horse battery')).accessToken);
    const ended = await registerAccount(w.anonymous, { role: 'BUYER' });
    await ended.client.ok(`mutation { logoutEverywhere }`);
    w.ended = ended.client;

    const matchedRfq = async () => {
      const rfqId = await postRfq(w.buyer.client);
      await matchDirectly(w.run.sql, rfqId, [w.ikm, rival]);
      return rfqId;
    };
    w.openRfq = await matchedRfq();
    w.quoteId = (await w.ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(w.openRfq) })).submitQuote.id;
    w.matchId = (await w.run.sql.query(`SELECT id FROM rfq_match WHERE rfq_id = $1 AND ikm_organization_id = $2`, [w.openRfq, w.ikm.organizationId])).rows[0].id;
    w.cancelledRfq = await matchedRfq();
    await w.buyer.client.ok(`mutation C($id: ID!) { cancelRfq(id: $id, reason: "Batal uji") { id } }`, { id: w.cancelledRfq });
    const deal = async () => {
      const rfqId = await matchedRfq();
      const quoteId = (await w.ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId) })).submitQuote.id;
      return (await w.buyer.client.ok(AWARD, { rfqId, awards: [{ quoteId, quantity: 600 }] })).awardRfq[0].id as string;
    };
    w.awardedDeal = await deal();
    w.completedDeal = await deal();
    for (const [client, status] of [[w.buyer.client, 'PO_ISSUED'], [w.ikm.client, 'IN_PRODUCTION'], [w.ikm.client, 'DELIVERED'], [w.buyer.client, 'COMPLETED']] as const) {
      await client.ok(UPDATE_DEAL, { dealId: w.completedDeal, status });
    }

    // Row counts of every table of the public schema, in one statement.
    const tables = (await w.run.sql.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.tablename as string);
    const countSql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(', ')}`;
    countAll = async () => (await w.run.sql.query(countSql)).rows[0];
  });

  /**
   * The counts once the set-up's dashboard deltas are folded: the API folds in the background, so
   * without this a fold during the batch would move rows the batch never wrote. A refused batch
   * writes no delta, so nothing is left for that fold.
   */
  const settledCounts = async () => {
    await w.api.app.get(MarketRollupFolder).foldNow();
    return countAll();
  };

  afterAll(async () => {
    await w.api?.close();
    await w.run?.drop();
    // One line per mutation: how the refusals were answered.
    process.stdout.write(`bad-input fuzz: ${JSON.stringify(summary)}\n`);
  });

  it('has generators for every mutation of the built schema', () => {
    const mutations = Object.keys((schema.getType('Mutation') as GraphQLObjectType).getFields());
    expect(mutations.filter((m) => !TARGETS[m])).toEqual([]);
    expect(Object.keys(TARGETS).filter((m) => !mutations.includes(m))).toEqual([]);
  });

  it('refuses a request body above the size limit with a 4xx, writing nothing', async () => {
    const before = await settledCounts();
    const answer = await send(w.api.url, w.buyer.accessToken, TARGETS.createRfq.document, { input: rfqInput({ description: 'x'.repeat(200_000) }) });
    expect(answer.status).toBe(413);
    expect(await countAll()).toEqual(before);
  });

  it.each(Object.keys(TARGETS))('%s: %#', async (mutation) => {
    const target = TARGETS[mutation];
    const paths = pathsOf(schema, mutation);
    const typeOf = (path: Path) => paths.find((p) => JSON.stringify(p.path) === JSON.stringify(path.map((k) => (typeof k === 'number' ? 0 : k))))?.type;

    // Wrong GraphQL types anywhere in the variables, derived from the schema.
    // A mutation without arguments has no variable to get wrong: its refused changes stand in.
    const wrongType: fc.Arbitrary<Mutator> = paths.length === 0 ? fc.oneof(...target.refused(w)) : fc.oneof(
      ...paths.map(({ path, type }) => fc.oneof(
        wrongTypeOf(type).map((v) => (vars: Vars) => setAt(vars, path, v)),
        ...(isNonNullType(type) ? [fc.constant((vars: Vars) => setAt(vars, path, undefined))] : []),
        ...(isInputObjectType(getNamedType(type)) && !isListType(isNonNullType(type) ? type.ofType : type)
          ? [fc.constantFrom('unknownField', '__typename', 'organizationId', 'role').map((k) => (vars: Vars) => setAt(vars, [...path, k], 'x'))]
          : []),
      )),
    );
    // Hostile values of the right type on the noise fields.
    const noise = (target.noise ?? []).map((path) => hostileOf(typeOf(path) ?? (schema.getType('String') as GraphQLScalarType)).map((v) => (vars: Vars) => setAt(vars, path, v)));
    const domainRefused = fc.array(fc.oneof(...target.refused(w)), { minLength: 1, maxLength: 3 });
    const input = fc.record({
      kind: fc.constantFrom('wrongType', 'domain', 'domain'),
      wrong: wrongType,
      refused: domainRefused,
      extra: noise.length ? fc.array(fc.oneof(...noise), { maxLength: 3 }) : fc.constant([] as Mutator[]),
      anonymous: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    }).map(({ kind, wrong, refused, extra, anonymous }) => {
      const vars = clone(target.base(w));
      for (const m of extra) m(vars);
      const noisy = JSON.stringify(vars);
      if (kind === 'wrongType') wrong(vars);
      // A wrong type aimed at a list element the noise removed changes nothing: refuse by domain then.
      if (kind === 'domain' || JSON.stringify(vars) === noisy) for (const m of refused) m(vars);
      return { vars, anonymous, kind };
    });

    const seed = 0x5eed + mutation.length * 7919 + mutation.charCodeAt(0);
    const cases = fc.sample(input, { numRuns: RUNS, seed });
    expect(cases.length).toBeGreaterThanOrEqual(RUNS);

    const started = Date.now();
    const before = await settledCounts();
    const problems: { problem: string; status: number; vars: unknown; answer: string }[] = [];
    const codes: Record<string, number> = {};
    const actor = target.actor(w);
    await inPool(cases, CONCURRENCY, async ({ vars, anonymous }) => {
      const answer = await send(w.api.url, anonymous ? null : actor.token, target.document, vars);
      const report = (problem: string): void => void problems.push({ problem, status: answer.status, vars: JSON.stringify(vars).slice(0, 400), answer: answer.text.slice(0, 400) });
      if (answer.status >= 500) report('HTTP 5xx');
      if (!answer.body?.errors && !answer.body?.data) return report(`not a GraphQL answer (HTTP ${answer.status})`);
      const errors: { extensions?: { code?: string } }[] = answer.body.errors ?? [];
      if (errors.length === 0) {
        if (!target.mayAnswer) report('accepted an invalid input');
        codes.ok = (codes.ok ?? 0) + 1;
        return;
      }
      for (const error of errors) {
        const code = error.extensions?.code ?? 'none';
        codes[code] = (codes[code] ?? 0) + 1;
        if (code === 'INTERNAL_SERVER_ERROR') report('INTERNAL_SERVER_ERROR');
        else if (!STABLE_CODES.includes(code)) report(`unstable code ${code}`);
      }
    });
    summary[mutation] = { ...codes, ms: Date.now() - started };
    expect(problems.slice(0, 5)).toEqual([]);
    // No partial write: every table holds as many rows as before the batch.
    expect(await countAll()).toEqual(before);
  });
});
