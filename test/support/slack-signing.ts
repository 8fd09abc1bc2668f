// Requests signed exactly as Slack signs them (https://api.slack.com/authentication/verifying-requests-from-slack),
// written here from Slack's description rather than borrowed from the code under test.
import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';

export interface Signing {
  secret: string;
  /** When Slack sent the request: the X-Slack-Request-Timestamp. */
  at: Date;
}

/** X-Slack-Request-Timestamp and X-Slack-Signature (`v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<body>`). */
export function slackSignatureHeaders(body: string, { secret, at }: Signing): Record<string, string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`, 'utf8').digest('hex')}`;
  return { 'X-Slack-Request-Timestamp': timestamp, 'X-Slack-Signature': signature };
}

/** Slack's body for a slash command or an interaction: form-encoded fields (an interaction's in `payload`, as JSON). */
export function slackForm(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** POSTs `body` to Breach Desk as Slack does; `headers` replace the signature when a test forges one. */
export function postAsSlack(http: Server, path: string, body: string, headers: Record<string, string>): request.Test {
  return request(http).post(path).set('Content-Type', 'application/x-www-form-urlencoded').set(headers).send(body);
}
