import { randomBytes } from 'node:crypto';
import { InvalidConfigError, loadConfig, loadDeployedConfig, NodeEnv, REFUSED_JWT_SECRETS } from '@jalin/config';

describe('loadConfig', () => {
  it('gives working defaults for a developer machine', () => {
    const config = loadConfig({});
    expect(config.NODE_ENV).toBe(NodeEnv.Development);
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toMatch(/^postgres:\/\//);
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '4100', TRUST_PROXY_HOPS: '2', NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS: 'true' });
    expect(config.PORT).toBe(4100);
    expect(config.trustedProxyHops).toBe(2);
    expect(config.NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS).toBe(true);
  });

  it('trusts no proxy by default; TRUST_PROXY=true, the old setting, is one hop; TRUST_PROXY_HOPS wins', () => {
    expect(loadConfig({}).trustedProxyHops).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustedProxyHops).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustedProxyHops).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'true', TRUST_PROXY_HOPS: '0' }).trustedProxyHops).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY_HOPS: 'all' })).toThrow(/TRUST_PROXY_HOPS/);
    expect(() => loadConfig({ TRUST_PROXY_HOPS: '-1' })).toThrow(/TRUST_PROXY_HOPS/);
  });

  it('names every problem in one error', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'abc', DATABASE_URL: 'mysql://x', REDIS_URL: 'nope', NODE_ENV: 'staging',
        BOOTSTRAP_ADMIN_EMAIL: 'not-an-email',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'NODE_ENV', 'BOOTSTRAP_ADMIN_EMAIL', 'BOOTSTRAP_ADMIN_PASSWORD']) {
      expect(message).toContain(name);
    }
  });

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).not.toThrow();
  });

  it.each(REFUSED_JWT_SECRETS)('refuses %s, written in the repository, in production only', (secret) => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret })).toThrow(/JWT_SECRET must be set to a private value in production/);
    expect(() => loadConfig({ NODE_ENV: 'development', JWT_SECRET: secret })).not.toThrow();
  });

  it('refuses a JWT secret under 32 bytes in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: randomBytes(15).toString('hex') })).toThrow(/JWT_SECRET must be at least 32/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: randomBytes(16).toString('hex') })).not.toThrow();
  });

  it('takes an unset NODE_ENV for production in a deployed process (start:api, start:worker, the image)', () => {
    expect(() => loadDeployedConfig({})).toThrow(/JWT_SECRET must be set to a private value in production/);
    const env: NodeJS.ProcessEnv = { JWT_SECRET: randomBytes(32).toString('hex') };
    expect(loadDeployedConfig(env).NODE_ENV).toBe(NodeEnv.Production);
    expect(env.NODE_ENV).toBe('production'); // Express and Apollo read it themselves
    expect(loadDeployedConfig({ NODE_ENV: 'test' }).NODE_ENV).toBe(NodeEnv.Test);
    expect(loadConfig({}).NODE_ENV).toBe(NodeEnv.Development); // scripts and tools keep the developer default
  });

  it('refuses webhooks to private addresses in production', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(() => loadConfig({ ...production, NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS: 'true' })).toThrow(/NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS is for tests/);
    expect(() => loadConfig({ NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS: 'true' })).not.toThrow();
  });

  it('refuses a short JWT secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32/);
  });
});
