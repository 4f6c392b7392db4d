import { createHmac, timingSafeEqual } from 'node:crypto';

export const TIMESTAMP_HEADER = 'X-Jalin-Timestamp';
export const SIGNATURE_HEADER = 'X-Jalin-Signature';

/**
 * `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`: the receiver recomputes it with its secret
 * and rejects old timestamps, so a captured call cannot be replayed later.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function verifyWebhook(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
