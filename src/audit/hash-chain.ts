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
    .update(lineParts(f, noSlot).text[0] + positionJson(f.id, f.prevHash))
    .digest('hex');
}

/**
 * The canonical JSON an entry's hash covers, up to its position: "id" and "prevHash" sort after every other key,
 * so the text is this prefix, then positionJson. Split where `isSlot` holds, `slots` naming what stood there in
 * order: audit_append (migrations 0140, 0270) puts the JSON of a value the statement computes between the pieces,
 * the position after them, and stores the entry's columns from the whole text.
 *
 * `before` and `after` may be as the caller holds them (entities, Dates): the text is what JSON.stringify would
 * write of them, keys sorted, so the stored JSON is the hashed JSON.
 */
export function lineParts<S>(f: LineFields, isSlot: (value: unknown) => value is S): { text: string[]; slots: S[] } {
  // Named one by one: an entity passed in also carries its own id and hash, which must not hash themselves.
  const covered = {
    at: f.at.toISOString(),
    actor: f.actor,
    actorName: f.actorName,
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    before: f.before ?? null,
    after: f.after ?? null,
  };
  const writer = new CanonicalWriter(isSlot);
  writer.write(covered);
  writer.text = `${writer.text.slice(0, -1)},`;
  return { text: [...writer.pieces, writer.text], slots: writer.slots };
}

/** The end of an entry's canonical JSON: its position (audit_append writes the same). */
export function positionJson(id: number, prevHash: string): string {
  return `"id":${id},"prevHash":${JSON.stringify(prevHash)}}`;
}

/** JSON with object keys sorted, so a value hashes the same after a round trip through jsonb. */
export function canonicalJson(value: unknown): string {
  const writer = new CanonicalWriter(noSlot);
  writer.write(value);
  return writer.text;
}

function noSlot(_value: unknown): _value is never {
  return false;
}

/**
 * JSON as JSON.stringify writes it (a value's toJSON first; members that JSON has no place for left out of an
 * object, null in an array), with object keys sorted; a new piece begun at each slot (an object: only objects are
 * asked, which keeps the question off every string and number).
 */
class CanonicalWriter<S> {
  readonly pieces: string[] = [];
  readonly slots: S[] = [];
  text = '';

  constructor(private readonly isSlot: (value: unknown) => value is S) {}

  write(raw: unknown): void {
    if (this.slotted(raw)) this.breakAt(raw);
    else this.writeJson(asJson(raw));
  }

  /** Ends the current piece where `slot`'s value goes. */
  private breakAt(slot: S): void {
    this.slots.push(slot);
    this.pieces.push(this.text);
    this.text = '';
  }

  private slotted(raw: unknown): raw is S {
    return typeof raw === 'object' && raw !== null && this.isSlot(raw);
  }

  /** `value` already through its toJSON. */
  private writeJson(value: unknown): void {
    if (typeof value !== 'object' || value === null) {
      this.text += hasJson(value) ? JSON.stringify(value) : 'null';
    } else if (Array.isArray(value)) {
      this.text += '[';
      for (let n = 0; n < value.length; n++) {
        if (n) this.text += ',';
        this.write(value[n]);
      }
      this.text += ']';
    } else {
      this.text += '{';
      let separator = '';
      // Array.prototype.sort's default order is the keys' UTF-16 code units, which is the canonical order.
      for (const key of Object.keys(value).sort()) {
        const raw = (value as Record<string, unknown>)[key];
        const slot = this.slotted(raw);
        const member = slot ? raw : asJson(raw);
        if (!slot && !hasJson(member)) continue;
        this.text += `${separator}${JSON.stringify(key)}:`;
        separator = ',';
        if (slot) this.breakAt(raw);
        else this.writeJson(member);
      }
      this.text += '}';
    }
  }
}

function asJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { toJSON } = value as { toJSON?: unknown };
  return typeof toJSON === 'function' ? (toJSON as () => unknown).call(value) : value;
}

/** Whether JSON.stringify writes the value (an object's member it leaves out; an array's it writes as null). */
function hasJson(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
