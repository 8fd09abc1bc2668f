// Context the national authorities weigh (issue #12.3; docs/risk-method.md §8): each fact, with the decision it comes from.
import { assess } from './assess.js';
import type { RiskFacts } from './facts.js';

const NOW = new Date('2026-03-02T09:00:00Z');
const codesOf = (facts: RiskFacts) => assess(facts, NOW).reasons.map((reason) => reason.code);

/** One letter with a person's new address, opened by someone it was not meant for. */
const ADDRESS_LETTER: RiskFacts = {
  role: 'controller',
  breachTypes: ['confidentiality'],
  malicious: false,
  dataCategories: ['identity', 'contact'],
  subjectCategories: ['customers'],
  subjectsAffected: 1,
  confidentiality: { recipients: 'known_untrusted', dataRetrieved: false, recipientCount: 1 },
};

describe('context the regulators weigh', () => {
  it('needs no notice for an ordinary misdirected address letter', () => {
    expect(assess(ADDRESS_LETTER, NOW).riskLevel).toBe('unlikely');
  });

  it("tells the person when the letter with a domestic-abuse victim's new address reached her ex-partner (ICO, Charnwood BC 2023)", () => {
    const facts: RiskFacts = {
      ...ADDRESS_LETTER,
      safetyAtRisk: true,
      confidentiality: { ...ADDRESS_LETTER.confidentiality!, recipientMayMisuse: true },
    };
    expect(assess(facts, NOW)).toEqual(
      expect.objectContaining({ riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true }),
    );
    expect(codesOf(facts)).toEqual(expect.arrayContaining(['dpc.safety', 'edpb.safety_at_risk', 'edpb.recipient_may_misuse.locates']));
  });

  it('is a high risk when a recipient with a reason to misuse learns where the person lives (Irish DPC, Tusla 2020)', () => {
    const facts: RiskFacts = { ...ADDRESS_LETTER, confidentiality: { ...ADDRESS_LETTER.confidentiality!, recipientMayMisuse: true } };
    expect(assess(facts, NOW).riskLevel).toBe('high_risk');
  });

  it('is a risk when a competitor receives data that do not locate anyone', () => {
    const facts: RiskFacts = {
      ...ADDRESS_LETTER,
      dataCategories: ['identity', 'professional'],
      confidentiality: { ...ADDRESS_LETTER.confidentiality!, recipientMayMisuse: true },
    };
    expect(assess(facts, NOW).riskLevel).toBe('risk');
    expect(codesOf(facts)).toContain('edpb.recipient_may_misuse');
  });

  it('is a high risk when the data suffice to impersonate people, such as ID document copies (UODO DKN.5131.3.2021)', () => {
    const facts: RiskFacts = { ...ADDRESS_LETTER, enablesFraud: true };
    expect(assess(facts, NOW)).toEqual(expect.objectContaining({ riskLevel: 'high_risk', notifyDataSubjects: true }));
    expect(codesOf(facts)).toContain('edpb.enables_fraud');
  });

  it('tells people publicly when the controller cannot tell who is affected or reach them (Art. 34(3)(c))', () => {
    const facts: RiskFacts = { ...ADDRESS_LETTER, enablesFraud: true, subjectsUnreachable: true };
    const assessment = assess(facts, NOW);
    expect(assessment).toEqual(expect.objectContaining({ notifyDataSubjects: true, exemptions: ['art34_3_c'] }));
    expect(codesOf(facts)).toContain('exemption.art34_3_c.unreachable');
  });

  it("notifies an exposed file of a shop's orders that includes children's ages, though order values are no bank data (ANSPDCP, DADA Creation 2020)", () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: false,
      dataCategories: ['identity', 'contact', 'behavioural', 'financial'],
      dataInsight: { financial: 'general' },
      subjectCategories: ['customers', 'children'],
      subjectsAffected: 1091,
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
    };
    const assessment = assess(facts, NOW);
    expect(assessment.notifyAuthority).toBe(true);
    expect(codesOf(facts)).toContain('edpb.vulnerable_subjects');
    const highest = assessment.reasons.find((reason) => reason.code === 'dpc.highest');
    // Financial data 3, −1 for order values, +1 for the children: 3, where bank data of children would score 4.
    expect(highest?.params?.scores).toContain('financial:3');
    expect(assessment.severity.dpc).toBe(3);
  });
});
