// One incident, both roles: each part assessed on its own data sets, the top level their union (issue #15).
import { assess } from './assess.js';
import type { IncidentDataSet } from './facts.js';
import { assessIncident, figuresOf, incidentRoles, type PartedFacts, partFacts } from './parts.js';

const NOW = new Date('2026-03-02T09:00:00Z');

const OWN_ACCOUNTS: IncidentDataSet = {
  system: 'call-recordings',
  role: 'controller',
  dataCategories: ['identity', 'account'],
  subjectCategories: ['customers'],
  subjectsAffected: 3000,
  electronicCommunications: false,
  controllers: [],
};

const ALPHA = { name: 'Shop Alpha SRL', contact: 'dpo@alpha.test', noticeHours: 24 };
const BETA = { name: 'Beta Clinic SRL', contact: 'dpo@beta.test', noticeHours: 48 };

const CUSTOMERS_RECORDINGS: IncidentDataSet = {
  system: 'call-recordings',
  role: 'processor',
  dataCategories: ['identity', 'communications_content'],
  subjectCategories: ['customers'],
  electronicCommunications: false,
  controllers: [
    { ...ALPHA, subjectsAffected: 12000, recordsAffected: 50000, dataCategories: ['identity', 'communications_content'] },
    { ...BETA, subjectsAffected: 500, recordsAffected: 900, dataCategories: ['identity', 'communications_content'] },
  ],
};

/** The bucket holding both, exposed to the internet and copied by someone unknown. */
function bucketBreach(dataSets: IncidentDataSet[], stated: Partial<PartedFacts> = {}): PartedFacts {
  const figures = figuresOf(dataSets);
  return {
    role: dataSets.some((set) => set.role === 'controller') ? 'controller' : 'processor',
    breachTypes: ['confidentiality'],
    malicious: true,
    confidentiality: { recipients: 'unknown', dataRetrieved: false },
    ...figures,
    systems: ['call-recordings'],
    dataSets,
    factSources: { dataCategories: 'inventory', subjectsAffected: 'inventory', affectedControllers: 'inventory' },
    ...stated,
  };
}

