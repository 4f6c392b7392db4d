import { AppConfig } from '@jalin/config';
import { isPrivateAddress, WebhookUrlPolicy, WebhookUrlRefused } from './webhook-url-policy';
import { signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook URL policy', () => {
  it.each(['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1'])(
    'treats %s as private', (address) => expect(isPrivateAddress(address)).toBe(true),
  );
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('treats %s as public', (address) => expect(isPrivateAddress(address)).toBe(false));

  const policy = (allow: boolean) => new WebhookUrlPolicy(Object.assign(new AppConfig(), { NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS: allow }));

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
