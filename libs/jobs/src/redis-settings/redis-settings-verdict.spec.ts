import { judgeRedisSettings, RedisSettingsFacts } from './redis-settings-verdict';

const WHERE = 'redis://127.0.0.1:6379';
const read = (maxmemoryPolicy: string | undefined, appendonly: string | undefined): RedisSettingsFacts => ({ kind: 'read', maxmemoryPolicy, appendonly });

describe('judgeRedisSettings', () => {
  it('accepts noeviction with AOF on, without a word, in production', () => {
    expect(judgeRedisSettings(read('noeviction', 'yes'), WHERE, true)).toEqual({ refusal: null, warnings: [] });
  });

  it('accepts noeviction with AOF off outside production, without a word', () => {
    expect(judgeRedisSettings(read('noeviction', 'no'), WHERE, false)).toEqual({ refusal: null, warnings: [] });
  });

  it('warns in production when AOF is off, naming the setting and the fix', () => {
    const verdict = judgeRedisSettings(read('noeviction', 'no'), WHERE, true);
    expect(verdict.refusal).toBeNull();
    expect(verdict.warnings).toHaveLength(1);
    expect(verdict.warnings[0]).toContain(`Redis at ${WHERE} has appendonly no`);
    expect(verdict.warnings[0]).toContain('CONFIG SET appendonly yes');
  });

  it.each(['allkeys-lru', 'volatile-lru', 'allkeys-lfu', 'volatile-lfu', 'allkeys-random', 'volatile-random', 'volatile-ttl'])(
    'refuses maxmemory-policy %s in any environment, naming the setting and the fix',
    (policy) => {
      for (const production of [true, false]) {
        const { refusal } = judgeRedisSettings(read(policy, 'yes'), WHERE, production);
        expect(refusal).toContain(`maxmemory-policy ${policy}`);
        expect(refusal).toContain('noeviction');
        expect(refusal).toContain('CONFIG SET maxmemory-policy noeviction');
      }
    },
  );

  it('reads the policy without regard to case', () => {
    expect(judgeRedisSettings(read('NoEviction', 'YES'), WHERE, true)).toEqual({ refusal: null, warnings: [] });
  });

  it('warns, and starts, when CONFIG is disabled (managed Redis)', () => {
    const verdict = judgeRedisSettings({ kind: 'config-unavailable', reason: "ERR unknown command 'config'" }, WHERE, true);
    expect(verdict.refusal).toBeNull();
    expect(verdict.warnings).toEqual([expect.stringContaining('could not check that maxmemory-policy is noeviction')]);
  });

  it('warns, and starts, when a setting is not reported', () => {
    const verdict = judgeRedisSettings(read(undefined, 'yes'), WHERE, false);
    expect(verdict).toEqual({ refusal: null, warnings: [expect.stringContaining('did not report maxmemory-policy')] });
  });

  it('warns, and starts, when Redis does not answer (readiness reports the outage)', () => {
    const verdict = judgeRedisSettings({ kind: 'unreachable', reason: 'connect ECONNREFUSED' }, WHERE, true);
    expect(verdict).toEqual({ refusal: null, warnings: [expect.stringContaining('not checked')] });
  });
});
