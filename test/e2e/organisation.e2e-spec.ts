import { anOrganisation } from '../support/organisation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('organisation settings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows visible blanks and the contract escalation policy before an admin fills them in', async () => {
    const response = await t.api().get('/api/v1/organisation').expect(200);
    expect(response.body).toMatchObject({
      name: '[organisation name]',
      escalation: { reminderHoursLeft: [48, 24, 12, 6, 2], overdueRepeatHours: 6 },
      dataSubjectsHours: 72,
    });
  });

  it('lets an admin replace the settings, audited with before and after', async () => {
    await t.api().put('/api/v1/organisation').send(anOrganisation()).expect(200);
    const response = await t.api().get('/api/v1/organisation').expect(200);
    expect(response.body).toMatchObject({ name: 'Exemplu Telecom SRL', registrationCode: 'RO12345678', sectors: ['electronic_communications'] });
    const [entry] = await t.dataSource.query(`SELECT before, after FROM audit_log WHERE action = 'organisation.updated'`);
    expect(entry.before.name).toBe('[organisation name]');
    expect(entry.after.name).toBe('Exemplu Telecom SRL');
  });

  it('refuses an escalation policy that repeats a threshold, naming it', async () => {
    const bad = anOrganisation({ escalation: { ...(anOrganisation().escalation as object), reminderHoursLeft: [24, 24] } });
    const response = await t.api().put('/api/v1/organisation').send(bad).expect(400);
    expect(response.body.message.join('\n')).toContain('escalation.reminderHoursLeft[1]');
  });

  it('refuses a bad CUI and a missing DPO email, one line each', async () => {
    const response = await t.api().put('/api/v1/organisation').send(anOrganisation({ registrationCode: 'ABC', dpo: { name: 'X', phone: '123' } })).expect(400);
    expect(response.body.message).toEqual(expect.arrayContaining([expect.stringContaining('registrationCode'), expect.stringContaining('dpo.email')]));
  });

  it('forbids anyone but an admin to change them', async () => {
    const dpo = await t.api().post('/api/v1/users').send({ name: 'D', email: 'd@exemplu.ro', roles: ['dpo'] }).expect(201);
    await t.api(dpo.body.token).put('/api/v1/organisation').send(anOrganisation()).expect(403);
    await t.api(dpo.body.token).get('/api/v1/organisation').expect(200);
  });
});

describe('rate limiting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  it('answers 429 past the per-minute limit on the API, and never limits health checks', async () => {
    for (let i = 0; i < 3; i += 1) await t.api().get('/api/v1/organisation').expect(200);
    await t.api().get('/api/v1/organisation').expect(429);
    for (let i = 0; i < 5; i += 1) await t.api().get('/health/live').expect(200);
  });
});
