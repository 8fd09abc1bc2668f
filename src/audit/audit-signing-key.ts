import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { loadOrCreateKeyFile } from '../common/key-file.js';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/**
 * The key that signs audit checkpoints lives outside the database, so whoever controls the database cannot sign
 * a rewritten chain: AUDIT_SIGNING_KEY, or else a key made at first start in DATA_DIR (mode 0600).
 */
export async function loadOrCreateSigningKey(configured: string | null, dataDir: string): Promise<SigningKey> {
  const pem =
    configured ??
    (await loadOrCreateKeyFile(dataDir, 'audit-signing-key.pem', () =>
      generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    ));
  const privateKey = createPrivateKey(pem);
  return { privateKey, publicKey: createPublicKey(privateKey) };
}
