// Facts that contradict each other. Shape and ranges are the edge's job; these are the combinations no breach can
// have. The edge turns each into a 400 line: `${field} ${problem}`. Pure.
import type { RiskFacts } from './facts.js';

export interface FactContradiction {
  field: string;
  problem: string;
}

type ContradictionCheck = (facts: RiskFacts) => FactContradiction | undefined;

const CONTRADICTION_CHECKS: readonly ContradictionCheck[] = [
  (facts) =>
    facts.availability?.permanentLoss === true && facts.availability.restorable
      ? { field: 'availability.permanentLoss', problem: 'cannot be true when availability.restorable is true' }
      : undefined,
  (facts) =>
    facts.confidentiality !== undefined && !facts.breachTypes.includes('confidentiality')
      ? { field: 'confidentiality', problem: "is given but breachTypes does not include 'confidentiality'" }
      : undefined,
  (facts) =>
    facts.encryption?.keyCompromised === true && facts.encryption.level === 'none'
      ? { field: 'encryption.keyCompromised', problem: "cannot be true when encryption.level is 'none'" }
      : undefined,
];

export function factContradictions(facts: RiskFacts): FactContradiction[] {
  return CONTRADICTION_CHECKS.flatMap((check) => check(facts) ?? []);
}
