import { createHash, sign, verify, type KeyObject } from 'node:crypto';

/** What a checkpoint vouches for: the chain had `entries` lines and its last hash was `headHash` at `at`. */
export interface CheckpointClaim {
  entries: number;
  headHash: string;
  at: Date;
}

// Versioned and line-based, so an auditor can rebuild the signed bytes by hand (README: verifying an export).
function signedBytes(claim: CheckpointClaim): Buffer {
  return Buffer.from(`breach-desk audit checkpoint v1\n${claim.entries}\n${claim.headHash}\n${claim.at.toISOString()}\n`, 'utf8');
}

/** Ed25519 signature of the claim, base64. */
export function signCheckpoint(claim: CheckpointClaim, privateKey: KeyObject): string {
  return sign(null, signedBytes(claim), privateKey).toString('base64');
}

export function checkpointSignatureValid(claim: CheckpointClaim, signature: string, publicKey: KeyObject): boolean {
  try {
    return verify(null, signedBytes(claim), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** A short, stable name for a public key: the first 16 hex digits of the SHA-256 of its SPKI DER. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ format: 'der', type: 'spki' }))
    .digest('hex')
    .slice(0, 16);
}
