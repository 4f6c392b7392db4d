/** What start-up learnt about the Redis server's settings. */
export type RedisSettingsFacts =
  | { kind: 'read'; maxmemoryPolicy: string | undefined; appendonly: string | undefined }
  /** CONFIG is disabled or renamed (managed Redis) or denied to this user (ACL). */
  | { kind: 'config-unavailable'; reason: string }
  | { kind: 'unreachable'; reason: string };

export interface RedisSettingsVerdict {
  /** Why start-up must stop, with the fix; null when it may go on. */
  refusal: string | null;
  warnings: string[];
}

const POLICY_FIX =
  'Fix: `CONFIG SET maxmemory-policy noeviction` and `maxmemory-policy noeviction` in redis.conf (on a managed Redis: its parameter group or settings)';

/**
 * The start-up decision on Redis settings. BullMQ keeps jobs as Redis keys, so any eviction policy
 * but noeviction loses jobs silently under memory pressure: refused. AOF off loses the queues on a
 * Redis restart: a warning in production only (tests and the demo run without it on purpose).
 */
export function judgeRedisSettings(facts: RedisSettingsFacts, where: string, production: boolean): RedisSettingsVerdict {
  if (facts.kind === 'unreachable') {
    return { refusal: null, warnings: [`Redis at ${where} did not answer at start-up (${facts.reason}); maxmemory-policy and appendonly not checked`] };
  }
  if (facts.kind === 'config-unavailable') {
    return {
      refusal: null,
      warnings: [`Redis at ${where} refused CONFIG GET (${facts.reason}); could not check that maxmemory-policy is noeviction and appendonly is yes: make sure they are`],
    };
  }
  const warnings: string[] = [];
  const policy = facts.maxmemoryPolicy?.toLowerCase();
  if (policy !== 'noeviction') {
    if (policy === undefined) {
      warnings.push(`Redis at ${where} did not report maxmemory-policy; could not check that it is noeviction`);
    } else {
      return {
        refusal: `Redis at ${where} has maxmemory-policy ${policy}; Jalin's queues need noeviction (evicted keys are lost jobs). ${POLICY_FIX}`,
        warnings,
      };
    }
  }
  if (production && facts.appendonly?.toLowerCase() !== 'yes') {
    warnings.push(
      `Redis at ${where} has appendonly ${facts.appendonly ?? 'unknown'}: queued jobs are lost when Redis restarts. ` +
        'Fix: `CONFIG SET appendonly yes` and `appendonly yes` in redis.conf (on a managed Redis: enable persistence)',
    );
  }
  return { refusal: null, warnings };
}
