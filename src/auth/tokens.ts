import { createHash, randomBytes } from 'node:crypto';

const TOKEN_PREFIX = 'bd_';

/** 256 random bits; shown once, stored only as a hash. */
export function newApiToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

// A fast hash is enough here: the tokens are long random secrets, so there is nothing to brute-force.
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function tokenPrefix(token: string): string {
  return token.slice(0, TOKEN_PREFIX.length + 6);
}
