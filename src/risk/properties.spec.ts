// Monotonicity: facts that make a breach worse never make its assessment milder.
import fc from 'fast-check';
import type { Assessment } from './assessment.js';
import { assess } from './assess.js';
import { riskFacts } from '../../test/support/risk-facts.arbitrary.js';
import { type RiskFacts, SPECIAL_CATEGORIES } from './facts.js';
import { riskRank } from './risk-level.js';
import { factContradictions } from './validate-facts.js';

const NOW = new Date('2026-03-02T09:00:00Z');
function expectNoMilder(before: Assessment, after: Assessment): void {
  expect(after.severity.score).toBeGreaterThanOrEqual(before.severity.score);
  expect(riskRank(after.riskLevel)).toBeGreaterThanOrEqual(riskRank(before.riskLevel));
  if (before.notifyAuthority) expect(after.notifyAuthority).toBe(true);
}

const RUNS = { numRuns: 500 };

describe('the assessment never gets milder', () => {
  it('generates only consistent facts', () => {
    fc.assert(
      fc.property(riskFacts, (facts) => factContradictions(facts).length === 0),
      RUNS,
    );
  });

  it('when a special category is added', () => {
    fc.assert(
      fc.property(riskFacts, fc.constantFrom(...SPECIAL_CATEGORIES), (facts, special) => {
        const worse = { ...facts, dataCategories: [...new Set([...facts.dataCategories, special])] };
        expectNoMilder(assess(facts, NOW), assess(worse, NOW));
      }),
      RUNS,
    );
  });

  // Scaling records with people keeps the data held about each person the same; more records per
  // person is the volume adjustment's concern, not this one's.
  it('when more people are affected, with as much data about each', () => {
    fc.assert(
      fc.property(riskFacts, fc.integer({ min: 2, max: 100 }), (facts, factor) => {
        const worse = {
          ...facts,
          subjectsAffected: facts.subjectsAffected! * factor,
          recordsAffected: facts.recordsAffected === undefined ? undefined : facts.recordsAffected * factor,
        };
        expectNoMilder(assess(facts, NOW), assess(worse, NOW));
      }),
      RUNS,
    );
  });

  // Two chains, not one: a trusted recipient bound by secrecy and an exposure nobody is known to have read are not
  // comparable (the first is a known, recoverable disclosure capped at a risk; the second may have reached anyone).
  it.each([
    ['none_confirmed < known_untrusted < unknown < public', ['none_confirmed', 'known_untrusted', 'unknown', 'public']],
    ['known_trusted < known_untrusted < unknown < public', ['known_trusted', 'known_untrusted', 'unknown', 'public']],
  ] as const)('when the recipients are less trusted (%s)', (_chain, chain) => {
    const ranks = fc.tuple(fc.nat({ max: chain.length - 1 }), fc.nat({ max: chain.length - 1 }));
    fc.assert(
      fc.property(riskFacts, ranks, fc.boolean(), (facts, [a, b], dataRetrieved) => {
        const withRecipients = (rank: number): RiskFacts => ({
          ...facts,
          breachTypes: [...new Set([...facts.breachTypes, 'confidentiality' as const])],
          confidentiality: { recipients: chain[rank], dataRetrieved },
        });
        expectNoMilder(assess(withRecipients(Math.min(a, b)), NOW), assess(withRecipients(Math.max(a, b)), NOW));
      }),
      RUNS,
    );
  });

  it('when the encryption is removed', () => {
    fc.assert(
      fc.property(riskFacts, fc.boolean(), (facts, statedAsNone) => {
        const worse: RiskFacts = { ...facts, encryption: statedAsNone ? { level: 'none', keyCompromised: false } : undefined };
        expectNoMilder(assess(facts, NOW), assess(worse, NOW));
      }),
      RUNS,
    );
  });
});
