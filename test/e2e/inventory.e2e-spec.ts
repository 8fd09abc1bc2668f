import { InventoryService } from '../../src/inventory/inventory.service';
import { startTestApp, type TestApp } from '../support/test-app';
import { aUserWith, type TestUser } from '../support/users';

const callRecordings = (customerId: string) => ({
  slug: 'call-recordings',
  name: 'Call recordings',
  dataSets: [
    { role: 'controller', dataCategories: ['identity', 'account'], subjectCategories: ['customers'], subjectsAffected: 3000 },
    {
      role: 'processor',
      dataCategories: ['identity', 'communications_content'],
      subjectCategories: ['customers'],
      encryptionAtRest: 'strong',
      electronicCommunications: true,
      customers: [{ customerId, subjectsAffected: 12000, recordsAffected: 50000 }],
    },
  ],
});

describe('the data inventory: customers and systems', () => {
  let t: TestApp;
  let reporter: TestUser;
  let responder: TestUser;
  let alpha: { id: string };
  beforeAll(async () => {
    t = await startTestApp();
    reporter = await aUserWith(t, 'reporter');
    responder = await aUserWith(t, 'responder');
  });
  afterAll(() => t.close());

  it('adds a customer with the DPA’s window, Romanian by default, audited', async () => {
    const response = await t
      .api()
      .post('/api/v1/customers')
      .send({ name: 'Shop Alpha SRL', contact: 'dpo@alpha.test', noticeHours: 24 })
      .expect(201);
    alpha = response.body;
    expect(response.body).toMatchObject({
      name: 'Shop Alpha SRL',
      contact: 'dpo@alpha.test',
      noticeHours: 24,
      language: 'ro',
      notes: null,
    });
    const [entry] = await t.dataSource.query(`SELECT after FROM audit_log WHERE action = 'customer.created' AND entity_id = $1`, [
      alpha.id,
    ]);
    expect(entry.after).toMatchObject({ name: 'Shop Alpha SRL', noticeHours: 24 });
  });

  it('refuses a window outside 1–720 hours and an unknown language, naming the fields', async () => {
    const response = await t
      .api()
      .post('/api/v1/customers')
      .send({ name: 'Shop Beta SRL', contact: 'dpo@beta.test', noticeHours: 721, language: 'de' })
      .expect(400);
    expect(response.body.message).toEqual(
      expect.arrayContaining([expect.stringContaining('noticeHours'), expect.stringContaining('language')]),
    );
  });

  it('refuses a second customer of the same name (names are the key of exported files)', async () => {
    await t.api().post('/api/v1/customers').send({ name: 'Shop Alpha SRL', contact: 'x@alpha.test' }).expect(409);
  });

  it('lets a responder add a system holding our data and a customer’s, and everyone read it', async () => {
    const created = await t.api(responder.token).post('/api/v1/systems').send(callRecordings(alpha.id)).expect(201);
    expect(created.body.dataSets[1].customers).toEqual([
      { customerId: alpha.id, customerName: 'Shop Alpha SRL', subjectsAffected: 12000, recordsAffected: 50000 },
    ]);
    expect(created.body.dataSets[0]).toMatchObject({ role: 'controller', electronicCommunications: false, customers: [] });
    const read = await t.api(reporter.token).get('/api/v1/systems/call-recordings').expect(200);
    expect(read.body).toEqual(created.body);
    expect((await t.api(reporter.token).get('/api/v1/systems').expect(200)).body.map((s: { slug: string }) => s.slug)).toEqual([
      'call-recordings',
    ]);
    await t.api(reporter.token).get(`/api/v1/customers/${alpha.id}`).expect(200);
  });

  it('forbids a reporter to change the inventory', async () => {
    const refused = await t
      .api(reporter.token)
      .post('/api/v1/customers')
      .send({ name: 'Shop Gamma SRL', contact: 'g@gamma.test' })
      .expect(403);
    expect(refused.body.message).toEqual(['this action needs the responder or admin role']);
    await t.api(reporter.token).patch('/api/v1/systems/call-recordings').send({ name: 'X' }).expect(403);
    await t.api(reporter.token).delete('/api/v1/systems/call-recordings').expect(403);
    await t.api(reporter.token).delete(`/api/v1/customers/${alpha.id}`).expect(403);
  });

  it('lets an admin who holds no incident role read and edit it (admin is not an incident role)', async () => {
    const admin = await aUserWith(t, 'admin');
    await t.api(admin.token).get('/api/v1/systems').expect(200);
    await t.api(admin.token).patch('/api/v1/systems/call-recordings').send({ name: 'Call recordings' }).expect(200);
    await t.api(admin.token).get('/api/v1/incidents').expect(403);
  });

  it('refuses a slug that is not lowercase kebab, and a slug already taken', async () => {
    const bad = await t
      .api()
      .post('/api/v1/systems')
      .send({ ...callRecordings(alpha.id), slug: 'Call_Recordings' })
      .expect(400);
    expect(bad.body.message.join('\n')).toContain('slug');
    await t.api().post('/api/v1/systems').send(callRecordings(alpha.id)).expect(409);
  });

  it('refuses customers on a controller data set and an unknown customer, naming the field path', async () => {
    const body = callRecordings(alpha.id);
    body.dataSets[0] = { ...body.dataSets[0], customers: [{ customerId: alpha.id }] } as (typeof body.dataSets)[0];
    const onController = await t
      .api()
      .post('/api/v1/systems')
      .send({ ...body, slug: 'other' })
      .expect(400);
    expect(onController.body.message).toEqual([expect.stringContaining('dataSets[0].customers are only for processor data sets')]);
    const unknown = await t
      .api()
      .post('/api/v1/systems')
      .send({ ...callRecordings('00000000-0000-4000-8000-000000000000'), slug: 'other' })
      .expect(400);
    expect(unknown.body.message).toEqual(['dataSets[1].customers[0].customerId names no customer: 00000000-0000-4000-8000-000000000000']);
    const badCategory = await t
      .api()
      .post('/api/v1/systems')
      .send({ slug: 'other', name: 'Other', dataSets: [{ role: 'controller', dataCategories: ['helth'], subjectCategories: ['users'] }] })
      .expect(400);
    expect(badCategory.body.message.join('\n')).toMatch(/dataSets\.0\..*dataCategories must be one of/);
    await t.api().get('/api/v1/systems/other').expect(404);
  });

  it('refuses to delete a customer a data set names (409), and deletes it once no system does', async () => {
    const refused = await t.api().delete(`/api/v1/customers/${alpha.id}`).expect(409);
    expect(refused.body.message.join('\n')).toContain('call-recordings');
    const changed = await t
      .api(responder.token)
      .patch('/api/v1/systems/call-recordings')
      .send({ description: 'Recordings of calls', dataSets: [callRecordings(alpha.id).dataSets[0]] })
      .expect(200);
    expect(changed.body).toMatchObject({ slug: 'call-recordings', name: 'Call recordings', description: 'Recordings of calls' });
    expect(changed.body.dataSets).toHaveLength(1);
    await t.api().delete(`/api/v1/customers/${alpha.id}`).expect(204);
    await t.api().get(`/api/v1/customers/${alpha.id}`).expect(404);
    const actions = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_type IN ('customer','system') ORDER BY id`);
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'customer.created',
      'system.created',
      'system.updated',
      'system.updated',
      'customer.deleted',
    ]);
  });

  it('keeps the slug stable: a PATCH may not change it', async () => {
    const response = await t.api().patch('/api/v1/systems/call-recordings').send({ slug: 'renamed' }).expect(400);
    expect(response.body.message.join('\n')).toContain('slug');
  });

  it('lists customers by name, and deletes a system (audited) so that it is gone', async () => {
    await t.api().post('/api/v1/customers').send({ name: 'Atelier Omega SRL', contact: 'dpo@omega.test' }).expect(201);
    const listed = await t.api(reporter.token).get('/api/v1/customers').expect(200);
    expect(listed.body.map((c: { name: string }) => c.name)).toEqual(['Atelier Omega SRL']);
    await t.api().post('/api/v1/systems').send({ slug: 'scratch', name: 'Scratch', dataSets: [] }).expect(201);
    await t.api(responder.token).delete('/api/v1/systems/scratch').expect(204);
    await t.api().get('/api/v1/systems/scratch').expect(404);
    await t.api().delete('/api/v1/systems/scratch').expect(404);
    const [entry] = await t.dataSource.query(`SELECT before FROM audit_log WHERE action = 'system.deleted'`);
    expect(entry.before).toMatchObject({ slug: 'scratch', name: 'Scratch' });
  });

  it('changes a customer’s window with a PATCH, keeping the rest', async () => {
    const beta = (
      await t.api().post('/api/v1/customers').send({ name: 'Shop Beta SRL', contact: 'dpo@beta.test', language: 'en' }).expect(201)
    ).body;
    expect(beta.noticeHours).toBe(24);
    const changed = await t.api(responder.token).patch(`/api/v1/customers/${beta.id}`).send({ noticeHours: 48 }).expect(200);
    expect(changed.body).toMatchObject({ name: 'Shop Beta SRL', contact: 'dpo@beta.test', noticeHours: 48, language: 'en' });
  });
});

describe('the inventory read by the intake (InventoryService.dataSetsFor)', () => {
  let t: TestApp;
  let inventory: InventoryService;
  let alpha: { id: string };
  beforeAll(async () => {
    t = await startTestApp();
    inventory = t.app.get(InventoryService);
    alpha = (
      await t
        .api()
        .post('/api/v1/customers')
        .send({ name: 'Shop Alpha SRL', contact: 'dpo@alpha.test', noticeHours: 36, language: 'en' })
        .expect(201)
    ).body;
    await t.api().post('/api/v1/systems').send(callRecordings(alpha.id)).expect(201);
    await t
      .api()
      .post('/api/v1/systems')
      .send({
        slug: 'billing',
        name: 'Billing',
        dataSets: [{ role: 'controller', dataCategories: ['financial'], subjectCategories: ['customers'] }],
      })
      .expect(201);
  });
  afterAll(() => t.close());

  it('gives every data set of the named systems, with each customer’s contact, window and own figures', async () => {
    const dataSets = await inventory.dataSetsFor(['call-recordings']);
    expect(dataSets).toEqual([
      {
        systemSlug: 'call-recordings',
        systemName: 'Call recordings',
        role: 'controller',
        dataCategories: ['identity', 'account'],
        subjectCategories: ['customers'],
        subjectsAffected: 3000,
        electronicCommunications: false,
        customers: [],
      },
      {
        systemSlug: 'call-recordings',
        systemName: 'Call recordings',
        role: 'processor',
        dataCategories: ['identity', 'communications_content'],
        subjectCategories: ['customers'],
        encryptionAtRest: 'strong',
        electronicCommunications: true,
        customers: [
          {
            customerId: alpha.id,
            name: 'Shop Alpha SRL',
            contact: 'dpo@alpha.test',
            noticeHours: 36,
            language: 'en',
            subjectsAffected: 12000,
            recordsAffected: 50000,
          },
        ],
      },
    ]);
  });

  it('refuses slugs that name no system, one line each', async () => {
    await expect(inventory.dataSetsFor(['billing', 'nope', 'gone'])).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      problems: [
        { field: 'systems', problem: 'names no system in the inventory: nope' },
        { field: 'systems', problem: 'names no system in the inventory: gone' },
      ],
    });
  });

  it('offers every system by name for a picker', async () => {
    expect(await inventory.systemOptions()).toEqual([
      { slug: 'billing', name: 'Billing' },
      { slug: 'call-recordings', name: 'Call recordings' },
    ]);
  });
});
