import { Injectable } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { lookup as lookupCallback, LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { AppConfig } from '@jalin/config';
import { isPrivateAddress } from './blocked-webhook-networks';

export { isPrivateAddress };

export class WebhookUrlRefused extends Error {}

/**
 * Whether the worker may POST to a user's URL: https only, to a port of NOTIFICATION_WEBHOOK_PORTS,
 * and never to an address inside the network (the worker would otherwise be a way into internal
 * services). Checked when the URL is saved and again before each call, since DNS may change in
 * between. NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS lifts these rules, for tests with a local server.
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
    const port = Number(url.port || 443);
    if (!this.config.webhookPorts.includes(port)) throw new WebhookUrlRefused(`must use port ${this.config.webhookPorts.join(' or ')}`);
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
