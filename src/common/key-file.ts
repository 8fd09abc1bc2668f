import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A key kept in DATA_DIR (mode 0600), made at first start by `generate` when the file does not exist yet.
 * Written whole under another name, then linked: two instances (or test workers) sharing DATA_DIR at their
 * first start keep one key, the first one's, and nobody reads a half-written file.
 */
export async function loadOrCreateKeyFile(dataDir: string, name: string, generate: () => string): Promise<string> {
  const file = join(dataDir, name);
  const existing = await readFile(file, 'utf8').catch(() => null);
  if (existing) return existing;
  await mkdir(dataDir, { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(draft, generate(), { mode: 0o600 });
  try {
    await link(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(draft);
  }
  return readFile(file, 'utf8');
}
