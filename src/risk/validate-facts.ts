// Facts that contradict each other. Shape and ranges are the edge's job; these are the combinations no breach can
// have. The edge turns each into a 400 line: `${field} ${problem}`. Pure.
import type { DataCategory, Recipients, RiskFacts } from './facts.js';

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
  (facts) =>
    facts.confidentiality?.accessRuledOut === true && facts.confidentiality.recipients === 'public'
      ? {
          field: 'confidentiality.accessRuledOut',
          problem: "cannot be true when confidentiality.recipients is 'public': published data cannot be shown unread",
        }
      : undefined,
  (facts) =>
    facts.confidentiality?.recipientCount !== undefined && !KNOWN_RECIPIENTS.includes(facts.confidentiality.recipients)
      ? { field: 'confidentiality.recipientCount', problem: "applies only to known recipients ('known_trusted' or 'known_untrusted')" }
      : undefined,
  (facts) =>
    facts.integrity?.restored === true && !facts.integrity.recoverable
      ? { field: 'integrity.restored', problem: 'cannot be true when integrity.recoverable is false' }
      : undefined,
];

const KNOWN_RECIPIENTS: readonly Recipients[] = ['known_trusted', 'known_untrusted'];

/** Each category whose insight is stated must be one of the breach's categories. */
function insightProblems(facts: RiskFacts): FactContradiction[] {
  return Object.keys(facts.dataInsight ?? {})
    .filter((category) => !facts.dataCategories.includes(category as DataCategory))
    .map((category) => ({ field: `dataInsight.${category}`, problem: 'names a category that is not in dataCategories' }));
}

export function factContradictions(facts: RiskFacts): FactContradiction[] {
  return [...CONTRADICTION_CHECKS.flatMap((check) => check(facts) ?? []), ...insightProblems(facts)];
}
