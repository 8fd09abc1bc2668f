// Every cell of the ENISA 2013 tables as Breach Desk applies them (docs/risk-method.md).
import type { SeverityLevel } from './assessment.js';
import { assess } from './assess.js';
import { circumstancesOfBreach } from './cb.js';
import { dataProcessingContext } from './dpc.js';
import { easeOfIdentification } from './ei.js';
import { DATA_CATEGORIES, type DataCategory, type RiskFacts, SPECIAL_CATEGORIES } from './facts.js';
import { severityLevel } from './severity.js';

const NOW = new Date('2026-03-02T09:00:00Z');

function facts(overrides: Partial<RiskFacts>): RiskFacts {
  return { role: 'controller', breachTypes: ['confidentiality'], dataCategories: ['identity'], ...overrides };
}

const factorsOf = (reasons: { factor: string }[]) => reasons.map((reason) => reason.factor);

describe('DPC: data processing context', () => {
  const BASE_CELLS: [DataCategory, number][] = [
    ['identity', 1],
    ['contact', 1],
    ['professional', 1],
    ['account', 1],
    ['device_and_usage', 1],
    ['behavioural', 2],
    ['location', 2],
    ['communications_metadata', 2],
    ['credentials', 2],
    ['financial', 3],
    ['national_id', 3],
    ['communications_content', 3],
    ['health', 4],
    ['genetic', 4],
    ['biometric', 4],
    ['racial_or_ethnic_origin', 4],
    ['political_opinions', 4],
    ['religious_beliefs', 4],
    ['trade_union', 4],
    ['sex_life_or_orientation', 4],
    ['criminal_records', 4],
  ];

  it('has a cell for every data category of the contract', () => {
    expect(BASE_CELLS.map(([category]) => category).sort()).toEqual([...DATA_CATEGORIES].sort());
  });

  it.each(BASE_CELLS)('scores %s alone at DPC %d', (category, dpc) => {
    expect(dataProcessingContext(facts({ dataCategories: [category] })).dpc).toBe(dpc);
  });

  it.each(SPECIAL_CATEGORIES.map((category) => [category]))('scores the special category %s at the maximum, 4', (category) => {
    expect(dataProcessingContext(facts({ dataCategories: [category] })).dpc).toBe(4);
  });

  it.each<[DataCategory[], number]>([
    [['credentials', 'identity'], 2],
    [['credentials', 'location'], 2],
    [['credentials', 'financial'], 3],
    [['credentials', 'health'], 4],
  ])('scores credentials as what they open: %j → DPC %d', (dataCategories, dpc) => {
    expect(dataProcessingContext(facts({ dataCategories })).dpc).toBe(dpc);
  });

  it('scores each category on its own and keeps the highest, naming it', () => {
    const { dpc, reasons } = dataProcessingContext(facts({ dataCategories: ['contact', 'financial', 'location'] }));
    expect(dpc).toBe(3);
    expect(reasons).toEqual([
      expect.objectContaining({ factor: 'dpc.base', effect: 'DPC 3', explanation: expect.stringContaining('financial data') }),
      expect.objectContaining({
        factor: 'dpc.highest',
        params: expect.objectContaining({ scores: ['contact:1', 'financial:3', 'location:2'] }),
      }),
    ]);
  });

  it.each<[string, Partial<RiskFacts>, number, string[]]>([
    ['100 records a person', { subjectsAffected: 10, recordsAffected: 1000 }, 2, ['dpc.volume_per_person']],
    ['99 records a person', { subjectsAffected: 10, recordsAffected: 990 }, 1, []],
    ['records but no number of people', { recordsAffected: 1000000 }, 1, []],
    ['three kinds of simple data', { dataCategories: ['identity', 'contact', 'professional'] }, 2, ['dpc.profile']],
    ['simple and behavioural data making three kinds', { dataCategories: ['identity', 'location', 'behavioural'] }, 3, ['dpc.profile']],
    ['two kinds of simple data', { dataCategories: ['identity', 'contact'] }, 1, []],
    ['children', { subjectCategories: ['children'] }, 2, ['dpc.vulnerable_subjects']],
    ['vulnerable adults', { subjectCategories: ['vulnerable_adults'] }, 2, ['dpc.vulnerable_subjects']],
    ['patients', { subjectCategories: ['patients'] }, 2, ['dpc.vulnerable_subjects']],
    ['employees only', { subjectCategories: ['employees'] }, 1, []],
    // ENISA 2013: simple data leading to assumptions about health, beliefs or sex life +2.
    ['a controller that reveals a sensitive context', { controllerRevealsSensitiveContext: true }, 3, ['dpc.sensitive_context']],
    [
      'children of a clinic',
      { subjectCategories: ['children'], controllerRevealsSensitiveContext: true },
      3,
      ['dpc.vulnerable_subjects', 'dpc.sensitive_context'],
    ],
    ['people whose safety depends on it', { safetyAtRisk: true }, 4, ['dpc.safety']],
  ])('adjusts identity data for %s', (_case, overrides, dpc, adjustments) => {
    const result = dataProcessingContext(facts(overrides));
    expect(result.dpc).toBe(dpc);
    const highest = (overrides.dataCategories ?? ['identity']).length > 1 ? ['dpc.highest'] : [];
    expect(factorsOf(result.reasons)).toEqual(['dpc.base', ...adjustments, ...highest]);
  });

  it('counts only the largest increase that applies to a category, and names the others at +0', () => {
    const { dpc, reasons } = dataProcessingContext(facts({ subjectCategories: ['children'], controllerRevealsSensitiveContext: true }));
    expect(dpc).toBe(3);
    expect(reasons.map(({ factor, effect }) => [factor, effect])).toEqual([
      ['dpc.base', 'DPC 1'],
      ['dpc.vulnerable_subjects', '+0 DPC (ENISA counts the largest increase only)'],
      ['dpc.sensitive_context', '+2 DPC'],
    ]);
  });

  it('never raises the DPC past 4', () => {
    expect(dataProcessingContext(facts({ dataCategories: ['location'], safetyAtRisk: true })).dpc).toBe(4);
  });
});

