// A processor's duty is to warn its controllers (issue #12.4; Art. 33(2), Art. 28(3)(f)); ANSPDCP and the people are
// the controllers' to notify. Over HTTP: the assessment, the clocks, the register and which notices may be drafted.
import { anIncident } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CONTROLLERS = [
  { name: 'Magazin Online SRL', contact: 'dpo@magazin.ro', noticeHours: 24 },
  { name: 'Farmacia Verde SA', contact: 'privacy@farmaciaverde.ro' },
];

/** Customers' order histories taken by ransomware at an AI SaaS processor: a high risk for its controllers. */
const RANSOMWARE_AT_PROCESSOR = anIncident({
  title: 'Order histories exfiltrated by ransomware',
  role: 'processor',
  affectedControllers: CONTROLLERS,
  breachTypes: ['confidentiality', 'availability'],
  malicious: true,
  dataCategories: ['identity', 'contact', 'behavioural', 'financial'],
  subjectsAffected: 146000,
  confidentiality: { recipients: 'unknown', dataRetrieved: false },
  availability: { outageHours: 30, restorable: true, permanentLoss: false },
});

describe("a processor's duties", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers notifyControllers, not the controllers’ notices, with advice on what each controller will likely have to do', async () => {
    const created = await t.api().post('/api/v1/incidents').send(RANSOMWARE_AT_PROCESSOR).expect(201);
    expect(created.body.assessment).toMatchObject({
      riskLevel: 'high_risk',
      notifyAuthority: false,
      notifyDataSubjects: false,
      notifyControllers: true,
      controllerAdvice: { notifyAuthority: true, notifyDataSubjects: true },
    });
    const codes = created.body.assessment.reasons.map((reason: { code: string }) => reason.code);
    expect(codes).toEqual(
      expect.arrayContaining(['decision.controllers.warn', 'decision.authority.processor', 'decision.data_subjects.processor']),
    );
  });

  it('gives a controller no controller to warn and no advice', async () => {
    const response = await t
      .api()
      .post('/api/v1/risk/assess')
      .send({ ...RANSOMWARE_AT_PROCESSOR, role: 'controller', affectedControllers: undefined })
      .expect(200);
    expect(response.body).toMatchObject({
      notifyAuthority: true,
      notifyDataSubjects: true,
      notifyControllers: false,
      controllerAdvice: null,
    });
  });

  it('starts only the clocks for warning each controller', async () => {
    const created = await t.api().post('/api/v1/incidents').send(RANSOMWARE_AT_PROCESSOR).expect(201);
    const clocks = await t.api().get(`/api/v1/incidents/${created.body.id}/clocks`).expect(200);
    const gdpr = clocks.body.filter(
      (clock: { regime: string }) => clock.regime.startsWith('gdpr') || clock.regime === 'processor_to_controller',
    );
    expect(gdpr.map((clock: { key: string; state: string }) => [clock.key, clock.state])).toEqual([
      ['processor_to_controller:0', 'running'],
      ['processor_to_controller:1', 'running'],
    ]);
  });

  it("records the processor's duty and the advice in the register", async () => {
    const created = await t.api().post('/api/v1/incidents').send(RANSOMWARE_AT_PROCESSOR).expect(201);
    const register = await t.api().get('/api/v1/register').expect(200);
    const entry = register.body.entries.find((e: { reference: string }) => e.reference === created.body.reference);
    expect(entry).toMatchObject({ role: 'processor', notifyAuthority: false, notifyDataSubjects: false, notifyControllers: true });
    expect(entry.controllerAdvice[0]).toBe('notify ANSPDCP: yes; notify data subjects: yes');
    const csv = await t.api().get('/api/v1/register?format=csv').expect(200);
    expect(csv.text.split('\r\n')[0]).toContain('notifyControllers,controllerAdvice');
  });

  it.each(['authority', 'data_subjects'])(
    'refuses to draft a %s notice in a processor’s own name (422 ROLE_MISMATCH), and drafts the warning',
    async (kind) => {
      const created = await t.api().post('/api/v1/incidents').send(RANSOMWARE_AT_PROCESSOR).expect(201);
      const refused = await t.api().post(`/api/v1/incidents/${created.body.id}/notices`).send({ kind, language: 'ro' }).expect(422);
      expect(refused.body.message.join('\n')).toContain('Art. 33(2)');
      await t
        .api()
        .post(`/api/v1/incidents/${created.body.id}/notices`)
        .send({ kind: 'controller', language: 'ro', controllerIndex: 1 })
        .expect(201);
      const notices = await t.api().get(`/api/v1/incidents/${created.body.id}/notices`).expect(200);
      expect(notices.body.map((notice: { kind: string }) => notice.kind)).toEqual(['controller']);
    },
  );

  it("refuses a processor → controller warning on a controller's incident", async () => {
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    const refused = await t
      .api()
      .post(`/api/v1/incidents/${created.body.id}/notices`)
      .send({ kind: 'controller', language: 'en' })
      .expect(422);
    expect(refused.body.message.join('\n')).toContain("is a controller's");
  });
});
