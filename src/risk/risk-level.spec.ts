// The EDPB factors that move the risk level beyond the ENISA score, one at a time.
import type { RiskLevel } from './assessment.js';
import { assess } from './assess.js';
import type { RiskFacts } from './facts.js';

const NOW = new Date('2026-03-02T09:00:00Z');

/** A low-severity disclosure: a few customers' contact data sent to one wrong, known address. */
const MINOR: RiskFacts = {
  role: 'controller',
  breachTypes: ['confidentiality'],
  malicious: false,
  dataCategories: ['contact'],
  subjectCategories: ['customers'],
  subjectsAffected: 20,
  confidentiality: { recipients: 'known_untrusted', dataRetrieved: false },
};

describe('risk level', () => {
  it('starts from severity: low is unlikely', () => {
    const assessment = assess(MINOR, NOW);
    expect([assessment.severity.level, assessment.riskLevel]).toEqual(['low', 'unlikely']);
  });

  it.each<[string, Partial<RiskFacts>, RiskLevel, string]>([
    ['1000 people are affected', { subjectsAffected: 1000 }, 'risk', 'edpb.number_of_people'],
    [
      '100 000 people are affected at medium severity',
      { subjectsAffected: 100000, confidentiality: { recipients: 'unknown', dataRetrieved: false }, malicious: true },
      'high_risk',
      'edpb.number_of_people',
    ],
    ['100 000 people are affected at low severity', { subjectsAffected: 100000 }, 'risk', 'edpb.number_of_people'],
    [
      'data are lost for good',
      {
        breachTypes: ['availability'],
        confidentiality: undefined,
        availability: { outageHours: 0, restorable: false, permanentLoss: true },
      },
      'risk',
      'edpb.permanence',
    ],
    [
      'altered data cannot be restored',
      { breachTypes: ['integrity'], confidentiality: undefined, integrity: { altered: true, recoverable: false } },
      'risk',
      'edpb.permanence',
    ],
    [
      'the data were unavailable for a day',
      {
        breachTypes: ['availability'],
        confidentiality: undefined,
        availability: { outageHours: 24, restorable: true, permanentLoss: false },
      },
      'risk',
      'edpb.prolonged_unavailability',
    ],
    [
      'readable special category data were disclosed',
      { dataCategories: ['contact', 'religious_beliefs'] },
      'high_risk',
      'edpb.special_categories',
    ],
    [
      "the controller's identity reveals a sensitive context",
      { controllerRevealsSensitiveContext: true },
      'high_risk',
      'edpb.special_categories',
    ],
    [
      'identity and national id numbers were disclosed',
      { dataCategories: ['identity', 'national_id'] },
      'high_risk',
      'edpb.identity_fraud',
    ],
    ['identity and financial data were disclosed', { dataCategories: ['identity', 'financial'] }, 'high_risk', 'edpb.identity_fraud'],
    ['credentials and contact data were disclosed', { dataCategories: ['contact', 'credentials'] }, 'high_risk', 'edpb.identity_fraud'],
    ['credentials and accounts were disclosed', { dataCategories: ['account', 'credentials'] }, 'high_risk', 'edpb.identity_fraud'],
    ['someone took the data deliberately', { malicious: true }, 'risk', 'edpb.malicious_actor'],
    ['the data were made public', { confidentiality: { recipients: 'public', dataRetrieved: false } }, 'risk', 'edpb.published'],
  ])('is raised when %s', (_case, overrides, riskLevel, factor) => {
    const assessment = assess({ ...MINOR, ...overrides }, NOW);
    expect(assessment.riskLevel).toBe(riskLevel);
    expect(assessment.reasons.map((reason) => reason.factor)).toContain(factor);
  });

  it.each<[string, Partial<RiskFacts>]>([
    ['the data are unintelligible', { encryption: { level: 'strong', keyCompromised: false } }],
    ['a trusted recipient returned the data', { confidentiality: { recipients: 'known_trusted', dataRetrieved: true } }],
    [
      'the evidence shows nobody read the exposed copy',
      { confidentiality: { recipients: 'none_confirmed', dataRetrieved: true, accessRuledOut: true } },
    ],
  ])('is unlikely for readable health data of 5000 patients when %s', (_case, overrides) => {
    const facts: RiskFacts = {
      ...MINOR,
      dataCategories: ['identity', 'health'],
      subjectCategories: ['patients'],
      subjectsAffected: 5000,
      malicious: true,
    };
    const assessment = assess({ ...facts, ...overrides }, NOW);
    expect(assessment.riskLevel).toBe('unlikely');
    expect(assessment.reasons).toContainEqual(
      expect.objectContaining({ factor: 'edpb.mitigated', effect: expect.stringMatching(/→ unlikely$/) }),
    );
  });

  it('is unlikely when a short outage was restored from a backup and the altered data restored unused, with no other effect', () => {
    const facts: RiskFacts = {
      ...MINOR,
      breachTypes: ['availability', 'integrity'],
      confidentiality: undefined,
      availability: { outageHours: 5, restorable: true, permanentLoss: false },
      integrity: { altered: true, recoverable: true, restored: true, misuseRuledOut: true },
      subjectsAffected: 20000,
    };
    expect(assess(facts, NOW).riskLevel).toBe('unlikely');
  });

  it('is not unlikely when only one part of the breach is mitigated', () => {
    const facts: RiskFacts = {
      ...MINOR,
      breachTypes: ['confidentiality', 'availability'],
      availability: { outageHours: 0, restorable: false, permanentLoss: true },
      encryption: { level: 'strong', keyCompromised: false },
    };
    const assessment = assess(facts, NOW);
    expect(assessment.riskLevel).toBe('risk');
    expect(assessment.reasons).toContainEqual(expect.objectContaining({ factor: 'edpb.mitigation.confidentiality' }));
  });

  it('does not let unintelligible data raise the level as a disclosure', () => {
    const facts: RiskFacts = {
      ...MINOR,
      dataCategories: ['identity', 'national_id', 'health'],
      encryption: { level: 'strong', keyCompromised: false },
    };
    const factors = assess(facts, NOW).reasons.map((reason) => reason.factor);
    expect(factors).not.toContain('edpb.special_categories');
    expect(factors).not.toContain('edpb.identity_fraud');
  });

  it('leans to notifying when a declared breach comes without its details', () => {
    const assessment = assess({ ...MINOR, breachTypes: ['availability'], confidentiality: undefined }, NOW);
    expect(assessment.riskLevel).toBe('risk');
    expect(assessment.reasons).toContainEqual(
      expect.objectContaining({ factor: 'cb.availability', explanation: expect.stringContaining('assumed') }),
    );
  });
});
