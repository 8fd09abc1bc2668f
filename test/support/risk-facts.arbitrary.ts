// Consistent incident facts for property tests: every optional fact sometimes absent, no contradictions.
import fc from 'fast-check';
import {
  BREACH_TYPES,
  DATA_CATEGORIES,
  DATA_INSIGHTS,
  IDENTIFIABILITY_LEVELS,
  INCIDENT_ROLES,
  RECIPIENTS,
  type DataCategory,
  type RiskFacts,
  SUBJECT_CATEGORIES,
} from '../../src/risk/facts.js';

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const evidence = { exfiltrationRuledOut: optional(fc.boolean()), peopleDependOnAccess: optional(fc.boolean()) };
const availability = fc.oneof(
  fc.record({
    outageHours: fc.double({ min: 0, max: 500, noNaN: true }),
    restorable: fc.constant(true),
    permanentLoss: fc.constant(false),
    ...evidence,
  }),
  fc.record({
    outageHours: fc.double({ min: 0, max: 500, noNaN: true }),
    restorable: fc.constant(false),
    permanentLoss: fc.boolean(),
    ...evidence,
  }),
);

const confidentiality = fc.record({
  recipients: fc.constantFrom(...RECIPIENTS),
  dataRetrieved: fc.boolean(),
  accessRuledOut: optional(fc.boolean()),
  recipientCount: optional(fc.integer({ min: 1, max: 5000 })),
  recipientMayMisuse: optional(fc.boolean()),
});

const integrity = fc.record({
  altered: fc.boolean(),
  recoverable: fc.boolean(),
  restored: optional(fc.boolean()),
  misuseRuledOut: optional(fc.boolean()),
});

const encryption = fc.oneof(
  fc.constant({ level: 'none' as const, keyCompromised: false }),
  fc.record({ level: fc.constantFrom('weak' as const, 'strong' as const), keyCompromised: fc.boolean() }),
);

/** Consistent facts (no contradictions), with every optional fact sometimes absent. */
export const riskFacts: fc.Arbitrary<RiskFacts> = fc
  .record({
    role: fc.constantFrom(...INCIDENT_ROLES),
    breachTypes: fc.subarray([...BREACH_TYPES], { minLength: 1 }),
    malicious: optional(fc.boolean()),
    dataCategories: fc.subarray([...DATA_CATEGORIES], { minLength: 1, maxLength: 5 }),
    subjectCategories: optional(fc.subarray([...SUBJECT_CATEGORIES], { maxLength: 3 })),
    subjectsAffected: fc.integer({ min: 1, max: 200000 }),
    recordsAffected: optional(fc.integer({ min: 0, max: 2000000 })),
    identifiability: optional(fc.constantFrom(...IDENTIFIABILITY_LEVELS)),
    confidentiality: optional(confidentiality),
    availability: optional(availability),
    integrity: optional(integrity),
    encryption: optional(encryption),
    mitigation: optional(fc.record({ highRiskNoLongerLikely: fc.boolean() })),
    disproportionateEffort: optional(fc.boolean()),
    controllerRevealsSensitiveContext: optional(fc.boolean()),
    dataInsight: optional(fc.dictionary(fc.constantFrom(...DATA_CATEGORIES), fc.constantFrom(...DATA_INSIGHTS), { maxKeys: 3 })),
    safetyAtRisk: optional(fc.boolean()),
    enablesFraud: optional(fc.boolean()),
    subjectsUnreachable: optional(fc.boolean()),
  })
  .map((facts) => (facts.breachTypes.includes('confidentiality') ? facts : { ...facts, confidentiality: undefined }))
  .map(withoutContradictions);

/** Drops the combinations src/risk/validate-facts.ts refuses, so every generated breach is one a caller could send. */
function withoutContradictions(facts: RiskFacts): RiskFacts {
  const confidentiality = facts.confidentiality && {
    ...facts.confidentiality,
    accessRuledOut: facts.confidentiality.recipients === 'public' ? undefined : facts.confidentiality.accessRuledOut,
    recipientCount: facts.confidentiality.recipients.startsWith('known_') ? facts.confidentiality.recipientCount : undefined,
  };
  const integrity = facts.integrity && { ...facts.integrity, restored: facts.integrity.recoverable ? facts.integrity.restored : undefined };
  const dataInsight =
    facts.dataInsight &&
    Object.fromEntries(Object.entries(facts.dataInsight).filter(([category]) => facts.dataCategories.includes(category as DataCategory)));
  return { ...facts, confidentiality, integrity, dataInsight };
}
