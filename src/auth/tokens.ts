import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_PREFIX = 'bd_';

/** 256 random bits; shown once, stored only as a hash. */
export function newApiToken(): string {
  return TOKEN_PREFIX + newOpaqueToken();
}

/** 256 random bits for a session cookie, a CSRF token or an invitation link. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

// A fast hash is enough here: the tokens are long random secrets, so there is nothing to brute-force.
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function tokenPrefix(token: string): string {
  return token.slice(0, TOKEN_PREFIX.length + 6);
}

/** Compared as digests: equal lengths for timingSafeEqual, and no early exit that tells how much matched. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
