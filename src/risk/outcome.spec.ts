// Art. 33 and 34 decisions, and every Art. 34(3) exemption.
import type { Exemption, RiskLevel } from './assessment.js';
import { assess } from './assess.js';
import type { RiskFacts } from './facts.js';

const NOW = new Date('2026-03-02T09:00:00Z');

/** Readable health data of patients in unknown hands: a high risk on every count. */
const HIGH_RISK: RiskFacts = {
  role: 'controller',
  breachTypes: ['confidentiality'],
  malicious: true,
  dataCategories: ['identity', 'health'],
  subjectCategories: ['patients'],
  subjectsAffected: 200,
  confidentiality: { recipients: 'unknown', dataRetrieved: false },
};

/** Encrypted application forms exfiltrated during a 30-hour outage: high only because of the disclosure. */
const HIGH_BECAUSE_OF_ENCRYPTED_DISCLOSURE: RiskFacts = {
  role: 'controller',
  breachTypes: ['confidentiality', 'availability'],
  malicious: true,
  dataCategories: ['identity', 'contact', 'professional'],
  subjectCategories: ['job_applicants'],
  subjectsAffected: 300,
  confidentiality: { recipients: 'unknown', dataRetrieved: false },
  availability: { outageHours: 30, restorable: true, permanentLoss: false },
  encryption: { level: 'strong', keyCompromised: false },
};

describe('communication to data subjects (Art. 34)', () => {
  it.each<[string, RiskFacts, Exemption[], boolean]>([
    ['no exemption applies', HIGH_RISK, [], true],
    [
      'the disclosed data are unintelligible and the rest of the breach is not a high risk (art34_3_a)',
      HIGH_BECAUSE_OF_ENCRYPTED_DISCLOSURE,
      ['art34_3_a'],
      false,
    ],
    [
      'the controller claims measures made the high risk no longer likely (art34_3_b)',
      { ...HIGH_RISK, mitigation: { measures: 'the stolen disk was recovered unopened', highRiskNoLongerLikely: true } },
      ['art34_3_b'],
      false,
    ],
    [
      'reaching people one by one is disproportionate: communicate publicly (art34_3_c)',
      { ...HIGH_RISK, disproportionateEffort: true },
      ['art34_3_c'],
      true,
    ],
    [
      'measures removed the high risk, so no public communication is needed either (art34_3_b over art34_3_c)',
      { ...HIGH_RISK, disproportionateEffort: true, mitigation: { highRiskNoLongerLikely: true } },
      ['art34_3_b'],
      false,
    ],
    ['the high risk no longer being likely is not claimed', { ...HIGH_RISK, mitigation: { highRiskNoLongerLikely: false } }, [], true],
  ])('when %s', (_case, facts, exemptions, notifyDataSubjects) => {
    const assessment = assess(facts, NOW);
    expect(assessment.riskLevel).toBe('high_risk');
    expect({ exemptions: assessment.exemptions, notifyDataSubjects: assessment.notifyDataSubjects }).toEqual({
      exemptions,
      notifyDataSubjects,
    });
    expect(assessment.reasons.map((reason) => reason.factor)).toEqual(
      expect.arrayContaining([...exemptions.map((exemption) => `exemption.${exemption}`), 'decision.data_subjects']),
    );
  });

  it('tells people despite encryption when the loss of availability is a high risk by itself', () => {
    const facts: RiskFacts = {
      ...HIGH_BECAUSE_OF_ENCRYPTED_DISCLOSURE,
      dataCategories: ['identity', 'health'],
      subjectCategories: ['patients'],
    };
    const assessment = assess(facts, NOW);
    expect(assessment).toEqual(expect.objectContaining({ riskLevel: 'high_risk', notifyDataSubjects: true, exemptions: [] }));
    expect(assessment.reasons).toContainEqual(expect.objectContaining({ factor: 'exemption.art34_3_a', effect: 'does not apply' }));
  });

  it('says to communicate publicly under Art. 34(3)(c)', () => {
    const decision = assess({ ...HIGH_RISK, disproportionateEffort: true }, NOW).reasons.find(
      (reason) => reason.factor === 'decision.data_subjects',
    );
    expect(decision?.effect).toBe('communicate publicly');
  });

  it('lists no exemption when the risk is not high, whatever the flags say', () => {
    const facts: RiskFacts = {
      ...HIGH_RISK,
      dataCategories: ['identity', 'contact'],
      subjectCategories: ['customers'],
      confidentiality: { recipients: 'known_untrusted', dataRetrieved: false },
      disproportionateEffort: true,
      mitigation: { highRiskNoLongerLikely: true },
    };
    expect(assess(facts, NOW)).toEqual(expect.objectContaining({ riskLevel: 'risk', notifyDataSubjects: false, exemptions: [] }));
  });
});

describe('notice to the authority (Art. 33)', () => {
  it.each<[RiskLevel, RiskFacts, boolean]>([
    ['unlikely', { ...HIGH_RISK, confidentiality: { recipients: 'known_trusted', dataRetrieved: true } }, false],
    ['risk', { ...HIGH_RISK, dataCategories: ['identity', 'contact'], subjectCategories: ['customers'] }, true],
    ['high_risk', HIGH_RISK, true],
  ])('at %s, notifyAuthority is %s', (riskLevel, facts, notifyAuthority) => {
    expect(assess(facts, NOW)).toEqual(expect.objectContaining({ riskLevel, notifyAuthority }));
  });

  it('tells a processor to warn its controllers, not to notify ANSPDCP in its own name', () => {
    const reasons = assess({ ...HIGH_RISK, role: 'processor' }, NOW).reasons;
    expect(reasons.find((reason) => reason.factor === 'decision.controllers')?.explanation).toContain('Art. 33(2)');
    expect(reasons.find((reason) => reason.factor === 'decision.authority')).toEqual(
      expect.objectContaining({ code: 'decision.authority.processor' }),
    );
  });
});
