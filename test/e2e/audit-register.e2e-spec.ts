import request from 'supertest';
import { anIncident } from '../support/factories.js';
import { rewriteAuditEntry } from '../support/tamper.js';
import { withClient } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('audit trail and breach register', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('verifies an intact hash chain covering every change', async () => {
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    await t.api().patch(`/api/v1/incidents/${created.body.id}`).send({ subjectsAffected: 3 }).expect(200);
    const verified = await t.api().get('/api/v1/audit/verify').expect(200);
    expect(verified.body).toMatchObject({
      ok: true,
      entries: expect.any(Number),
      firstBadEntry: null,
      missingEntries: null,
      rewritten: false,
      problems: [],
    });
    // bootstrap admin + its token, the incident and its update
    expect(verified.body.entries).toBeGreaterThanOrEqual(4);
  });

  it('keeps one unbroken chain when many commands commit at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        t
          .api()
          .post('/api/v1/incidents')
          .send(anIncident({ title: `Concurrent ${i}` })),
      ),
    );
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const verified = await t.api().get('/api/v1/audit/verify').expect(200);
    expect(verified.body).toMatchObject({ ok: true, firstBadEntry: null });
    const created = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'incident.created'`);
    expect(created[0].n).toBeGreaterThanOrEqual(15);
  });

  it('refuses to change or delete audit history at the database, even to its owner while the trigger is on', async () => {
    await withClient(t.databaseUrl, async (owner) => {
      await expect(owner.query(`UPDATE audit_log SET actor = 'someone-else' WHERE id = 1`)).rejects.toThrow(/append-only/);
      await expect(owner.query(`DELETE FROM audit_log WHERE id = 1`)).rejects.toThrow(/append-only/);
      await expect(owner.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    });
  });

  it('reports the first tampered entry when the owner bypasses the trigger', async () => {
    await rewriteAuditEntry(t.databaseUrl, 3, { title: 'rewritten' });
    const verified = await t.api().get('/api/v1/audit/verify').expect(200);
    expect(verified.body).toMatchObject({ ok: false, firstBadEntry: 3 });
  });

  it('lists every incident in the register, as JSON and as CSV', async () => {
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ title: 'Fișiere CDR expuse, "urgent"' }))
      .expect(201);
    const json = await t.api().get('/api/v1/register').expect(200);
    const entry = json.body.entries.find((e: { reference: string }) => e.reference === created.body.reference);
    expect(entry).toMatchObject({
      title: 'Fișiere CDR expuse, "urgent"',
      remedialAction: expect.any(String),
      dataCategories: expect.arrayContaining(['communications_content']),
      riskLevel: created.body.assessment.riskLevel,
      notifyAuthority: created.body.assessment.notifyAuthority,
    });
    expect(entry.decisionReasons.length).toBeGreaterThan(0);
    expect(entry.clockOutcomes).toEqual(expect.arrayContaining([expect.stringMatching(/^gdpr_art33 → ANSPDCP: running, due /)]));
    const csv = await t.api().get('/api/v1/register?format=csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain(created.body.reference);
    expect(csv.text).toContain('"Fișiere CDR expuse, ""urgent"""');
    await t.api().get('/api/v1/register?format=xml').expect(400);
  });

  it('serves health and the OpenAPI document without a token', async () => {
    await request(t.http).get('/health/live').expect(200);
    const ready = await request(t.http).get('/health/ready').expect(200);
    expect(ready.body.status).toBe('ok');
    const docs = await request(t.http).get('/docs-json').expect(200);
    expect(docs.body.paths['/api/v1/incidents']).toHaveProperty('post');
    expect(docs.body.components.schemas.CreateIncidentDto.properties).toHaveProperty('dataCategories');
    expect(docs.body.components.schemas.ClockResponse.properties).toHaveProperty('dueAtLocal');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/risk/assess',
        '/api/v1/incidents/{id}/clocks',
        '/api/v1/register',
        '/api/v1/audit/verify',
        '/api/v1/organisation',
        '/api/v1/users',
      ]),
    );
  });

  it('sends security headers and a request id', async () => {
    const response = await request(t.http).get('/health/live').set('X-Request-Id', 'abc-123').expect(200);
    expect(response.headers['x-request-id']).toBe('abc-123');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
