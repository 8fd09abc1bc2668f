import { GENESIS_HASH, canonicalJson, entryHash } from './hash-chain';

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
});
