import { AppConfig, InvalidConfigError, NodeEnv } from '@jalin/config';
import { parseRedisUrl, shownRedisUrl } from '../redis-connection/redis-url';
import { clusterMasterUrls } from './cluster-masters';
import { readRedisSettings } from './read-redis-settings';
import { judgeRedisSettings } from './redis-settings-verdict';

/** Start-up refused because of a Redis server setting; main.ts prints its message without a stack. */
export class RedisSettingsError extends InvalidConfigError {
  constructor(problem: string) {
    super([problem]);
    this.name = 'RedisSettingsError';
  }
}

/** How long start-up waits for Redis to answer the check. */
const CHECK_TIMEOUT_MS = 3000;

const PINO_WARN = 40;
const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

/** The servers whose settings matter: the one server, or every master of a cluster. */
async function serversToCheck(url: string): Promise<string[]> {
  const target = parseRedisUrl(url);
  return target.kind === 'server' ? [url] : clusterMasterUrls(target, CHECK_TIMEOUT_MS);
}

/**
 * Checks the Redis server's settings before the app starts (api and worker), on each master of a
 * cluster: throws RedisSettingsError when maxmemory-policy is not noeviction, and writes each
 * warning as a pino JSON line (the app's logger does not exist yet) unless `quiet` or LOG_LEVEL
 * hides warnings.
 */
export async function verifyRedisSettings(config: AppConfig, app: 'api' | 'worker', options: { quiet?: boolean } = {}): Promise<void> {
  const production = config.NODE_ENV === NodeEnv.Production;
  const servers = await serversToCheck(config.REDIS_URL);
  const verdicts = await Promise.all(
    servers.map(async (url) => judgeRedisSettings(await readRedisSettings(url, CHECK_TIMEOUT_MS), shownRedisUrl(url), production)),
  );
  if (!options.quiet && (LEVELS[config.LOG_LEVEL] ?? PINO_WARN) <= PINO_WARN) {
    for (const msg of verdicts.flatMap((verdict) => verdict.warnings)) {
      process.stdout.write(`${JSON.stringify({ level: PINO_WARN, time: Date.now(), app, context: 'RedisSettings', msg })}\n`);
    }
  }
  const refusal = verdicts.find((verdict) => verdict.refusal)?.refusal;
  if (refusal) throw new RedisSettingsError(refusal);
}
