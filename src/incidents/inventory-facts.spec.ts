// Intake by system: the facts a breach of named systems gets from the inventory, the reporter's statements over them.
import type { InventoryDataSet } from '../inventory/inventory-data-set.js';
import { factsFromInventory, incidentDataSets } from './inventory-facts.js';

const OWN: InventoryDataSet = {
  systemSlug: 'call-recordings',
  systemName: 'Call recordings',
  role: 'controller',
  dataCategories: ['identity', 'account'],
  subjectCategories: ['customers'],
  subjectsAffected: 3000,
  encryptionAtRest: 'weak',
  electronicCommunications: false,
  customers: [],
};

const CUSTOMERS: InventoryDataSet = {
  systemSlug: 'call-recordings',
  systemName: 'Call recordings',
  role: 'processor',
  dataCategories: ['identity', 'communications_content'],
  subjectCategories: ['customers'],
  encryptionAtRest: 'weak',
  electronicCommunications: true,
  customers: [
    {
      customerId: 'a',
      name: 'Shop Alpha SRL',
      contact: 'dpo@alpha.test',
      noticeHours: 24,
      language: 'ro',
      subjectsAffected: 12000,
      recordsAffected: 50000,
    },
    { customerId: 'b', name: 'Beta Clinic SRL', contact: 'dpo@beta.test', noticeHours: 48, language: 'en', subjectsAffected: 500 },
  ],
};

const BOTH = incidentDataSets([OWN, CUSTOMERS]);

describe('facts from the inventory', () => {
  it('derives every fact the reporter left out, and says each came from the inventory', () => {
    const { facts, problems } = factsFromInventory({}, ['call-recordings'], BOTH);
    expect(problems).toEqual([]);
    expect(facts).toMatchObject({
      role: 'controller',
      dataCategories: ['identity', 'account', 'communications_content'],
      subjectCategories: ['customers'],
      subjectsAffected: 15500,
      recordsAffected: 50000,
      encryption: { level: 'weak', keyCompromised: false },
      regime: 'gdpr',
      systems: ['call-recordings'],
    });
    expect(facts.factSources).toEqual({
      role: 'inventory',
      dataCategories: 'inventory',
      subjectCategories: 'inventory',
      subjectsAffected: 'inventory',
      recordsAffected: 'inventory',
      encryption: 'inventory',
      regime: 'inventory',
      affectedControllers: 'inventory',
    });
  });

  it('gives each customer its own figures, window and data, never the totals', () => {
    const { facts } = factsFromInventory({}, ['call-recordings'], BOTH);
    expect(facts.affectedControllers).toEqual([
      {
        name: 'Shop Alpha SRL',
        contact: 'dpo@alpha.test',
        noticeHours: 24,
        subjectsAffected: 12000,
        recordsAffected: 50000,
        dataCategories: ['identity', 'communications_content'],
        subjectCategories: ['customers'],
      },
      {
        name: 'Beta Clinic SRL',
        contact: 'dpo@beta.test',
        noticeHours: 48,
        subjectsAffected: 500,
        dataCategories: ['identity', 'communications_content'],
        subjectCategories: ['customers'],
      },
    ]);
  });

  it('lets what the reporter states override the inventory, and records it as theirs', () => {
    const { facts } = factsFromInventory({ subjectsAffected: 40, dataCategories: ['identity'] }, ['call-recordings'], BOTH);
    expect(facts).toMatchObject({ subjectsAffected: 40, dataCategories: ['identity'] });
    expect(facts.factSources).toMatchObject({ subjectsAffected: 'reporter', dataCategories: 'reporter', recordsAffected: 'inventory' });
  });

  it('puts our own e-communications data under the ePrivacy regime (Law 506/2004)', () => {
    const { facts } = factsFromInventory({}, ['pbx'], incidentDataSets([{ ...OWN, electronicCommunications: true }]));
    expect(facts.regime).toBe('eprivacy');
  });

  it('leaves the regime to a processor’s customers: their e-communications data do not change our Art. 33(2) duty', () => {
    const { facts } = factsFromInventory({}, ['call-recordings'], incidentDataSets([CUSTOMERS]));
    expect(facts).toMatchObject({ role: 'processor' });
    expect(facts.regime).toBeUndefined();
  });

  it('keeps only the data sets of a stated role, and refuses a role none of them has', () => {
    const { facts } = factsFromInventory({ role: 'processor' }, ['call-recordings'], BOTH);
    expect(facts.dataSets.map((set) => set.role)).toEqual(['processor']);
    expect(facts.subjectsAffected).toBe(12500);
    const refused = factsFromInventory({ role: 'processor' }, ['crm'], incidentDataSets([OWN]));
    expect(refused.problems).toEqual([{ field: 'role', problem: "is 'processor', but the systems named hold no data set of that role" }]);
  });
});
