import { AppConfig, loadConfig } from '@jalin/config';
import { isPrivateAddress, WebhookUrlPolicy, WebhookUrlRefused } from './webhook-url-policy';
import { signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook URL policy', () => {
  it.each(['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1'])(
    'treats %s as private', (address) => expect(isPrivateAddress(address)).toBe(true),
  );
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8', '::ffff:808:808', '64:ff9b:2::1', 'fe00::1'])('treats %s as public', (address) => expect(isPrivateAddress(address)).toBe(false));

  // IPv6 that reaches an IPv4 inside through a gateway, and site-local: refused whatever the IPv4.
  it.each([
    '::7f00:1', '::8.8.8.8', '::a00:1', // IPv4-compatible (::/96)
    '::ffff:0:7f00:1', '::ffff:0:808:808', // IPv4-translated (::ffff:0:0:0/96)
    '64:ff9b::7f00:1', '64:ff9b::808:808', // NAT64 well-known prefix
    '64:ff9b:1::1', '64:ff9b:1:ffff::1', // NAT64 local-use prefix (64:ff9b:1::/48)
    'fec0::1', 'feff::1', // site-local (fec0::/10)
    '::ffff:7f00:1', '0:0:0:0:0:ffff:a00:1', // IPv4-mapped in hex: judged as 127.0.0.1, 10.0.0.1
    'not an address',
  ])('treats %s as private', (address) => expect(isPrivateAddress(address)).toBe(true));

  const policy = (allow: boolean, ports?: string) =>
    new WebhookUrlPolicy(Object.assign(new AppConfig(), { NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS: allow }, ports ? { NOTIFICATION_WEBHOOK_PORTS: ports } : {}));

  it('refuses IPv4-mapped, NAT64 and site-local literals in URLs (WHATWG URL writes ::ffff:127.0.0.1 as ::ffff:7f00:1)', async () => {
    for (const host of ['[::ffff:127.0.0.1]', '[::127.0.0.1]', '[64:ff9b::a9fe:a9fe]', '[64:ff9b:1::1]', '[fec0::1]', '[::ffff:0:a9fe:a9fe]']) {
      await expect(policy(false).check(`https://${host}/hook`)).rejects.toThrow(/private/);
    }
  });

  it('allows only ports 443 and 8443 by default, and the configured ones otherwise', async () => {
    await expect(policy(false).check('https://93.184.216.34/hook')).resolves.toBeInstanceOf(URL);
    await expect(policy(false).check('https://93.184.216.34:443/hook')).resolves.toBeInstanceOf(URL);
    await expect(policy(false).check('https://93.184.216.34:8443/hook')).resolves.toBeInstanceOf(URL);
    for (const port of [22, 25, 80, 5432, 6379, 8080, 9200]) {
      await expect(policy(false).check(`https://93.184.216.34:${port}/hook`)).rejects.toThrow(/must use port 443 or 8443/);
    }
    await expect(policy(false, '9443').check('https://93.184.216.34:9443/hook')).resolves.toBeInstanceOf(URL);
    await expect(policy(false, '9443').check('https://93.184.216.34/hook')).rejects.toThrow(/must use port 9443/);
  });

  it('reads NOTIFICATION_WEBHOOK_PORTS as a list and refuses anything else', () => {
    expect(loadConfig({}).webhookPorts).toEqual([443, 8443]);
    expect(loadConfig({ NOTIFICATION_WEBHOOK_PORTS: '443, 9443' }).webhookPorts).toEqual([443, 9443]);
    expect(() => loadConfig({ NOTIFICATION_WEBHOOK_PORTS: 'https' })).toThrow(/NOTIFICATION_WEBHOOK_PORTS/);
  });

  it('wants https to a public address, without credentials', async () => {
    await expect(policy(false).check('https://93.184.216.34/hook')).resolves.toBeInstanceOf(URL);
    await expect(policy(false).check('http://93.184.216.34/hook')).rejects.toThrow(WebhookUrlRefused);
    await expect(policy(false).check('https://[fd00::1]/hook')).rejects.toThrow(/private/);
    await expect(policy(false).check('https://user:pw@93.184.216.34/hook')).rejects.toThrow(/credentials/);
    await expect(policy(false).check('ftp://93.184.216.34/hook')).rejects.toThrow(/https/);
  });

  it('refuses private addresses again when connecting (a name may resolve differently than when checked)', async () => {
    const lookup = policy(false).connectLookup()!;
    const error = await new Promise<Error | null>((resolve) => lookup('localhost', {}, (err) => resolve(err)));
    expect(error).toBeInstanceOf(WebhookUrlRefused);
    expect(policy(true).connectLookup()).toBeNull();
  });

  it('lets tests use http to loopback only when the setting allows it', async () => {
    await expect(policy(true).check('http://127.0.0.1:9999/hook')).resolves.toBeInstanceOf(URL);
    await expect(policy(true).check('ftp://127.0.0.1/hook')).rejects.toThrow(/https/);
  });
});

describe('webhook signature', () => {
  it('signs timestamp and body with HMAC-SHA256 and verifies only the same', () => {
    const signature = signWebhook('s3cret', '1764300000', '{"a":1}');
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhook('s3cret', '1764300000', '{"a":1}', signature)).toBe(true);
    expect(verifyWebhook('s3cret', '1764300001', '{"a":1}', signature)).toBe(false);
    expect(verifyWebhook('s3cret', '1764300000', '{"a":2}', signature)).toBe(false);
    expect(verifyWebhook('other', '1764300000', '{"a":1}', signature)).toBe(false);
  });
});
