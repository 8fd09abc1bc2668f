// Slack's request signing (v0): HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the app's signing secret. Pure.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface SignedRequest {
  /** X-Slack-Request-Timestamp: seconds since the epoch, as Slack sent it. */
  timestamp: string | undefined;
  /** X-Slack-Signature: `v0=<hex>`. */
  signature: string | undefined;
  rawBody: Buffer;
}

// Slack's own advice: older requests may be replays.
const MAX_AGE_SECONDS = 5 * 60;

export function slackSignature(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(rawBody).digest('hex')}`;
}

/** Why the request is not one Slack signed with `secret` in the last five minutes; null when it is. */
export function signatureProblem(request: SignedRequest, secret: string, now: Date): string | null {
  const { timestamp, signature, rawBody } = request;
  if (!timestamp || !signature) return 'the request is not signed by Slack';
  if (!/^\d+$/.test(timestamp)) return 'the request timestamp is not a number of seconds';
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > MAX_AGE_SECONDS) {
    return 'the request timestamp is more than 5 minutes away from now';
  }
  const expected = Buffer.from(slackSignature(secret, timestamp, rawBody));
  const given = Buffer.from(signature);
  // timingSafeEqual needs equal lengths; a length says nothing about the secret.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'the request signature does not match';
  return null;
}
