import { generateKeyPairSync } from 'node:crypto';
import { checkpointSignatureValid, keyIdOf, signCheckpoint, type CheckpointClaim } from './checkpoint-signature';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const claim: CheckpointClaim = { entries: 42, headHash: 'a'.repeat(64), at: new Date('2026-12-01T10:00:00Z') };

describe('audit checkpoint signatures', () => {
  it('verify for the claim that was signed, with the signing key', () => {
    expect(checkpointSignatureValid(claim, signCheckpoint(claim, privateKey), publicKey)).toBe(true);
  });

  it.each([
    ['fewer entries (a truncated tail)', { ...claim, entries: 41 }],
    ['another head hash (a rewritten chain)', { ...claim, headHash: 'b'.repeat(64) }],
    ['another time', { ...claim, at: new Date('2026-12-01T10:00:01Z') }],
  ])('fail for %s', (_, changed) => {
    expect(checkpointSignatureValid(changed, signCheckpoint(claim, privateKey), publicKey)).toBe(false);
  });

  it('fail with another key, and for a signature that is not base64 Ed25519', () => {
    const other = generateKeyPairSync('ed25519');
    expect(checkpointSignatureValid(claim, signCheckpoint(claim, other.privateKey), publicKey)).toBe(false);
    expect(checkpointSignatureValid(claim, 'not a signature', publicKey)).toBe(false);
  });

  it('name a key by its public half, the same every time', () => {
    expect(keyIdOf(publicKey)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyIdOf(publicKey)).toBe(keyIdOf(publicKey));
    expect(keyIdOf(generateKeyPairSync('ed25519').publicKey)).not.toBe(keyIdOf(publicKey));
  });
});
