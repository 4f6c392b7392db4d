import { AppConfig, loadConfig } from '@jalin/config';

/** The run's configuration (database and prefix from global setup) with per-test overrides; re-matching waits briefly. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({ ...process.env, NODE_ENV: 'test', TRUST_PROXY_HOPS: '1', PORT: '0', REMATCH_DEBOUNCE_MS: '300', ...overrides });
}
