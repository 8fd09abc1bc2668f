import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';
import { aUserWith } from '../support/users';

const EXAMPLES = join(__dirname, '../../examples');
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');
const BOM = '\ufeff';

describe.each(['cloud-pbx', 'ai-saas'])('the %s example inventory', (name) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is not there on a new installation', async () => {
    expect((await t.api().get('/api/v1/inventory').expect(200)).body).toEqual({ customers: [], systems: [] });
  });

  it('loads from its JSON file and exports back the same JSON and the same CSV sheet', async () => {
    const json = example(`${name}-inventory.json`);
    const summary = await t.api().post('/api/v1/inventory/import').set('Content-Type', 'application/json').send(json).expect(200);
    expect(summary.body.systems).toEqual({ created: 8, updated: 0, unchanged: 0, deleted: 0 });
    expect((await t.api().get('/api/v1/inventory?format=json').expect(200)).body).toEqual(JSON.parse(json));
    const csv = await t
      .api()
      .get('/api/v1/inventory?format=csv')
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    expect(csv.text).toBe(BOM + example(`${name}-inventory.csv`));
  });

  it('loads again from its CSV sheet without a change', async () => {
    const summary = await t
      .api()
      .post('/api/v1/inventory/import?format=csv')
      .set('Content-Type', 'text/csv')
      .send(example(`${name}-inventory.csv`))
      .expect(200);
    expect(summary.body).toEqual({
      mode: 'merge',
      customers: { created: 0, updated: 0, unchanged: 3, deleted: 0 },
      systems: { created: 0, updated: 0, unchanged: 8, deleted: 0 },
    });
  });
});

describe('importing and exporting the inventory', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t
      .api()
      .post('/api/v1/inventory/import')
      .send(JSON.parse(example('cloud-pbx-inventory.json')))
      .expect(200);
  });
  afterAll(() => t.close());

  const snapshot = async () => ({
    inventory: (await t.api().get('/api/v1/inventory').expect(200)).body,
    audit: (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n,
  });

  it('answers a bad sheet with every problem by row and column, and changes nothing', async () => {
    const before = await snapshot();
    const lines = example('ai-saas-inventory.csv').split('\r\n');
    lines[3] = lines[3].replace('identity; contact', 'identity; helth');
    lines[6] = lines[6].replace(
      'Epsilon Home GmbH,240000,1300000,datenschutz@epsilon.test,36',
      'Epsilon Home GmbH,240000,1300000,datenschutz@epsilon.test,0',
    );
    const response = await t
      .api()
      .post('/api/v1/inventory/import?format=csv')
      .set('Content-Type', 'text/csv')
      .send(lines.join('\r\n'))
      .expect(400);
    expect(response.body.message).toEqual(
      expect.arrayContaining([
        'row 4, dataCategories has "helth", which is not a data category',
        'row 7, customerNoticeHours is 0, not a whole number from 1 to 720',
      ]),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('answers a bad JSON file naming each path, and changes nothing', async () => {
    const before = await snapshot();
    const file = JSON.parse(example('ai-saas-inventory.json'));
    file.customers[0].noticeHours = 1000;
    file.systems[2].dataSets[0].role = 'owner';
    const response = await t.api().post('/api/v1/inventory/import').send(file).expect(400);
    expect(response.body.message).toEqual([
      'customers[0].noticeHours is 1000, not a whole number from 1 to 720',
      'systems[2].dataSets[0].role is "owner", which is not a role (controller, processor)',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('merges by slug and customer name, keeping what the file does not name', async () => {
    const file = { customers: [{ name: 'Shop Alpha SRL', contact: 'breach@alpha.test', noticeHours: 6 }], systems: [] };
    const summary = await t.api().post('/api/v1/inventory/import').send(file).expect(200);
    expect(summary.body.customers).toEqual({ created: 0, updated: 1, unchanged: 0, deleted: 0 });
    const { customers, systems } = (await t.api().get('/api/v1/inventory').expect(200)).body;
    expect(customers.find((c: { name: string }) => c.name === 'Shop Alpha SRL')).toMatchObject({
      contact: 'breach@alpha.test',
      noticeHours: 6,
    });
    expect(systems).toHaveLength(8);
  });

  it('replaces the whole inventory with mode=replace, audited change by change', async () => {
    const file = example('ai-saas-inventory.json');
    const summary = await t
      .api()
      .post('/api/v1/inventory/import?mode=replace')
      .set('Content-Type', 'application/json')
      .send(file)
      .expect(200);
    expect(summary.body.systems.deleted).toBe(8);
    expect(summary.body.customers.deleted).toBe(2);
    expect((await t.api().get('/api/v1/inventory').expect(200)).body).toEqual(JSON.parse(file));
    const [entry] = await t.dataSource.query(`SELECT after FROM audit_log WHERE action = 'inventory.imported' ORDER BY id DESC LIMIT 1`);
    expect(entry.after).toEqual(summary.body);
    const [deleted] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'system.deleted'`);
    expect(deleted.n).toBe(8);
  });

  it('lets every role export, and only an admin import', async () => {
    const reporter = await aUserWith(t, 'reporter');
    const dpo = await aUserWith(t, 'dpo');
    await t.api(reporter.token).get('/api/v1/inventory?format=csv').expect(200);
    await t.api(dpo.token).post('/api/v1/inventory/import').send({ customers: [], systems: [] }).expect(403);
  });

  it('refuses a file whose content type is not its format’s, and a sheet over 1 MB', async () => {
    await t.api().post('/api/v1/inventory/import?format=csv').send({ customers: [] }).expect(415);
    await t.api().post('/api/v1/inventory/import').set('Content-Type', 'text/csv').send('systemSlug\nx\n').expect(415);
    await t.api().post('/api/v1/systems').set('Content-Type', 'text/csv').send('slug\nx\n').expect(415);
    const big = `systemSlug,systemName\n${'x,y\n'.repeat(300_000)}`;
    await t.api().post('/api/v1/inventory/import?format=csv').set('Content-Type', 'text/csv').send(big).expect(413);
  });
});
