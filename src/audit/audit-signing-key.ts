import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/**
 * The key that signs audit checkpoints lives outside the database, so whoever controls the database cannot sign
 * a rewritten chain: AUDIT_SIGNING_KEY, or else a key made at first start in DATA_DIR (mode 0600).
 */
export async function loadOrCreateSigningKey(configured: string | null, dataDir: string): Promise<SigningKey> {
  const pem = configured ?? (await keyInDataDir(dataDir));
  const privateKey = createPrivateKey(pem);
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

async function keyInDataDir(dataDir: string): Promise<string> {
  const file = join(dataDir, 'audit-signing-key.pem');
  const existing = await readFile(file, 'utf8').catch(() => null);
  if (existing) return existing;
  await mkdir(dataDir, { recursive: true });
  const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  // Written whole under another name, then linked: two instances (or test workers) sharing DATA_DIR at their
  // first start keep one key, the first one's, and nobody reads a half-written file.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(draft, pem, { mode: 0o600 });
  try {
    await link(draft, file);
    return pem;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFile(file, 'utf8');
    throw error;
  } finally {
    await unlink(draft);
  }
}