describe('DPC as ENISA 2013 scores it (issue #12.2)', () => {
  it('scores order values as financial data giving only general insight (2), not as bank data', () => {
    const ordered = facts({ dataCategories: ['identity', 'contact', 'financial'], dataInsight: { financial: 'general' } });
    expect(dataProcessingContext(ordered).dpc).toBe(2);
    expect(dataProcessingContext(ordered).reasons).toContainEqual(expect.objectContaining({ factor: 'dpc.insight', effect: '−1 DPC' }));
  });

  it('does not stack the profile increase of simple data on a base set by another category', () => {
    expect(dataProcessingContext(facts({ dataCategories: ['identity', 'contact', 'professional', 'financial'] })).dpc).toBe(3);
  });

  it.each<[string, Partial<RiskFacts>, number]>([
    [
      'sensitive data giving no substantial insight (a general blood test was done)',
      { dataCategories: ['health'], dataInsight: { health: 'none' } },
      1,
    ],
    ['sensitive data allowing general assumptions', { dataCategories: ['health'], dataInsight: { health: 'general' } }, 2],
    ['full card data that enable fraud', { dataCategories: ['financial'], dataInsight: { financial: 'full' } }, 4],
    ['behavioural data giving no insight', { dataCategories: ['location'], dataInsight: { location: 'none' } }, 1],
    ['a year of location history (a detailed profile)', { dataCategories: ['location'], dataInsight: { location: 'full' } }, 3],
  ])('moves a category up or down by what it reveals: %s', (_case, overrides, dpc) => {
    expect(dataProcessingContext(facts(overrides)).dpc).toBe(dpc);
  });

  it('keeps the highest category after each is adjusted on its own', () => {
    const mixed = facts({
      dataCategories: ['health', 'location'],
      dataInsight: { health: 'general' },
      subjectsAffected: 10,
      recordsAffected: 5000,
    });
    const { dpc, reasons } = dataProcessingContext(mixed);
    expect(dpc).toBe(3);
    expect(reasons.at(-1)).toEqual(
      expect.objectContaining({ factor: 'dpc.highest', params: expect.objectContaining({ category: 'location' }) }),
    );
  });

  it("names ENISA's own classes in its reasons", () => {
    for (const category of DATA_CATEGORIES) {
      const explanation = dataProcessingContext(facts({ dataCategories: [category] })).reasons[0].explanation;
      expect(explanation).toMatch(/simple data|behavioural data|financial data|sensitive data|what they open/);
      expect(explanation).not.toContain('financial-grade');
    }
  });
});

