import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'bd_session';
export const CSRF_HEADER = 'X-CSRF-Token';

/** The session cookie's value, if the request carries one. */
export function sessionCookieOf(request: Request): string | null {
  for (const pair of (request.header('cookie') ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === SESSION_COOKIE) return decodeURIComponent(pair.slice(at + 1).trim()) || null;
  }
  return null;
}

/**
 * HttpOnly: no script reads it. SameSite=Lax: other sites' requests carry it only for top-level navigation (so the
 * Slack "Read it" link lands signed in), and state-changing requests need X-CSRF-Token besides. Secure when the
 * service is served over https (PUBLIC_URL).
 */
export function setSessionCookie(response: Response, token: string, lifetimeMs: number, secure: boolean): void {
  // Max-Age, not an instant: the browser's clock need not agree with ours.
  response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: lifetimeMs });
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
