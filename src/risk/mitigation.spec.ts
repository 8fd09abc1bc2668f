// A mitigation never erases a serious breach: only evidence answers a part of it (issue #12.1; EDPB 01/2021; WP250 IV.B).
import fc from 'fast-check';
import { riskFacts } from '../../test/support/risk-facts.arbitrary.js';
import { assess } from './assess.js';
import type { RiskFacts } from './facts.js';
import { riskRank } from './risk-level.js';

const NOW = new Date('2026-03-02T09:00:00Z');
const codesOf = (facts: RiskFacts) => assess(facts, NOW).reasons.map((reason) => reason.code);

/** Health data of 30 000 patients in a storage bucket that was public for three days, then closed. */
const PUBLIC_BUCKET: RiskFacts = {
  role: 'controller',
  breachTypes: ['confidentiality'],
  malicious: false,
  dataCategories: ['identity', 'health'],
  subjectCategories: ['patients'],
  subjectsAffected: 30000,
  confidentiality: { recipients: 'none_confirmed', dataRetrieved: true },
};

describe('confidentiality: not knowing of access is not proof of none', () => {
  it('keeps a closed exposure of health data a high risk when nobody has shown that nobody read it', () => {
    const assessment = assess(PUBLIC_BUCKET, NOW);
    expect(assessment).toEqual(expect.objectContaining({ riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true }));
    expect(codesOf(PUBLIC_BUCKET)).toContain('edpb.no_mitigation.access_not_ruled_out');
  });

  it('lowers it to unlikely only when the access logs show nobody read it', () => {
    const facts: RiskFacts = {
      ...PUBLIC_BUCKET,
      confidentiality: { recipients: 'none_confirmed', dataRetrieved: true, accessRuledOut: true },
    };
    expect(assess(facts, NOW)).toEqual(expect.objectContaining({ riskLevel: 'unlikely', notifyAuthority: false }));
    expect(codesOf(facts)).toContain('edpb.mitigation.confidentiality.access_ruled_out');
  });
});

describe('availability: a short outage is not the whole story', () => {
  const OUTAGE: RiskFacts = {
    role: 'controller',
    breachTypes: ['availability'],
    malicious: false,
    dataCategories: ['identity', 'health'],
    subjectCategories: ['patients'],
    subjectsAffected: 4000,
    availability: { outageHours: 18, restorable: true, permanentLoss: false },
  };

  it('notifies when patients’ records were unavailable for most of a day, even restored from a backup (case 03’s reasoning)', () => {
    expect(assess(OUTAGE, NOW).notifyAuthority).toBe(true);
    expect(codesOf(OUTAGE)).toEqual(expect.arrayContaining(['edpb.no_mitigation.people_depend_on_access', 'edpb.people_depend_on_access']));
  });

  it('still answers a short outage of data nobody waits on', () => {
    const facts: RiskFacts = { ...OUTAGE, dataCategories: ['identity', 'contact'], subjectCategories: ['customers'] };
    expect(assess(facts, NOW).riskLevel).toBe('unlikely');
  });

  const RANSOMWARE: RiskFacts = {
    ...OUTAGE,
    malicious: true,
    dataCategories: ['identity', 'contact'],
    subjectCategories: ['customers'],
    subjectsAffected: 400,
  };

  it('weighs a possible exfiltration when ransomware hit and nothing rules the copying out (case 01 requires it ruled out)', () => {
    expect(assess(RANSOMWARE, NOW)).toEqual(expect.objectContaining({ riskLevel: 'risk', notifyAuthority: true }));
    expect(codesOf(RANSOMWARE)).toContain('edpb.exfiltration_not_ruled_out');
  });

  it('needs no notice once the logs rule exfiltration out and the backup restored the data within hours (case 01)', () => {
    const facts: RiskFacts = {
      ...RANSOMWARE,
      availability: { outageHours: 4, restorable: true, permanentLoss: false, exfiltrationRuledOut: true },
    };
    expect(assess(facts, NOW).riskLevel).toBe('unlikely');
  });
});

