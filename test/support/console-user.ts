import { Secret, TOTP } from 'otpauth';
import request from 'supertest';
import type { Role } from '../../src/auth/roles.js';
import type { TestApp } from './test-app.js';
import { aUserWith } from './users.js';

export type Agent = ReturnType<typeof request.agent>;

/** The code an authenticator app shows for `secret` at the test's (fake) time. */
export function totpCode(t: TestApp, secret: string, offsetMs = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: t.time.now().getTime() + offsetMs });
}

/** The token at the end of an invitation URL (`/invitation/{token}`). */
export function invitationToken(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

export interface ConsoleUser {
  id: string;
  email: string;
  password: string;
  /** API token, as POST /users gave it. */
  token: string;
  /** Null when the user enrolled no authenticator. */
  secret: string | null;
  recoveryCodes: string[];
}

/**
 * A user made by the admin and set up through their invitation link, as a person does it in the console:
 * a password, and an authenticator when `withTotp` (needed for dpo and admin).
 */
export async function aConsoleUser(t: TestApp, roles: Role[], options: { withTotp?: boolean } = {}): Promise<ConsoleUser> {
  const created = (await aUserWith(t, roles)) as Awaited<ReturnType<typeof aUserWith>> & { invitationUrl: string };
  const { email } = created;
  const password = `correct horse battery ${email}`;
  const token = invitationToken(created.invitationUrl);
  const invitation = (await request(t.http).get(`/api/v1/invitations/${token}`).expect(200)).body;
  const withTotp = options.withTotp ?? invitation.totpRequired;
  const secret: string | null = withTotp ? invitation.totp.secret : null;
  const accepted = await request(t.http)
    .post(`/api/v1/invitations/${token}/accept`)
    .send({ password, ...(secret ? { code: totpCode(t, secret) } : {}) })
    .expect(200);
  // The enrolment used this time step's code: the next one accepted must be of a later step.
  if (secret) t.time.advance(30_000);
  return { id: created.id, email, password, token: created.token, secret, recoveryCodes: accepted.body.recoveryCodes };
}

/** A supertest agent that keeps the session cookie, signed in; `csrf` is the session's X-CSRF-Token. */
export async function signIn(t: TestApp, user: ConsoleUser): Promise<{ agent: Agent; csrf: string; body: Record<string, any> }> {
  const agent = request.agent(t.http);
  // Each TOTP code is taken once: a step later than any code used before, and the next code after it.
  if (user.secret) t.time.advance(30_000);
  const code = user.secret ? { code: totpCode(t, user.secret) } : {};
  const answer = await agent
    .post('/api/v1/auth/login')
    .send({ email: user.email, password: user.password, ...code })
    .expect(200);
  if (user.secret) t.time.advance(30_000);
  return { agent, csrf: answer.body.csrfToken, body: answer.body };
}
