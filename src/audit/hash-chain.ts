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

/** A line's fields without its place in the chain, which only the chain's head decides. */
export type LineFields = Omit<ChainedFields, 'id' | 'prevHash'>;

export const GENESIS_HASH = '0'.repeat(64);

export function entryHash(f: ChainedFields): string {
  return createHash('sha256')
    .update(lineParts(f, () => false)[0] + positionJson(f.id, f.prevHash))
    .digest('hex');
}

/**
 * The canonical JSON an entry's hash covers, up to its position: "id" and "prevHash" sort after every other key,
 * so the text is this prefix, then positionJson. Split where `isSlot` holds: audit_append (migration 0140) puts
 * the JSON of a value the statement computes between the pieces, and the position after them.
 */
export function lineParts(f: LineFields, isSlot: (value: unknown) => boolean): string[] {
  // Named one by one: an entity passed in also carries its own id and hash, which must not hash themselves.
  const covered = {
    at: f.at.toISOString(),
    actor: f.actor,
    actorName: f.actorName,
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    before: f.before,
    after: f.after,
  };
  const parts = [''];
  writeCanonical(covered, parts, isSlot);
  parts[parts.length - 1] = `${parts[parts.length - 1].slice(0, -1)},`;
  return parts;
}

/** The end of an entry's canonical JSON: its position (audit_append writes the same). */
export function positionJson(id: number, prevHash: string): string {
  return `"id":${id},"prevHash":${JSON.stringify(prevHash)}}`;
}

/** JSON with object keys sorted, so a value hashes the same after a round trip through jsonb. */
export function canonicalJson(value: unknown): string {
  const parts = [''];
  writeCanonical(value, parts, () => false);
  return parts[0];
}

function writeCanonical(value: unknown, parts: string[], isSlot: (value: unknown) => boolean): void {
  const write = (text: string) => {
    parts[parts.length - 1] += text;
  };
  if (isSlot(value)) {
    parts.push('');
  } else if (Array.isArray(value)) {
    write('[');
    value.forEach((item, n) => {
      if (n) write(',');
      writeCanonical(item, parts, isSlot);
    });
    write(']');
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    write('{');
    entries.forEach(([k, v], n) => {
      write(`${n ? ',' : ''}${JSON.stringify(k)}:`);
      writeCanonical(v, parts, isSlot);
    });
    write('}');
  } else {
    write(JSON.stringify(value ?? null));
  }
}
