import fc from 'fast-check';
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

  // The service hashes the objects it records as they are; the verifier hashes what jsonb gave back.
  it('writes an object as its JSON would read back: dates, toJSON, members JSON leaves out', () => {
    class Entity {
      id = 'e1';
      at = new Date('2026-10-24T07:00:00.123Z');
      gone = undefined;
      skipped = () => 'a function';
      nested = { when: [new Date(0), undefined, () => 1], z: Symbol('s'), a: { toJSON: () => ({ y: 1, x: 2 }) } };
    }
    const entity = new Entity();
    expect(canonicalJson(entity)).toBe(canonicalJson(JSON.parse(JSON.stringify(entity))));
    expect(canonicalJson(entity)).toBe(
      '{"at":"2026-10-24T07:00:00.123Z","id":"e1","nested":{"a":{"x":2,"y":1},"when":["1970-01-01T00:00:00.000Z",null,null]}}',
    );
  });

  it('hashes any JSON-able value as its JSON round trip hashes', () => {
    const value = fc.oneof(fc.jsonValue(), fc.date({ noInvalidDate: true }), fc.constant(undefined));
    const recorded = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, value, fc.array(tie('tree')), fc.dictionary(fc.string(), tie('tree'))),
    })).tree;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), recorded), (after) => {
        expect(canonicalJson(after)).toBe(canonicalJson(JSON.parse(JSON.stringify(after))));
      }),
    );
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
