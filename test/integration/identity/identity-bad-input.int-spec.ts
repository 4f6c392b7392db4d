import { createHmac, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { GraphqlClient, LOGIN, registerAccount, registerInput, RunningApi, startApi, testConfig } from '@jalin/testing';

const REGISTER = `mutation R($input: RegisterInput!) { register(input: $input) { accessToken } }`;
const ME = `{ me { id } }`;

describe('identity refuses bad input with stable codes', () => {
  let api: RunningApi;
  let anonymous: GraphqlClient;
  const config = testConfig();

  beforeAll(async () => {
    api = await startApi(config);
    anonymous = new GraphqlClient(api.url);
  });
  afterAll(() => api.close());

  it.each([
    ['a malformed e-mail', { email: 'not-an-email' }, 'input.email'],
    ['a password shorter than 10 characters', { password: 'short-pw' }, 'input.password'],
    ['registering as DINAS', { role: 'DINAS' }, 'input.role'],
    ['registering as ADMIN', { role: 'ADMIN' }, 'input.role'],
    ['an unknown locale', { locale: 'fr' }, 'input.locale'],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_, override, field) => {
    const result = await anonymous.request(REGISTER, { input: registerInput(override) });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.issues?.map((i) => i.field)).toContain(field);
  });

  it('refuses unknown fields', async () => {
    const result = await anonymous.request(REGISTER, { input: { ...registerInput(), isAdmin: true } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/isAdmin/);
  });

  it('answers CONFLICT for an e-mail already registered, in any case', async () => {
    const first = await registerAccount(anonymous);
    const again = await anonymous.request(REGISTER, { input: registerInput({ email: first.email.toUpperCase() }) });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('answers wrong password and unknown e-mail with the same UNAUTHENTICATED message', async () => {
    const account = await registerAccount(anonymous);
    const wrong = await anonymous.request(LOGIN, { email: account.email, password: 'wrong password!' });
    const unknown = await anonymous.request(LOGIN, { email: `nobody-${account.email}`, password: 'wrong password!' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  describe('forged access tokens', () => {
    let claims: { sub: string; org: string; role: string };
    const key = new TextEncoder().encode(config.JWT_SECRET);
    const sign = (extra: { alg?: string; key?: Uint8Array; aud?: string; iss?: string; exp?: number } = {}) =>
      new SignJWT({ org: claims.org, role: claims.role, sv: 0, sid: randomUUID() })
        .setProtectedHeader({ alg: extra.alg ?? 'HS256' })
        .setSubject(claims.sub)
        .setIssuer(extra.iss ?? config.JWT_ISSUER)
        .setAudience(extra.aud ?? config.JWT_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(extra.exp ?? Math.floor(Date.now() / 1000) + 600)
        .sign(extra.key ?? key);

    beforeAll(async () => {
      const account = await registerAccount(anonymous);
      claims = { sub: account.userId, org: account.organizationId, role: 'ADMIN' };
    });

    it('accepts a correctly signed token (control)', async () => {
      expect(await anonymous.as(await sign()).code(ME)).toBeNull();
    });

    it('refuses alg none', async () => {
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: claims.sub, org: claims.org, role: 'ADMIN', iss: config.JWT_ISSUER, aud: config.JWT_AUDIENCE, iat: now, exp: now + 600 })}.`;
      expect(await anonymous.as(token).code(ME)).toBe('UNAUTHENTICATED');
    });

    it('refuses another algorithm with the same key (HS512)', async () => {
      expect(await anonymous.as(await sign({ alg: 'HS512' })).code(ME)).toBe('UNAUTHENTICATED');
    });

    it('refuses a token signed with the wrong key', async () => {
      expect(await anonymous.as(await sign({ key: new TextEncoder().encode('x'.repeat(40)) })).code(ME)).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired token', async () => {
      const result = await anonymous.as(await sign({ exp: Math.floor(Date.now() / 1000) - 5 })).request(ME);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0].message).toMatch(/expired/);
    });

    it('refuses a wrong audience and a wrong issuer', async () => {
      expect(await anonymous.as(await sign({ aud: 'someone-else' })).code(ME)).toBe('UNAUTHENTICATED');
      expect(await anonymous.as(await sign({ iss: 'someone-else' })).code(ME)).toBe('UNAUTHENTICATED');
    });

    it('refuses a hand-edited payload (signature no longer matches)', async () => {
      const [header, , signature] = (await sign()).split('.');
      const payload = Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-0000-0000-000000000000' })).toString('base64url');
      const mac = createHmac('sha256', 'guess').update(`${header}.${payload}`).digest('base64url');
      expect(await anonymous.as(`${header}.${payload}.${mac}`).code(ME)).toBe('UNAUTHENTICATED');
      expect(signature).toBeTruthy();
    });
  });
});
