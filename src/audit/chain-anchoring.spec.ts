import { checkAgainstCheckpoints } from './chain-anchoring';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
const hashes = new Map([
  [5, 'h5'],
  [10, 'h10'],
  [15, 'h15'],
]);

describe('the chain compared with its signed checkpoints', () => {
  it('finds nothing when every checkpoint still matches the chain', () => {
    const findings = checkAgainstCheckpoints(17, hashes, [
      { entries: 5, headHash: 'h5', at: at(0) },
      { entries: 15, headHash: 'h15', at: at(10) },
    ]);
    expect(findings).toEqual({ furthest: { entries: 15, headHash: 'h15', at: at(10) }, missingEntries: null, rewritten: null });
  });

  it('reports the entries a checkpoint vouched for that are gone (a deleted tail)', () => {
    const findings = checkAgainstCheckpoints(12, hashes, [
      { entries: 10, headHash: 'h10', at: at(0) },
      { entries: 15, headHash: 'h15', at: at(5) },
    ]);
    expect(findings.missingEntries).toEqual({ from: 13, to: 15 });
    expect(findings.rewritten).toBeNull();
  });

  it('reports a re-hashed chain from the first checkpoint it contradicts, suspecting everything after the last match', () => {
    const findings = checkAgainstCheckpoints(17, hashes, [
      { entries: 5, headHash: 'h5', at: at(0) },
      { entries: 10, headHash: 'original h10', at: at(5) },
      { entries: 15, headHash: 'original h15', at: at(10) },
    ]);
    expect(findings.rewritten).toEqual({ checkpoint: { entries: 10, headHash: 'original h10', at: at(5) }, firstSuspect: 6 });
    expect(findings.missingEntries).toBeNull();
  });

  it('sees a deleted tail that new entries have since overgrown as a rewrite', () => {
    // entries 11–15 deleted, then 11–17 appended anew: the checkpoint at 15 no longer matches
    const findings = checkAgainstCheckpoints(
      17,
      new Map([
        [10, 'h10'],
        [15, 'new h15'],
      ]),
      [
        { entries: 10, headHash: 'h10', at: at(0) },
        { entries: 15, headHash: 'h15', at: at(5) },
      ],
    );
    expect(findings.rewritten?.firstSuspect).toBe(11);
  });

  it('has nothing to say without checkpoints', () => {
    expect(checkAgainstCheckpoints(3, new Map(), [])).toEqual({ furthest: null, missingEntries: null, rewritten: null });
  });
});
