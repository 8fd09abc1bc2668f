import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;
// argon2 over a megabyte of "password" is work an attacker could make us do at will.
export const MAX_PASSWORD_LENGTH = 1024;

/** argon2id (the library's default, m=19 MiB, t=2, p=1: OWASP's minimum), as a PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Checked when the email is unknown or has no password yet, so that answer takes as long as a wrong password.
let unknownUserHash: Promise<string> | null = null;

export async function passwordMatches(stored: string | null, password: string): Promise<boolean> {
  unknownUserHash ??= hash('no user has this password');
  const matches = await verify(stored ?? (await unknownUserHash), password);
  return stored !== null && matches;
}
