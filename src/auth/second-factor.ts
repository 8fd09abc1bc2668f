import { createHash } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { toString as qrCodeToString } from 'qrcode';

const ISSUER = 'Breach Desk';
const PERIOD_SECONDS = 30;
// One step either way: an authenticator whose clock is up to 30 s off still works.
const WINDOW = 1;
const RECOVERY_CODES = 10;

/** 160 random bits, base32: what authenticator apps and password managers expect (RFC 6238, RFC 4226). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secret: string, account: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: account, secret: Secret.fromBase32(secret), period: PERIOD_SECONDS });
}

export function otpauthUrl(secret: string, account: string): string {
  return totpFor(secret, account).toString();
}

export function qrCodeSvg(text: string): Promise<string> {
  return qrCodeToString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export function looksLikeTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code.trim());
}

/** The time step `code` belongs to when it is valid at `now` (within one step), else null. */
export function totpStep(secret: string, code: string, now: Date): number | null {
  const delta = totpFor(secret, '').validate({ token: code.trim(), timestamp: now.getTime(), window: WINDOW });
  return delta === null ? null : TOTP.counter({ period: PERIOD_SECONDS, timestamp: now.getTime() }) + delta;
}

/** Ten codes of 80 random bits each, as `xxxx-xxxx-xxxx-xxxx` (base32, lower case). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODES }, () => {
    const code = new Secret({ size: 10 }).base32.toLowerCase();
    return code.match(/.{4}/g)!.join('-');
  });
}

// 80 random bits leave nothing to brute-force, so a fast hash is enough (as for API tokens).
export function recoveryCodeHash(code: string): string {
  const normal = code.toLowerCase().replace(/[\s-]/g, '');
  return createHash('sha256').update(normal, 'utf8').digest('hex');
}
