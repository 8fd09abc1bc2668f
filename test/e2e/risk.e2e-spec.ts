import { anIncident } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const whatIfFacts = (overrides: Record<string, unknown> = {}) => {
  // The notice-only facts (free texts, their language, the 24/7 contact) are not risk facts either.
  const { title: _t, description: _d, mitigation: _m, textLanguage: _l, plainLanguageSummary: _p, translations: _tr, emergencyContact: _e, ...facts } = anIncident(overrides);
  return facts;
};

describe('risk assessment over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers a what-if in the contract shape and stores nothing', async () => {
    const before = await t.dataSource.query('SELECT (SELECT count(*) FROM incidents) + (SELECT count(*) FROM assessments) AS n');
    const response = await t.api().post('/api/v1/risk/assess').send(whatIfFacts({ dataCategories: ['health', 'identity'], subjectCategories: ['patients'] })).expect(200);
    expect(response.body).toMatchObject({
      severity: { score: expect.any(Number), level: expect.stringMatching(/^(low|medium|high|very_high)$/), dpc: expect.any(Number), ei: expect.any(Number), cb: expect.any(Number) },
      riskLevel: 'high_risk',
      notifyAuthority: true,
      notifyDataSubjects: true,
      method: 'enisa-2013+edpb',
      assessedAt: t.time.now().toISOString(),
    });
    for (const reason of response.body.reasons) {
      expect(reason).toEqual({ factor: expect.any(String), effect: expect.any(String), explanation: expect.any(String), code: expect.stringMatching(/^[a-z0-9_.]+$/), params: expect.any(Object) });
    }
    const after = await t.dataSource.query('SELECT (SELECT count(*) FROM incidents) + (SELECT count(*) FROM assessments) AS n');
    expect(after).toEqual(before);
  });

  it.each([
    ['an unknown category', whatIfFacts({ dataCategories: ['horoscope'] }), 'dataCategories'],
    ['a permanent loss that is restorable', whatIfFacts({ breachTypes: ['availability'], availability: { outageHours: 3, restorable: true, permanentLoss: true } }), 'availability.permanentLoss'],
    ['a missing role', whatIfFacts({ role: undefined }), 'role'],
  ])('refuses %s with a 400 naming the field', async (_, facts, field) => {
    const response = await t.api().post('/api/v1/risk/assess').send(facts).expect(400);
    expect(response.body.message.join('\n')).toContain(field);
  });

  it('re-assesses when the facts change and keeps every version', async () => {
    const created = await t.api().post('/api/v1/incidents').send(anIncident({ dataCategories: ['contact'], subjectsAffected: 2, confidentiality: { recipients: 'known_trusted', dataRetrieved: true } })).expect(201);
    expect(created.body.assessment).toMatchObject({ version: 1, riskLevel: 'unlikely', notifyAuthority: false });
    const changed = await t.api().patch(`/api/v1/incidents/${created.body.id}`).send({ dataCategories: ['health'], confidentiality: { recipients: 'public', dataRetrieved: false } }).expect(200);
    expect(changed.body.assessment).toMatchObject({ version: 2, trigger: 'facts_changed', notifyAuthority: true });
    const history = await t.api().get(`/api/v1/incidents/${created.body.id}/assessments`).expect(200);
    expect(history.body.map((a: { version: number; riskLevel: string }) => a.version)).toEqual([1, 2]);
    const clocks = await t.api().get(`/api/v1/incidents/${created.body.id}/clocks`).expect(200);
    expect(clocks.body.find((c: { key: string }) => c.key === 'gdpr_art33').state).toBe('running');
  });
});
