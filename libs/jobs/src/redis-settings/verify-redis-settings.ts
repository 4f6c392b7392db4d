import { AppConfig, InvalidConfigError, NodeEnv } from '@jalin/config';
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

/** The Redis URL without its password, for messages. */
function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return 'REDIS_URL';
  }
}

/**
 * Checks the Redis server's settings before the app starts (api and worker): throws
 * RedisSettingsError when maxmemory-policy is not noeviction, and writes each warning as a pino
 * JSON line (the app's logger does not exist yet) unless `quiet` or LOG_LEVEL hides warnings.
 */
export async function verifyRedisSettings(config: AppConfig, app: 'api' | 'worker', options: { quiet?: boolean } = {}): Promise<void> {
  const where = shownUrl(config.REDIS_URL);
  const facts = await readRedisSettings(config.REDIS_URL, CHECK_TIMEOUT_MS);
  const verdict = judgeRedisSettings(facts, where, config.NODE_ENV === NodeEnv.Production);
  if (!options.quiet && (LEVELS[config.LOG_LEVEL] ?? PINO_WARN) <= PINO_WARN) {
    for (const msg of verdict.warnings) {
      process.stdout.write(`${JSON.stringify({ level: PINO_WARN, time: Date.now(), app, context: 'RedisSettings', msg })}\n`);
    }
  }
  if (verdict.refusal) throw new RedisSettingsError(verdict.refusal);
}
