import { Injectable } from '@nestjs/common';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { AppConfig } from '@jalin/config';
import { DeliveryMessage } from './delivery-message';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './webhook-signature';
import { WebhookUrlPolicy, WebhookUrlRefused } from './webhook-url-policy';

/**
 * POSTs the notification as JSON to the user's URL, signed; anything but 2xx is a failure to
 * retry. Plain node:https rather than fetch, so the address policy also applies at connect time
 * (see WebhookUrlPolicy.connectLookup); redirects are not followed.
 */
@Injectable()
export class WebhookSender {
  constructor(
    private readonly config: AppConfig,
    private readonly policy: WebhookUrlPolicy,
  ) {}

  async send(message: DeliveryMessage, url: string, secret: string): Promise<void> {
    const target = await this.policy.check(url);
    const body = JSON.stringify({ event: 'notification', notification: message });
    const timestamp = Math.floor(Date.now() / 1000).toString();
    const status = await this.post(target, body, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'user-agent': 'Jalin-Webhook/1',
      [TIMESTAMP_HEADER]: timestamp,
      [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
    });
    if (status < 200 || status >= 300) throw new Error(`webhook answered HTTP ${status}`);
  }

  private post(target: URL, body: string, headers: Record<string, string>): Promise<number> {
    const lookup = this.policy.connectLookup();
    const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(target, { method: 'POST', headers, timeout: this.config.NOTIFICATION_WEBHOOK_TIMEOUT_MS, ...(lookup ? { lookup } : {}) }, (res) => {
        res.resume(); // the answer's body is not needed
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`webhook did not answer within ${this.config.NOTIFICATION_WEBHOOK_TIMEOUT_MS} ms`)));
      req.on('error', (error) => reject(error instanceof WebhookUrlRefused ? error : new Error(`webhook call failed: ${error.message}`)));
      req.end(body);
    });
  }
}
