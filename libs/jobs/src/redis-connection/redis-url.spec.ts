import { loadConfig } from '@jalin/config';
import { bullmqPrefix, parseRedisUrl, shownRedisUrl } from './redis-url';

describe('REDIS_URL', () => {
  it('reads redis+cluster:// as the seed nodes of a cluster, with credentials and TLS', () => {
    expect(parseRedisUrl('redis+cluster://127.0.0.1:7000,127.0.0.1:7001,redis-c:7002')).toEqual({
      kind: 'cluster', nodes: [{ host: '127.0.0.1', port: 7000 }, { host: '127.0.0.1', port: 7001 }, { host: 'redis-c', port: 7002 }], username: undefined, password: undefined, tls: false,
    });
    expect(parseRedisUrl('rediss+cluster://jalin:s%40cret@a:6379,b:6379')).toMatchObject({ kind: 'cluster', username: 'jalin', password: 's@cret', tls: true });
  });

  it('leaves a one-server URL to ioredis as it is', () => {
    expect(parseRedisUrl('redis://:pw@127.0.0.1:6379/2')).toEqual({ kind: 'server', url: 'redis://:pw@127.0.0.1:6379/2' });
  });

  it('hash-tags the BullMQ prefix on a cluster only, so one server keeps its existing keys', () => {
    expect(bullmqPrefix({ REDIS_URL: 'redis+cluster://a:1,b:2', QUEUE_PREFIX: 'jalin' })).toBe('{jalin}');
    expect(bullmqPrefix({ REDIS_URL: 'redis://a:1', QUEUE_PREFIX: 'jalin' })).toBe('jalin');
    expect(bullmqPrefix({ REDIS_URL: 'redis+cluster://a:1', QUEUE_PREFIX: '{jalin}' })).toBe('{jalin}');
  });

  it('hides the password in messages', () => {
    expect(shownRedisUrl('redis://:secret@127.0.0.1:6379/')).toBe('redis://:***@127.0.0.1:6379');
  });

  it('is accepted by the config in both forms, and a malformed cluster list is refused', () => {
    expect(loadConfig({ REDIS_URL: 'redis+cluster://127.0.0.1:7000,127.0.0.1:7001' }).REDIS_URL).toBe('redis+cluster://127.0.0.1:7000,127.0.0.1:7001');
    expect(loadConfig({ REDIS_URL: 'rediss://user:pw@redis.example.id:6380' }).REDIS_URL).toBe('rediss://user:pw@redis.example.id:6380');
    expect(() => loadConfig({ REDIS_URL: 'redis+cluster://127.0.0.1' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
  });
});