describe('integrity: recoverable is not restored', () => {
  const ALTERED: RiskFacts = {
    role: 'controller',
    breachTypes: ['integrity'],
    malicious: true,
    dataCategories: ['identity', 'financial'],
    subjectCategories: ['customers'],
    subjectsAffected: 300,
    integrity: { altered: true, recoverable: true },
  };

  it('does not treat data an attacker altered as harmless because a backup exists', () => {
    expect(assess(ALTERED, NOW).riskLevel).not.toBe('unlikely');
    expect(codesOf(ALTERED)).toContain('edpb.no_mitigation.alteration_may_have_been_used');
    expect(assess(ALTERED, NOW).severity.cb).toBeGreaterThanOrEqual(0.25);
  });

  it('answers the alteration once the originals are restored and nothing was done with the altered data', () => {
    const facts: RiskFacts = { ...ALTERED, integrity: { altered: true, recoverable: true, restored: true, misuseRuledOut: true } };
    expect(codesOf(facts)).toContain('edpb.mitigation.integrity.restored');
    expect(assess(facts, NOW).riskLevel).toBe('unlikely');
  });
});

describe('recipients: trust and recovery weighed together (WP250 IV.B; EDPB 01/2021 cases 09, 13, 16)', () => {
  const LETTER: RiskFacts = {
    role: 'controller',
    breachTypes: ['confidentiality'],
    malicious: false,
    dataCategories: ['identity', 'contact', 'health'],
    subjectCategories: ['customers'],
    subjectsAffected: 1,
    confidentiality: { recipients: 'known_untrusted', dataRetrieved: true, recipientCount: 1 },
  };

  it('does not write to the person when one wrong, untrusted recipient returned the letter: a risk, not a high risk', () => {
    expect(assess(LETTER, NOW)).toEqual(expect.objectContaining({ riskLevel: 'risk', notifyAuthority: true, notifyDataSubjects: false }));
    expect(codesOf(LETTER)).toContain('edpb.recovery.few_recipients_returned');
  });

  it('does not write to people when a trusted recipient bound by secrecy has not yet confirmed the deletion', () => {
    const facts: RiskFacts = { ...LETTER, subjectsAffected: 40, confidentiality: { recipients: 'known_trusted', dataRetrieved: false } };
    expect(assess(facts, NOW)).toEqual(expect.objectContaining({ riskLevel: 'risk', notifyDataSubjects: false }));
    expect(codesOf(facts)).toContain('edpb.recovery.trusted_recipient_pending');
  });

  it.each<[string, Partial<RiskFacts>]>([
    ['the letter was never returned', { confidentiality: { recipients: 'known_untrusted', dataRetrieved: false, recipientCount: 1 } }],
    [
      'the recipient is an estranged partner',
      { confidentiality: { recipients: 'known_untrusted', dataRetrieved: true, recipientCount: 1, recipientMayMisuse: true } },
    ],
    ['the letter carried a national id number (UODO DKN.5131.3.2021)', { dataCategories: ['identity', 'national_id'] }],
    ['it was sent deliberately', { malicious: true }],
  ])('tells the person when %s', (_case, overrides) => {
    expect(assess({ ...LETTER, ...overrides }, NOW).notifyDataSubjects).toBe(true);
  });
});

describe('property: no mitigation lowers a very high severity disclosure below a risk, unless evidence answers the disclosure', () => {
  it('holds for every consistent breach', () => {
    fc.assert(
      fc.property(riskFacts, (facts) => {
        const assessment = assess(facts, NOW);
        const codes = assessment.reasons.map((reason) => reason.code);
        const disclosureAnswered = codes.some((code) => code?.startsWith('edpb.mitigation.confidentiality.'));
        const disclosed = codes.some((code) => code?.startsWith('cb.confidentiality.') && code !== 'cb.confidentiality.not_breached');
        if (assessment.severity.level === 'very_high' && disclosed && !disclosureAnswered) {
          expect(riskRank(assessment.riskLevel)).toBeGreaterThanOrEqual(riskRank('risk'));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
