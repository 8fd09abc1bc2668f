import { GENESIS_HASH, canonicalJson, entryHash, lineParts, positionJson } from './hash-chain';

const fields = {
  id: 1,
  at: new Date('2026-10-24T07:00:00Z'),
  actor: 'system',
  actorName: 'Breach Desk',
  action: 'incident.created',
  entityType: 'incident',
  entityId: 'x',
  before: null,
  after: { b: 1, a: [{ d: 2, c: 3 }] },
  prevHash: GENESIS_HASH,
};

describe('audit hash chain', () => {
  it('hashes the same after jsonb reorders object keys', () => {
    expect(entryHash({ ...fields, after: { a: [{ c: 3, d: 2 }], b: 1 } })).toBe(entryHash(fields));
  });

  it('ignores a hash property carried by the entry itself', () => {
    expect(entryHash({ ...fields, hash: 'whatever' } as typeof fields)).toBe(entryHash(fields));
  });

  it('changes when any covered field changes', () => {
    const base = entryHash(fields);
    expect(entryHash({ ...fields, actor: 'user:1' })).not.toBe(base);
    expect(entryHash({ ...fields, prevHash: 'f'.repeat(64) })).not.toBe(base);
    expect(entryHash({ ...fields, after: { b: 2, a: [{ d: 2, c: 3 }] } })).not.toBe(base);
  });

  it('writes canonical JSON with sorted keys and without undefined members', () => {
    expect(canonicalJson({ b: 1, a: undefined, c: [null, 'x'] })).toBe('{"b":1,"c":[null,"x"]}');
  });

  it('splits the hashed text where a value of the statement goes; the position ends it (what audit_append completes)', () => {
    const slot = {};
    const { id, prevHash, ...line } = { ...fields, after: { reference: slot, b: 1 } };
    const parts = lineParts(line, (value) => value === slot);
    expect(parts).toHaveLength(2);
    const completed = parts.join(JSON.stringify('BR-2026-0001')) + positionJson(id, prevHash);
    expect(completed).toBe(canonicalJson({ ...fields, at: fields.at.toISOString(), after: { reference: 'BR-2026-0001', b: 1 } }));
  });
});
