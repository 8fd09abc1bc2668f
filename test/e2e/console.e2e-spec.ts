import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE_ROOT } from '../../src/console/console.module';
import type { CreateIncidentDto } from '../../src/incidents/create-incident.dto';
import { anIncident } from '../support/factories';
import { aUserWith } from '../support/users';
import { startTestApp, type TestApp } from '../support/test-app';

// `npm test` builds the console first (pretest); these check the service serves that build.
describe('the console at / (web/, served by the service)', () => {
  let t: TestApp;
  beforeAll(async () => {
    if (!existsSync(join(CONSOLE_ROOT, 'index.html'))) throw new Error(`no console build in ${CONSOLE_ROOT}: run "npm run build" first`);
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const get = (path: string) => t.api().get(path).unset('Authorization');
  const logged = async (facts: Partial<CreateIncidentDto>) =>
    (await t.api().post('/api/v1/incidents').send(anIncident(facts)).expect(201)).body;
  const onBoard = async (id: string) =>
    (await t.api().get('/api/v1/console/board').expect(200)).body.items.find((i: { id: string }) => i.id === id);
  const consoleHtml = (text: string) => expect(text).toMatch(/<div id="root"><\/div>/);

  it.each(['/', '/sign-in', '/incidents/x/notices/y', '/invitation/abc', '/audit?x=1'])(
    'answers %s with the console’s page',
    async (path) => {
      const response = await get(path)
        .expect(200)
        .expect('Content-Type', /text\/html/);
      consoleHtml(response.text);
    },
  );

  it.each(['/api/v1/nothing-here/at-all', '/health/nope', '/slack/nope', '/docs-nope', '/metrics/nope'])(
    'keeps %s out of it: a JSON 404, not the console',
    async (path) => {
      const response = await get(path)
        .expect(404)
        .expect('Content-Type', /application\/json/);
      expect(response.body).toMatchObject({ statusCode: 404 });
    },
  );

  it('still serves the API, its docs and the probes', async () => {
    await get('/health/live').expect(200, { status: 'ok' });
    await get('/docs-json').expect(200).expect('Content-Type', /json/);
    await get('/api/v1/incidents').expect(401);
  });

  it('serves the built scripts and styles, which its Content-Security-Policy allows', async () => {
    const page = await get('/incidents/x/notices/y').expect(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.text).not.toMatch(/<script>(?!<\/script>)/); // no inline script the policy would block
    const assets = [...page.text.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const response = await get(asset).expect(200);
      expect(response.headers['content-type']).toMatch(asset.endsWith('.js') ? /javascript/ : /css/);
      expect(response.headers['cache-control']).toContain('immutable');
    }
    expect(readdirSync(join(CONSOLE_ROOT, 'assets')).length).toBeGreaterThan(2); // pages are split into chunks
  });

  it('tells the console its display zone and first language before sign-in', async () => {
    await get('/api/v1/console/config').expect(200, { displayTimeZone: t.config.displayTimeZone, defaultLanguage: 'ro' });
  });

  it('lists open incidents on the board, most urgent clock first', async () => {
    const older = await logged({ title: 'Older', awareAt: new Date(t.time.now().getTime() - 60 * 3_600_000).toISOString() });
    const newer = await logged({ title: 'Newer' });
    const board = (await t.api().get('/api/v1/console/board').expect(200)).body;
    const mine = board.items.filter((i: { id: string }) => [older.id, newer.id].includes(i.id));
    expect(mine.map((i: { reference: string }) => i.reference)).toEqual([older.reference, newer.reference]);
    expect(mine[0].clock).toMatchObject({ key: 'gdpr_art33', state: 'running', legalBasis: expect.stringContaining('33') });
    await get('/api/v1/console/board').expect(401);
  });

  it('shows on the board only a clock still owing: one judged not required gives way to the next', async () => {
    const incident = await logged({ title: 'Not required' });
    const dpo = await aUserWith(t, 'dpo');
    expect((await onBoard(incident.id)).clock.key).toBe('gdpr_art33');
    await t
      .api(dpo.token)
      .post(`/api/v1/incidents/${incident.id}/clocks/gdpr_art33/not-required`)
      .send({ reason: 'Public already' })
      .expect(200);
    expect((await onBoard(incident.id)).clock?.key).not.toBe('gdpr_art33');
  });

  it('shows on the board the newest assessment’s decision, not an earlier version’s', async () => {
    const unlikely = {
      dataCategories: ['contact'],
      subjectsAffected: 3,
      encryption: { level: 'strong', keyCompromised: false },
    } satisfies Partial<CreateIncidentDto>;
    const incident = await logged({ title: 'Reassessed', ...unlikely });
    expect(await onBoard(incident.id)).toMatchObject({ riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false });
    await t
      .api()
      .patch(`/api/v1/incidents/${incident.id}`)
      .send({ encryption: { level: 'none', keyCompromised: false }, subjectsAffected: 5000 })
      .expect(200);
    const assessments = (await t.api().get(`/api/v1/incidents/${incident.id}/assessments`).expect(200)).body;
    expect(assessments.length).toBeGreaterThan(1);
    expect(await onBoard(incident.id)).toMatchObject({ riskLevel: assessments.at(-1).riskLevel, notifyAuthority: true });
  });

  it('shows on the board the decision in force (the DPO’s override over the engine’s) and a clock past its deadline as missed', async () => {
    const incident = await logged({
      title: 'Overridden and late',
      awareAt: new Date(t.time.now().getTime() - 80 * 3_600_000).toISOString(),
    });
    expect(await onBoard(incident.id)).toMatchObject({
      riskLevel: incident.assessment.riskLevel,
      notifyAuthority: true,
      clock: { key: 'gdpr_art33', state: 'missed' },
    });
    const dpo = await aUserWith(t, 'dpo');
    await t
      .api(dpo.token)
      .post(`/api/v1/incidents/${incident.id}/assessments/override`)
      .send({
        riskLevel: 'risk',
        notifyAuthority: true,
        notifyDataSubjects: false,
        justification: 'Only a few records, all encrypted at rest.',
      })
      .expect(200);
    expect(await onBoard(incident.id)).toMatchObject({ riskLevel: 'risk', notifyAuthority: true, notifyDataSubjects: false });
  });

  it('shows an incident’s own audit trail, newest first, and pages through the whole log', async () => {
    const incident = await logged({ title: 'Audited' });
    await t.api().post(`/api/v1/incidents/${incident.id}/notes`).send({ body: 'Looked at it.' }).expect(201);
    await t.api().patch(`/api/v1/incidents/${incident.id}`).send({ subjectsAffected: 10 }).expect(200);
    const trail = (await t.api().get(`/api/v1/audit/entries?entityId=${incident.id}`).expect(200)).body;
    const actions = trail.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['incident.updated', 'incident.note_added']));
    expect(actions.indexOf('incident.updated')).toBeLessThan(actions.indexOf('incident.note_added'));
    expect(actions.at(-1)).toBe('incident.created');
    expect(trail[0]).toMatchObject({ entityId: incident.id, actorName: expect.any(String), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const [newest, older] = (await t.api().get('/api/v1/audit/entries?limit=2').expect(200)).body;
    expect(newest.id).toBeGreaterThan(older.id);
    const next = (await t.api().get(`/api/v1/audit/entries?limit=1&before=${older.id}`).expect(200)).body;
    expect(next[0].id).toBeLessThan(older.id);
    await t.api().get('/api/v1/audit/entries?limit=0').expect(400);
  });

  it('answers 400 naming `before` for an id no int8 holds (it was a 500: found by the payloads drill)', async () => {
    const response = await t
      .api()
      .get(`/api/v1/audit/entries?before=${'9'.repeat(41)}`)
      .expect(400);
    expect(response.body.message.join(' ')).toMatch(/^before /);
  });
});
