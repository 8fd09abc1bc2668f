// Consistent incident facts for property tests: every optional fact sometimes absent, no contradictions.
import fc from 'fast-check';
import {
  BREACH_TYPES,
  DATA_CATEGORIES,
  IDENTIFIABILITY_LEVELS,
  INCIDENT_ROLES,
  RECIPIENTS,
  type RiskFacts,
  SUBJECT_CATEGORIES,
} from '../../src/risk/facts.js';

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const availability = fc.oneof(
  fc.record({ outageHours: fc.double({ min: 0, max: 500, noNaN: true }), restorable: fc.constant(true), permanentLoss: fc.constant(false) }),
  fc.record({ outageHours: fc.double({ min: 0, max: 500, noNaN: true }), restorable: fc.constant(false), permanentLoss: fc.boolean() }),
);

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
    confidentiality: optional(fc.record({ recipients: fc.constantFrom(...RECIPIENTS), dataRetrieved: fc.boolean() })),
    availability: optional(availability),
    integrity: optional(fc.record({ altered: fc.boolean(), recoverable: fc.boolean() })),
    encryption: optional(encryption),
    mitigation: optional(fc.record({ highRiskNoLongerLikely: fc.boolean() })),
    disproportionateEffort: optional(fc.boolean()),
    controllerRevealsSensitiveContext: optional(fc.boolean()),
  })
  .map((facts) => (facts.breachTypes.includes('confidentiality') ? facts : { ...facts, confidentiality: undefined }));

