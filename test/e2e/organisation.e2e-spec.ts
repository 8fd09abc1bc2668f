import { anOrganisation } from '../support/organisation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { aUserWith } from '../support/users.js';

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
    expect(response.body).toMatchObject({
      name: 'Exemplu Telecom SRL',
      registrationCode: 'RO12345678',
      sectors: ['electronic_communications'],
    });
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
    const response = await t
      .api()
      .put('/api/v1/organisation')
      .send(anOrganisation({ registrationCode: 'ABC', dpo: { name: 'X', phone: '123' } }))
      .expect(400);
    expect(response.body.message).toEqual(
      expect.arrayContaining([expect.stringContaining('registrationCode'), expect.stringContaining('dpo.email')]),
    );
  });

  it('forbids anyone but an admin to change them', async () => {
    const dpo = await aUserWith(t, 'dpo');
    await t.api(dpo.token).put('/api/v1/organisation').send(anOrganisation()).expect(403);
    await t.api(dpo.token).get('/api/v1/organisation').expect(200);
  });

  it('lets an admin who holds no incident role read the settings she changes', async () => {
    const admin = await aUserWith(t, 'admin');
    const read = await t.api(admin.token).get('/api/v1/organisation').expect(200);
    await t
      .api(admin.token)
      .put('/api/v1/organisation')
      .send({ ...anOrganisation(), name: read.body.name })
      .expect(200);
  });
});

describe('organisation settings with the contract’s fields (PUT) and partial changes (PATCH)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  // The contract's dpo is {name, email, phone}; dpo.address was added later and is left out here.
  const contractOnly = () => {
    const { name, registrationCode, address, dpo, sectors, escalation } = anOrganisation();
    const { name: dpoName, email, phone } = dpo as Record<string, string>;
    return { name, registrationCode, address, dpo: { name: dpoName, email, phone }, sectors, escalation };
  };
  const auditedChanges = () => t.dataSource.query(`SELECT before, after FROM audit_log WHERE action = 'organisation.updated' ORDER BY id`);

  it('accepts a first PUT with only the contract’s fields and keeps the defaults for the rest', async () => {
    const response = await t.api().put('/api/v1/organisation').send(contractOnly()).expect(200);
    expect(response.body).toMatchObject({
      name: 'Exemplu Telecom SRL',
      sector: 'private',
      dataSubjectsHours: 72,
      leadAuthority: null,
      allowUnlinkedSlackReporters: false,
    });
    expect(response.body.dpo).toEqual({
      name: 'Ioana Popescu',
      email: 'dpo@exemplu.ro',
      phone: '+40 721 000 000',
      address: '[DPO address]',
    });
  });

  it('keeps the fields a PUT does not send at their current values', async () => {
    await t
      .api()
      .put('/api/v1/organisation')
      .send(anOrganisation({ sector: 'public', dataSubjectsHours: 48, leadAuthority: 'CNIL', allowUnlinkedSlackReporters: false }))
      .expect(200);
    await t
      .api()
      .put('/api/v1/organisation')
      .send({ ...contractOnly(), name: 'Exemplu Nou SRL' })
      .expect(200);
    const response = await t.api().get('/api/v1/organisation').expect(200);
    expect(response.body).toMatchObject({
      name: 'Exemplu Nou SRL',
      sector: 'public',
      dataSubjectsHours: 48,
      leadAuthority: 'CNIL',
      allowUnlinkedSlackReporters: false,
    });
  });

  it('stores the DPO’s postal address, and a PUT without it keeps it', async () => {
    await t
      .api()
      .put('/api/v1/organisation')
      .send({ ...contractOnly(), dpo: { ...(anOrganisation().dpo as object), address: 'Bd. Unirii 10, București' } })
      .expect(200);
    await t.api().put('/api/v1/organisation').send(contractOnly()).expect(200);
    expect((await t.api().get('/api/v1/organisation').expect(200)).body.dpo.address).toBe('Bd. Unirii 10, București');
  });

  it('still requires each contract field in a PUT, naming it', async () => {
    const { name: _name, dpo: _dpo, ...rest } = contractOnly();
    const response = await t.api().put('/api/v1/organisation').send(rest).expect(400);
    expect(response.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^name /), expect.stringMatching(/^dpo /)]));
  });

  it('changes only what a PATCH sends: dpo and escalation merge field by field, arrays are replaced', async () => {
    await t.api().put('/api/v1/organisation').send(anOrganisation()).expect(200);
    const response = await t
      .api()
      .patch('/api/v1/organisation')
      .send({ dpo: { email: 'rpd@exemplu.ro' }, escalation: { overdueRepeatHours: 3, reminderHoursLeft: [24, 2] }, leadAuthority: 'CNIL' })
      .expect(200);
    expect(response.body.dpo).toMatchObject({ name: 'Ioana Popescu', email: 'rpd@exemplu.ro', phone: '+40 721 000 000' });
    expect(response.body.escalation).toMatchObject({
      overdueRepeatHours: 3,
      reminderHoursLeft: [24, 2],
      dpoFromHoursLeft: 12,
      contacts: [{ name: 'CISO', slackUserId: 'U0CISO1' }],
    });
    expect(response.body).toMatchObject({ name: 'Exemplu Telecom SRL', sectors: ['electronic_communications'], leadAuthority: 'CNIL' });
    expect((await t.api().get('/api/v1/organisation').expect(200)).body).toEqual(response.body);
  });

  it('audits a PATCH with before and after', async () => {
    await t.api().patch('/api/v1/organisation').send({ address: 'Str. Nouă 2, Cluj-Napoca' }).expect(200);
    const last = (await auditedChanges()).at(-1);
    expect(last.before.address).toBe('Str. Exemplu 1, București');
    expect(last.after.address).toBe('Str. Nouă 2, Cluj-Napoca');
  });

  it('clears the lead authority with null, and refuses null or bad values elsewhere, one line per field', async () => {
    await t.api().patch('/api/v1/organisation').send({ leadAuthority: null }).expect(200);
    const before = await auditedChanges();
    const response = await t
      .api()
      .patch('/api/v1/organisation')
      .send({ name: null, dpo: { email: 'not-an-email' }, sectors: ['banking'] })
      .expect(400);
    expect(response.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^name /), expect.stringContaining('dpo.email'), expect.stringContaining('sectors')]),
    );
    expect(await auditedChanges()).toHaveLength(before.length);
    expect((await t.api().get('/api/v1/organisation').expect(200)).body).toMatchObject({
      name: 'Exemplu Telecom SRL',
      leadAuthority: null,
    });
  });

  it('checks the merged escalation policy as a whole', async () => {
    const response = await t
      .api()
      .patch('/api/v1/organisation')
      .send({ escalation: { reminderHoursLeft: [6, 6] } })
      .expect(400);
    expect(response.body.message.join('\n')).toContain('escalation.reminderHoursLeft[1]');
  });

  it('reads settings stored before the DPO address existed with its visible blank', async () => {
    await t.dataSource.query(`UPDATE organisation SET settings = settings #- '{dpo,address}'`);
    expect((await t.api().get('/api/v1/organisation').expect(200)).body.dpo.address).toBe('[DPO address]');
  });

  it('lets only an admin PATCH', async () => {
    const dpo = await aUserWith(t, 'dpo');
    await t.api(dpo.token).patch('/api/v1/organisation').send({ name: 'X' }).expect(403);
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
