import { Injectable } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { lookup as lookupCallback, LookupAddress, LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { AppConfig } from '@jalin/config';

/** Addresses a user's webhook may not reach: loopback, private, link-local, CGNAT, multicast, reserved. */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

/** True for an address a webhook may not call; IPv4-mapped IPv6 is judged as its IPv4. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export class WebhookUrlRefused extends Error {}

/**
 * Whether the worker may POST to a user's URL: https only, and never to an address inside the
 * network (the worker would otherwise be a way into internal services). Checked when the URL is
 * saved and again before each call, since DNS may change in between. NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS
 * lifts both rules, for tests with a local server.
 */
@Injectable()
export class WebhookUrlPolicy {
  constructor(private readonly config: AppConfig) {}

  async check(raw: string): Promise<URL> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new WebhookUrlRefused('is not a URL');
    }
    const allowPrivate = this.config.NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS;
    if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) throw new WebhookUrlRefused('must be an https URL');
    if (url.username || url.password) throw new WebhookUrlRefused('must not contain credentials');
    if (allowPrivate) return url;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      throw new WebhookUrlRefused('has a host name that does not resolve');
    }
    if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
      throw new WebhookUrlRefused('must not point to a private, loopback or link-local address');
    }
    return url;
  }

  /**
   * A `lookup` for the HTTP client that refuses private addresses at connect time, so a name that
   * resolved to a public address when checked cannot be switched to an internal one for the call
   * itself (DNS rebinding). Null when private addresses are allowed.
   */
  connectLookup(): typeof lookupCallback | null {
    if (this.config.NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS) return null;
    return ((hostname: string, options: LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
      lookupCallback(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
        if (error) return callback(error, []);
        if (addresses.length === 0 || addresses.some((a) => isPrivateAddress(a.address))) {
          return callback(Object.assign(new WebhookUrlRefused('must not point to a private, loopback or link-local address'), { code: 'EPRIVATE' }), []);
        }
        if (options.all) return callback(null, addresses);
        callback(null, addresses[0].address, addresses[0].family);
      });
    }) as typeof lookupCallback;
  }
}
