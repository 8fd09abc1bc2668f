import { RISK_METHOD, RISK_METHOD_VERSION } from './assessment.js';
import { assess } from './assess.js';
import type { RiskFacts } from './facts.js';

const NOW = new Date('2026-03-02T09:00:00Z');

// The worked example of docs/risk-method.md, computed there by hand.
const LOCATION_LEAK: RiskFacts = {
  role: 'controller',
  breachTypes: ['confidentiality'],
  malicious: false,
  dataCategories: ['device_and_usage', 'location'],
  subjectCategories: ['users'],
  subjectsAffected: 5000,
  recordsAffected: 1200000,
  identifiability: 'limited',
  confidentiality: { recipients: 'public', dataRetrieved: false },
};

describe('assess', () => {
  it('reproduces the worked example of docs/risk-method.md', () => {
    const assessment = assess(LOCATION_LEAK, NOW);
    expect(assessment).toEqual(
      expect.objectContaining({
        severity: { score: 2, level: 'medium', dpc: 3, ei: 0.5, cb: 0.5 },
        riskLevel: 'risk',
        notifyAuthority: true,
        notifyDataSubjects: false,
        exemptions: [],
      }),
    );
    expect(assessment.reasons.map(({ factor, effect }) => `${factor}: ${effect}`)).toEqual([
      'dpc.base: DPC 2',
      'dpc.volume_per_person: +1 DPC',
      'dpc.highest: DPC 3',
      'ei: EI 0.5',
      'cb.confidentiality: +0.5 CB',
      'cb.integrity: +0 CB',
      'cb.availability: +0 CB',
      'cb.malicious: +0 CB',
      'severity: SE 2 (medium)',
      'risk.severity: medium severity → risk',
      'edpb.number_of_people: risk (unchanged)',
      'edpb.published: risk (unchanged)',
      'decision.authority: notify ANSPDCP',
      'decision.data_subjects: no communication to data subjects',
    ]);
  });

  it('says which method and version made it, and when', () => {
    expect(assess(LOCATION_LEAK, NOW)).toEqual(
      expect.objectContaining({ method: RISK_METHOD, methodVersion: RISK_METHOD_VERSION, assessedAt: '2026-03-02T09:00:00.000Z' }),
    );
  });

  it('gives every reason a stable factor, an effect and plain words', () => {
    const facts: RiskFacts = {
      ...LOCATION_LEAK,
      breachTypes: ['confidentiality', 'integrity', 'availability'],
      malicious: true,
      dataCategories: ['identity', 'credentials', 'health'],
      subjectCategories: ['children'],
      controllerRevealsSensitiveContext: true,
      disproportionateEffort: true,
    };
    for (const reason of assess(facts, NOW).reasons) {
      expect(reason.factor).toMatch(/^[a-z]+(\.[a-z0-9_]+)*$/);
      expect(reason.effect).not.toBe('');
      expect(reason.explanation).toMatch(/^[A-Z0-9'"].{10,}[.)]$/);
    }
  });

  it('does not depend on when it runs, only on the time it is given', () => {
    const later = new Date('2027-01-01T00:00:00Z');
    const { assessedAt: _first, ...first } = assess(LOCATION_LEAK, NOW);
    const { assessedAt, ...second } = assess(LOCATION_LEAK, later);
    expect(second).toEqual(first);
    expect(assessedAt).toBe('2027-01-01T00:00:00.000Z');
  });
});
