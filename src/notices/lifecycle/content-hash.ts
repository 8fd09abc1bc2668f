import { createHash } from 'node:crypto';

/** SHA-256 of the exact body (UTF-8), hex: what the DPO approved and what was sent can be told apart by it. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}