describe('EI: ease of identification', () => {
  it.each([
    ['negligible', 0.25],
    ['limited', 0.5],
    ['significant', 0.75],
    ['maximum', 1],
  ] as const)('takes a stated %s identifiability as EI %d', (identifiability, ei) => {
    expect(easeOfIdentification(facts({ identifiability })).ei).toBe(ei);
  });

  const DIRECT: DataCategory[] = ['identity', 'national_id', 'contact', 'biometric', 'genetic', 'account'];

  it.each(DIRECT.map((category) => [category]))('infers maximum identifiability (EI 1) from %s', (category) => {
    const { ei, reasons } = easeOfIdentification(facts({ dataCategories: [category] }));
    expect(ei).toBe(1);
    expect(reasons[0].explanation).toMatch(/^Inferred/);
  });

  it.each(DATA_CATEGORIES.filter((category) => !DIRECT.includes(category)).map((category) => [category]))(
    'infers significant identifiability (EI 0.75) from %s alone, leaning to notifying',
    (category) => {
      const { ei, reasons } = easeOfIdentification(facts({ dataCategories: [category] }));
      expect(ei).toBe(0.75);
      expect(reasons[0].explanation).toMatch(/^Inferred.*leaning to notifying/);
    },
  );

  it.each<[string, Partial<RiskFacts>, number]>([
    ['strong encryption with the key safe', { encryption: { level: 'strong', keyCompromised: false } }, 0.25],
    ['strong encryption with the key compromised', { encryption: { level: 'strong', keyCompromised: true } }, 1],
    ['weak encryption', { encryption: { level: 'weak', keyCompromised: false } }, 1],
    ['no encryption', { encryption: { level: 'none', keyCompromised: false } }, 1],
    [
      'strong encryption and an outage restored within hours',
      {
        breachTypes: ['confidentiality', 'availability'],
        availability: { outageHours: 3, restorable: true, permanentLoss: false },
        encryption: { level: 'strong', keyCompromised: false },
      },
      0.25,
    ],
    [
      'strong encryption but a two-day outage',
      {
        breachTypes: ['confidentiality', 'availability'],
        availability: { outageHours: 48, restorable: true, permanentLoss: false },
        encryption: { level: 'strong', keyCompromised: false },
      },
      1,
    ],
    [
      'strong encryption in a breach that discloses nothing',
      {
        breachTypes: ['availability'],
        availability: { outageHours: 48, restorable: true, permanentLoss: false },
        encryption: { level: 'strong', keyCompromised: false },
      },
      1,
    ],
  ])('sets EI for identity data under %s', (_case, overrides, ei) => {
    expect(easeOfIdentification(facts(overrides)).ei).toBe(ei);
  });
});