describe('an incident logged against systems', () => {
  it('has a part per role of the data sets it touched', () => {
    expect(incidentRoles(bucketBreach([OWN_ACCOUNTS, CUSTOMERS_RECORDINGS]))).toEqual(['controller', 'processor']);
    expect(incidentRoles(bucketBreach([CUSTOMERS_RECORDINGS]))).toEqual(['processor']);
    expect(incidentRoles({ role: 'processor' })).toEqual(['processor']);
  });

  it('weighs the controller part on our own data sets only, and warns no controller from it', () => {
    const controller = partFacts(bucketBreach([OWN_ACCOUNTS, CUSTOMERS_RECORDINGS]), 'controller');
    expect(controller).toMatchObject({ role: 'controller', dataCategories: ['identity', 'account'], subjectsAffected: 3000 });
    expect(controller.affectedControllers).toBeUndefined();
  });

  it('weighs the processor part on the customers’ data sets, summing their own figures', () => {
    const processor = partFacts(bucketBreach([OWN_ACCOUNTS, CUSTOMERS_RECORDINGS]), 'processor');
    expect(processor).toMatchObject({
      role: 'processor',
      dataCategories: ['identity', 'communications_content'],
      subjectsAffected: 12500,
      recordsAffected: 50900,
    });
    expect(processor.affectedControllers?.map((controller) => controller.name)).toEqual([ALPHA.name, BETA.name]);
  });

  it('keeps what the reporter stated in every part', () => {
    const facts = bucketBreach([OWN_ACCOUNTS, CUSTOMERS_RECORDINGS], {
      subjectsAffected: 40,
      factSources: { subjectsAffected: 'reporter', dataCategories: 'inventory' },
    });
    expect(partFacts(facts, 'controller').subjectsAffected).toBe(40);
    expect(partFacts(facts, 'processor').subjectsAffected).toBe(40);
  });

  it('owes the authority and the people for our part and a warning to each customer for theirs', () => {
    const assessment = assessIncident(bucketBreach([OWN_ACCOUNTS, CUSTOMERS_RECORDINGS]), NOW);
    const [controller, processor] = assessment.parts!;
    expect(controller).toMatchObject({ role: 'controller', systems: ['call-recordings'], notifyControllers: false });
    expect(processor).toMatchObject({
      role: 'processor',
      notifyAuthority: false,
      notifyDataSubjects: false,
      notifyControllers: true,
      controllers: [ALPHA.name, BETA.name],
    });
    expect(controller.notifyAuthority).toBe(true);
    expect(assessment).toMatchObject({
      notifyAuthority: controller.notifyAuthority,
      notifyDataSubjects: controller.notifyDataSubjects,
      notifyControllers: true,
      controllerAdvice: processor.controllerAdvice,
    });
  });

  it('decides the controller part as the engine decides our own data alone', () => {
    const mixed = bucketBreach([OWN_ACCOUNTS, CUSTOMERS_RECORDINGS]);
    const [controller] = assessIncident(mixed, NOW).parts!;
    const alone = assess(partFacts(mixed, 'controller'), NOW);
    expect(controller).toMatchObject({ riskLevel: alone.riskLevel, severity: alone.severity, exemptions: alone.exemptions });
  });

  it('shows at the top the higher risk of the two parts', () => {
    const assessment = assessIncident(bucketBreach([OWN_ACCOUNTS, CUSTOMERS_RECORDINGS]), NOW);
    const levels = assessment.parts!.map((part) => part.riskLevel);
    expect(levels).toContain(assessment.riskLevel);
    expect(assessment.severity.score).toBe(Math.max(...assessment.parts!.map((part) => part.severity.score)));
  });

  it('says which facts came from the inventory, and which systems', () => {
    const assessment = assessIncident(bucketBreach([OWN_ACCOUNTS, CUSTOMERS_RECORDINGS]), NOW);
    expect(assessment.reasons[0]).toMatchObject({ code: 'inventory.derived', params: { systems: ['call-recordings'] } });
    expect(assessment.reasons[0].explanation).toMatch(/^From the inventory: call-recordings \(data categories, number of people/);
    expect(assessment.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['part.controller', 'part.processor']));
  });

  it('keeps a pure processor incident’s duties exactly as today: no authority, no people, warn the controllers', () => {
    const facts = bucketBreach([CUSTOMERS_RECORDINGS]);
    const assessment = assessIncident(facts, NOW);
    const { reasons: _r, parts: _p, ...today } = assessment;
    const { reasons: _todayReasons, ...engine } = assess(facts, NOW);
    expect(today).toEqual(engine);
    expect(assessment).toMatchObject({ notifyAuthority: false, notifyDataSubjects: false, notifyControllers: true });
    expect(assessment.parts).toHaveLength(1);
  });

  it('is the engine itself for an incident that names no systems', () => {
    const facts: PartedFacts = { role: 'controller', breachTypes: ['availability'], dataCategories: ['identity'] };
    expect(assessIncident(facts, NOW)).toEqual(assess(facts, NOW));
  });
});

describe('the figures of data sets', () => {
  it('takes the weakest encryption at rest only when it cannot lower the score', () => {
    expect(
      figuresOf([
        { ...OWN_ACCOUNTS, encryptionAtRest: 'strong' },
        { ...CUSTOMERS_RECORDINGS, encryptionAtRest: 'weak' },
      ]).encryption,
    ).toEqual({
      level: 'weak',
      keyCompromised: false,
    });
    expect(figuresOf([{ ...OWN_ACCOUNTS, encryptionAtRest: 'strong' }]).encryption).toBeUndefined();
    expect(figuresOf([{ ...OWN_ACCOUNTS, encryptionAtRest: 'none' }, CUSTOMERS_RECORDINGS]).encryption).toBeUndefined();
  });

  it('merges a customer found in two data sets, its figures summed and its shortest window kept', () => {
    const again: IncidentDataSet = {
      ...CUSTOMERS_RECORDINGS,
      system: 'transcripts',
      dataCategories: ['communications_content'],
      controllers: [{ ...ALPHA, noticeHours: 12, subjectsAffected: 1000, dataCategories: ['behavioural'] }],
    };
    const [alpha] = figuresOf([CUSTOMERS_RECORDINGS, again]).affectedControllers!;
    expect(alpha).toMatchObject({ name: ALPHA.name, noticeHours: 12, subjectsAffected: 13000, recordsAffected: 50000 });
    expect(alpha.dataCategories).toEqual(['identity', 'communications_content', 'behavioural']);
  });
});
