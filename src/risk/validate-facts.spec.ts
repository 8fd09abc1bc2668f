import type { RiskFacts } from './facts.js';
import { factContradictions } from './validate-facts.js';

const BASE: RiskFacts = { role: 'controller', breachTypes: ['availability'], dataCategories: ['identity'] };

describe('factContradictions', () => {
  it.each<[string, Partial<RiskFacts>, { field: string; problem: string }]>([
    [
      'data lost for good that can also be restored',
      { availability: { outageHours: 10, restorable: true, permanentLoss: true } },
      { field: 'availability.permanentLoss', problem: 'cannot be true when availability.restorable is true' },
    ],
    [
      'confidentiality details for a breach that is not a confidentiality breach',
      { confidentiality: { recipients: 'public', dataRetrieved: false } },
      { field: 'confidentiality', problem: "is given but breachTypes does not include 'confidentiality'" },
    ],
    [
      'a compromised key for data that were not encrypted',
      { encryption: { level: 'none', keyCompromised: true } },
      { field: 'encryption.keyCompromised', problem: "cannot be true when encryption.level is 'none'" },
    ],
    [
      'evidence that nobody read data that were published',
      { breachTypes: ['confidentiality'], confidentiality: { recipients: 'public', dataRetrieved: false, accessRuledOut: true } },
      {
        field: 'confidentiality.accessRuledOut',
        problem: "cannot be true when confidentiality.recipients is 'public': published data cannot be shown unread",
      },
    ],
    [
      'a number of recipients for recipients nobody knows',
      { breachTypes: ['confidentiality'], confidentiality: { recipients: 'unknown', dataRetrieved: false, recipientCount: 3 } },
      { field: 'confidentiality.recipientCount', problem: "applies only to known recipients ('known_trusted' or 'known_untrusted')" },
    ],
    [
      'altered data restored although the original cannot be',
      { breachTypes: ['integrity'], integrity: { altered: true, recoverable: false, restored: true } },
      { field: 'integrity.restored', problem: 'cannot be true when integrity.recoverable is false' },
    ],
    [
      'the insight of a category the breach does not hold',
      { dataInsight: { financial: 'general' } },
      { field: 'dataInsight.financial', problem: 'names a category that is not in dataCategories' },
    ],
  ])('reports %s', (_case, overrides, contradiction) => {
    expect(factContradictions({ ...BASE, ...overrides })).toEqual([contradiction]);
  });

  it.each<[string, Partial<RiskFacts>]>([
    ['facts that fit together', {}],
    [
      'an outage stated for a breach not declared as an availability breach',
      { breachTypes: ['integrity'], availability: { outageHours: 12, restorable: true, permanentLoss: false } },
    ],
    ['recoverable data that were not altered', { breachTypes: ['integrity'], integrity: { altered: false, recoverable: true } }],
    ['more people than records', { subjectsAffected: 500, recordsAffected: 20 }],
    ['a compromised key of weak encryption', { encryption: { level: 'weak', keyCompromised: true } }],
    ['data lost for good without a backup', { availability: { outageHours: 0, restorable: false, permanentLoss: true } }],
    [
      'confidentiality details for a confidentiality breach',
      { breachTypes: ['confidentiality'], confidentiality: { recipients: 'unknown', dataRetrieved: false } },
    ],
  ])('accepts %s', (_case, overrides) => {
    expect(factContradictions({ ...BASE, ...overrides })).toEqual([]);
  });

  it('reports every contradiction at once', () => {
    const facts: RiskFacts = {
      ...BASE,
      availability: { outageHours: 1, restorable: true, permanentLoss: true },
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
      encryption: { level: 'none', keyCompromised: true },
    };
    expect(factContradictions(facts).map((contradiction) => contradiction.field)).toEqual([
      'availability.permanentLoss',
      'confidentiality',
      'encryption.keyCompromised',
    ]);
  });
});