describe('CB: circumstances of breach', () => {
  const cbOf = (overrides: Partial<RiskFacts>) => circumstancesOfBreach(facts(overrides)).cb;

  it.each([
    // ENISA 2013: exposed without evidence of illegal processing, or disclosed to known recipients (trusted or not), +0.25.
    ['none_confirmed', 0.25],
    ['known_trusted', 0.25],
    ['known_untrusted', 0.25],
    ['unknown', 0.5],
    ['public', 0.5],
  ] as const)('adds %s recipients as %d CB', (recipients, cb) => {
    expect(cbOf({ confidentiality: { recipients, dataRetrieved: false } })).toBe(cb);
  });

  it.each<[string, Partial<RiskFacts>, number]>([
    ['a confidentiality breach without details (assumed unknown recipients)', {}, 0.5],
    ['unaltered data', { breachTypes: ['integrity'], integrity: { altered: false, recoverable: true } }, 0],
    ['altered, recoverable data', { breachTypes: ['integrity'], integrity: { altered: true, recoverable: true } }, 0.25],
    ['altered, unrecoverable data', { breachTypes: ['integrity'], integrity: { altered: true, recoverable: false } }, 0.5],
    ['an integrity breach without details (assumed unrecoverable)', { breachTypes: ['integrity'] }, 0.5],
    [
      'an outage just under a day, restored',
      { breachTypes: ['availability'], availability: { outageHours: 23.9, restorable: true, permanentLoss: false } },
      0,
    ],
    [
      'an outage of a day, restorable',
      { breachTypes: ['availability'], availability: { outageHours: 24, restorable: true, permanentLoss: false } },
      0.25,
    ],
    [
      'data without a usable backup',
      { breachTypes: ['availability'], availability: { outageHours: 2, restorable: false, permanentLoss: false } },
      0.5,
    ],
    [
      'data lost for good',
      { breachTypes: ['availability'], availability: { outageHours: 0, restorable: false, permanentLoss: true } },
      0.5,
    ],
    ['an availability breach without details (assumed not restorable)', { breachTypes: ['availability'] }, 0.5],
    ['a deliberate breach', { breachTypes: ['integrity'], integrity: { altered: false, recoverable: true }, malicious: true }, 0.5],
    ['an accidental breach', { breachTypes: ['integrity'], integrity: { altered: false, recoverable: true }, malicious: false }, 0],
    [
      'availability details of a breach not declared as one',
      {
        breachTypes: ['integrity'],
        integrity: { altered: false, recoverable: true },
        availability: { outageHours: 100, restorable: false, permanentLoss: false },
      },
      0,
    ],
    ['the worst of every component', { breachTypes: ['confidentiality', 'integrity', 'availability'], malicious: true }, 2],
  ])('adds the CB for %s', (_case, overrides, cb) => {
    expect(cbOf(overrides)).toBe(cb);
  });

  it('adds nothing for confidentiality when the evidence shows nobody read the exposed data', () => {
    expect(cbOf({ confidentiality: { recipients: 'none_confirmed', dataRetrieved: true, accessRuledOut: true } })).toBe(0);
  });

  it('gives every component a reason, zero or not', () => {
    const { reasons } = circumstancesOfBreach(facts({ confidentiality: { recipients: 'known_trusted', dataRetrieved: false } }));
    expect(reasons.map(({ factor, effect }) => [factor, effect])).toEqual([
      ['cb.confidentiality', '+0.25 CB'],
      ['cb.integrity', '+0 CB'],
      ['cb.availability', '+0 CB'],
      ['cb.malicious', '+0 CB'],
    ]);
  });
});

describe('severity bands', () => {
  it.each<[number, SeverityLevel]>([
    [0, 'low'],
    [1.99, 'low'],
    [2, 'medium'],
    [2.99, 'medium'],
    [3, 'high'],
    [3.99, 'high'],
    [4, 'very_high'],
    [6, 'very_high'],
  ])('bands a score of %d as %s', (score, level) => {
    expect(severityLevel(score)).toBe(level);
  });

  it('computes SE = DPC × EI + CB, rounded to two decimals', () => {
    const { severity } = assess(
      facts({
        dataCategories: ['financial'],
        identifiability: 'significant',
        confidentiality: { recipients: 'known_untrusted', dataRetrieved: false },
      }),
      NOW,
    );
    expect(severity).toEqual({ score: 2.5, level: 'medium', dpc: 3, ei: 0.75, cb: 0.25 });
  });
});
