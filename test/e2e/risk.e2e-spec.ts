import { aMalformedIncident, anIncident } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The what-if takes the intake's own body (issue #12.5), title and all.
const whatIfFacts = anIncident;

describe('risk assessment over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers a what-if in the contract shape and stores nothing', async () => {
    const before = await t.dataSource.query('SELECT (SELECT count(*) FROM incidents) + (SELECT count(*) FROM assessments) AS n');
    const response = await t
      .api()
      .post('/api/v1/risk/assess')
      .send(whatIfFacts({ dataCategories: ['health', 'identity'], subjectCategories: ['patients'] }))
      .expect(200);
    expect(response.body).toMatchObject({
      severity: {
        score: expect.any(Number),
        level: expect.stringMatching(/^(low|medium|high|very_high)$/),
        dpc: expect.any(Number),
        ei: expect.any(Number),
        cb: expect.any(Number),
      },
      riskLevel: 'high_risk',
      notifyAuthority: true,
      notifyDataSubjects: true,
      method: 'enisa-2013+edpb',
      assessedAt: t.time.now().toISOString(),
    });
    for (const reason of response.body.reasons) {
      expect(reason).toEqual({
        factor: expect.any(String),
        effect: expect.any(String),
        explanation: expect.any(String),
        code: expect.stringMatching(/^[a-z0-9_.]+$/),
        params: expect.any(Object),
      });
    }
    const after = await t.dataSource.query('SELECT (SELECT count(*) FROM incidents) + (SELECT count(*) FROM assessments) AS n');
    expect(after).toEqual(before);
  });

  it.each([
    ['an unknown category', aMalformedIncident({ dataCategories: ['horoscope'] }), 'dataCategories'],
    [
      'a permanent loss that is restorable',
      whatIfFacts({ breachTypes: ['availability'], availability: { outageHours: 3, restorable: true, permanentLoss: true } }),
      'availability.permanentLoss',
    ],
    ['a missing role', whatIfFacts({ role: undefined }), 'role'],
  ])('refuses %s with a 400 naming the field', async (_, facts, field) => {
    const response = await t.api().post('/api/v1/risk/assess').send(facts).expect(400);
    expect(response.body.message.join('\n')).toContain(field);
  });

  it('re-assesses when the facts change and keeps every version', async () => {
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(
        anIncident({
          dataCategories: ['contact'],
          subjectsAffected: 2,
          confidentiality: { recipients: 'known_trusted', dataRetrieved: true },
        }),
      )
      .expect(201);
    expect(created.body.assessment).toMatchObject({ version: 1, riskLevel: 'unlikely', notifyAuthority: false });
    const changed = await t
      .api()
      .patch(`/api/v1/incidents/${created.body.id}`)
      .send({ dataCategories: ['health'], confidentiality: { recipients: 'public', dataRetrieved: false } })
      .expect(200);
    expect(changed.body.assessment).toMatchObject({ version: 2, trigger: 'facts_changed', notifyAuthority: true });
    const history = await t.api().get(`/api/v1/incidents/${created.body.id}/assessments`).expect(200);
    expect(history.body.map((a: { version: number; riskLevel: string }) => a.version)).toEqual([1, 2]);
    const clocks = await t.api().get(`/api/v1/incidents/${created.body.id}/clocks`).expect(200);
    expect(clocks.body.find((c: { key: string }) => c.key === 'gdpr_art33').state).toBe('running');
  });

  describe('takes exactly the intake body (issue #12.5)', () => {
    it('accepts the JSON POST /api/v1/incidents takes and gives the assessment the incident gets', async () => {
      const body = anIncident({
        awareAt: t.time.now().toISOString(),
        occurredAt: '2026-01-01T00:00:00Z',
        sectors: ['electronic_communications'],
      });
      const whatIf = await t.api().post('/api/v1/risk/assess').send(body).expect(200);
      const created = await t.api().post('/api/v1/incidents').send(body).expect(201);
      const { assessedAt: _w, ...engine } = whatIf.body;
      expect(created.body.assessment).toMatchObject({ ...engine, reasons: whatIf.body.reasons });
    });

    it('does not let the title, description or times change the score', async () => {
      const plain = await t.api().post('/api/v1/risk/assess').send(whatIfFacts()).expect(200);
      const withTexts = await t
        .api()
        .post('/api/v1/risk/assess')
        .send(anIncident({ description: 'x'.repeat(500), detectedAt: t.time.now().toISOString() }))
        .expect(200);
      expect(withTexts.body.reasons).toEqual(plain.body.reasons);
    });

    it.each([
      ['a title that is too long', anIncident({ title: 'x'.repeat(201) }), 'title'],
      ['an awareness in the future', anIncident({ awareAt: '2999-01-01T00:00:00Z' }), 'awareAt must not be in the future'],
      [
        'an occurrence after the awareness',
        anIncident({ awareAt: '2026-01-02T00:00:00Z', occurredAt: '2026-01-03T00:00:00Z' }),
        'occurredAt must not be later than awareAt',
      ],
    ])('validates it the same way: refuses %s', async (_case, body, line) => {
      const whatIf = await t.api().post('/api/v1/risk/assess').send(body).expect(400);
      const intake = await t.api().post('/api/v1/incidents').send(body).expect(400);
      expect(whatIf.body.message.join('\n')).toContain(line);
      expect(whatIf.body.message).toEqual(intake.body.message);
    });
  });

  describe('new facts (issue #12.1 and #12.3)', () => {
    it('keeps a closed public exposure of health data a high risk until access is ruled out', async () => {
      const exposure = whatIfFacts({
        dataCategories: ['identity', 'health'],
        subjectsAffected: 30000,
        recordsAffected: 30000,
        confidentiality: { recipients: 'none_confirmed', dataRetrieved: true },
      });
      const before = await t.api().post('/api/v1/risk/assess').send(exposure).expect(200);
      expect(before.body).toMatchObject({ riskLevel: 'high_risk', notifyAuthority: true });
      const ruledOut = { ...exposure, confidentiality: { recipients: 'none_confirmed', dataRetrieved: true, accessRuledOut: true } };
      const after = await t.api().post('/api/v1/risk/assess').send(ruledOut).expect(200);
      expect(after.body).toMatchObject({ riskLevel: 'unlikely', notifyAuthority: false });
    });

    it.each([
      ['an unknown data category in dataInsight', { dataInsight: { horoscope: 'none' } }, 'dataInsight'],
      ['an unknown insight', { dataInsight: { contact: 'everything' } }, 'dataInsight'],
      [
        'an insight for a category the breach does not hold',
        { dataInsight: { health: 'none' } },
        'dataInsight.health names a category that is not in dataCategories',
      ],
      [
        'a recipient count of zero',
        { confidentiality: { recipients: 'known_untrusted', dataRetrieved: true, recipientCount: 0 } },
        'confidentiality.recipientCount',
      ],
      ['a non-boolean safetyAtRisk', { safetyAtRisk: 'yes' }, 'safetyAtRisk'],
    ])('refuses %s with a 400 naming the field', async (_case, overrides, line) => {
      const response = await t.api().post('/api/v1/risk/assess').send(aMalformedIncident(overrides)).expect(400);
      expect(response.body.message.join('\n')).toContain(line);
    });
  });
});
