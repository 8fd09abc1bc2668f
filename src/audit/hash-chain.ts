import { createHash } from 'node:crypto';

/** What an audit entry's hash covers: every column but the hash itself. */
export interface ChainedFields {
  id: number;
  at: Date;
  actor: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export function entryHash(f: ChainedFields): string {
  // Named one by one: an entity passed in also carries its own hash, which must not hash itself.
  const covered = {
    id: f.id,
    at: f.at.toISOString(),
    actor: f.actor,
    actorName: f.actorName,
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    before: f.before,
    after: f.after,
    prevHash: f.prevHash,
  };
  return createHash('sha256').update(canonicalJson(covered)).digest('hex');
}

/** JSON with object keys sorted, so a value hashes the same after a round trip through jsonb. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
