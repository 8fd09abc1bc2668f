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
    const slot = { the: 'reference' };
    const { id, prevHash, ...line } = { ...fields, after: { reference: slot, b: 1 } };
    const { text, slots } = lineParts(line, (value): value is typeof slot => value === slot);
    expect(text).toHaveLength(2);
    expect(slots).toEqual([slot]);
    const completed = text.join(JSON.stringify('BR-2026-0001')) + positionJson(id, prevHash);
    expect(completed).toBe(canonicalJson({ ...fields, at: fields.at.toISOString(), after: { reference: 'BR-2026-0001', b: 1 } }));
  });

  it('names the slots in the order of the text, wherever they are', () => {
    const [first, second] = [{ n: 1 }, { n: 2 }];
    const isSlot = (value: unknown): value is { n: number } => value === first || value === second;
    const { text, slots } = lineParts({ ...fields, before: { z: [first] }, after: { b: second, a: first } }, isSlot);
    expect(slots).toEqual([first, second, first]);
    expect(text.join('0')).toContain('"after":{"a":0,"b":0},"at":"2026-10-24T07:00:00.000Z","before":{"z":[0]}');
  });

  // The service hashes the objects it holds; the database stores the JSON of that text: both must be the JSON
  // JSON.stringify writes of them.
  it.each([
    ['a Date', { at: new Date('2026-10-24T07:00:00Z') }],
    ['an undefined member', { a: undefined, b: 1 }],
    ['undefined, a function and a symbol in an array', [undefined, () => 1, Symbol('s'), 2]],
    ['a member that is a function or a symbol', { f: () => 1, s: Symbol('s'), n: 1 }],
    ['a number JSON has no place for', { nan: Number.NaN, inf: Number.POSITIVE_INFINITY, zero: -0 }],
    ['a toJSON of its own', { money: { toJSON: () => ({ amount: '12.50', currency: 'RON' }) } }],
    ['a toJSON that answers undefined', { gone: { toJSON: () => undefined }, kept: 1 }],
    [
      'a class instance',
      new (class Entity {
        constructor(
          readonly id = 'x',
          readonly tags = ['ș', 'ț'],
        ) {}
      })(),
    ],
    ['keys that sort by code unit', { b: 1, B: 2, á: 3, a: { z: null, y: '"quoted"\n' } }],
    ['a sparse array', Object.assign([], { 0: 1, 2: 3 })],
  ])('writes %s as JSON.stringify would, keys sorted', (_what, value) => {
    expect(canonicalJson(value)).toBe(canonicalJson(JSON.parse(JSON.stringify(value))));
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
