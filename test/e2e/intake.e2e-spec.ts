import request from 'supertest';
import { aMalformedIncident, anIncident } from '../support/factories.js';
import { hours } from '../support/fake-time.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('incident intake', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const countIncidents = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM incidents'))[0].n);
  const countAudit = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM audit_log'))[0].n);

  it('logs an incident with the admin token and reads it back', async () => {
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ awareAt: '2026-10-24T09:30:00+03:00' }))
      .expect(201);
    expect(created.body).toMatchObject({
      reference: 'BR-2026-0001',
      title: 'Call recordings bucket exposed',
      state: 'open',
      awareAt: '2026-10-24T06:30:00.000Z',
      awareAtLocal: '2026-10-24T09:30:00+03:00',
      dataCategories: ['identity', 'contact', 'communications_content'],
    });
    const read = await t.api().get(`/api/v1/incidents/${created.body.id}`).expect(200);
    expect(read.body).toMatchObject({ id: created.body.id, reference: 'BR-2026-0001', subjectsAffected: 1200, notes: [] });
  });

  it('takes awareness as now when the reporter does not say', async () => {
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    expect(created.body.awareAt).toBe(t.time.now().toISOString());
  });

  const badInputs: [string, Record<string, unknown>, string][] = [
    ['a missing title', aMalformedIncident({ title: undefined }), 'title'],
    ['an unknown breach type', aMalformedIncident({ breachTypes: ['theft'] }), 'breachTypes'],
    ['a negative subjectsAffected', aMalformedIncident({ subjectsAffected: -1 }), 'subjectsAffected'],
    ['an awareAt in the future', aMalformedIncident({ awareAt: '2026-10-25T07:00:00Z' }), 'awareAt must not be in the future'],
    ['an awareAt without an offset', aMalformedIncident({ awareAt: '2026-10-24T07:00:00' }), 'awareAt'],
    ['an unknown field', aMalformedIncident({ severity: 'max' }), 'property severity should not exist'],
    ['empty dataCategories', aMalformedIncident({ dataCategories: [] }), 'dataCategories'],
    ['an unknown data category', aMalformedIncident({ dataCategories: ['shoe_size'] }), 'dataCategories'],
    ['a 1000-character title', aMalformedIncident({ title: 'x'.repeat(1000) }), 'title'],
    ['an unknown role', aMalformedIncident({ role: 'owner' }), 'role'],
    [
      'a nested recipients value that does not exist',
      aMalformedIncident({ confidentiality: { recipients: 'aliens', dataRetrieved: false } }),
      'confidentiality.recipients',
    ],
    [
      'a permanent loss that is also restorable',
      aMalformedIncident({ breachTypes: ['availability'], availability: { outageHours: 5, restorable: true, permanentLoss: true } }),
      'availability.permanentLoss',
    ],
    [
      'a NUL character, which PostgreSQL cannot store',
      aMalformedIncident({ description: 'bucket\u0000listing' }),
      'description must not contain NUL',
    ],
    ['a list where an object belongs', aMalformedIncident({ confidentiality: [] }), 'confidentiality must be an object'],
    ['a list of lists for the controllers', aMalformedIncident({ role: 'processor', affectedControllers: [[]] }), 'affectedControllers'],
    [
      'an occurrence after awareness',
      aMalformedIncident({ occurredAt: '2026-10-24T08:00:00Z', awareAt: '2026-10-24T06:00:00Z' }),
      'occurredAt must not be later than awareAt',
    ],
  ];

  it.each(badInputs)('refuses %s with a 400 naming the field and writes nothing', async (_, payload, expected) => {
    const [incidentsBefore, auditBefore] = [await countIncidents(), await countAudit()];
    const response = await t.api().post('/api/v1/incidents').send(payload).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(Array.isArray(response.body.message)).toBe(true);
    expect(response.body.message.join('\n')).toContain(expected);
    expect(await countIncidents()).toBe(incidentsBefore);
    expect(await countAudit()).toBe(auditBefore);
  });

  it('takes a null fact as not known', async () => {
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(aMalformedIncident({ encryption: null, mitigation: null }))
      .expect(201);
    expect(created.body).not.toHaveProperty('encryption');
    expect(created.body.assessment.reasons.length).toBeGreaterThan(0);
    await t
      .api()
      .post('/api/v1/risk/assess')
      .send({
        title: 'Contact list sent to a wrong address',
        role: 'controller',
        breachTypes: ['confidentiality'],
        dataCategories: ['contact'],
        encryption: null,
      })
      .expect(200);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const response = await request(t.http)
      .post('/api/v1/incidents')
      .set('Authorization', 'Bearer test-admin-token-0123456789abcdef')
      .set('Content-Type', 'application/json')
      .send('{"title": "half')
      .expect(400);
    expect(response.body.message.join(' ')).toMatch(/JSON/);
  });

  it('refuses a request without a token or with a wrong one (401)', async () => {
    await request(t.http).get('/api/v1/incidents').expect(401);
    await t.api('bd_not-a-real-token').get('/api/v1/incidents').expect(401);
  });

  it('lets a reporter log an incident but not create a user (403)', async () => {
    const reporter = await t
      .api()
      .post('/api/v1/users')
      .send({ name: 'Rita Reporter', email: 'rita@example.ro', roles: ['reporter'] })
      .expect(201);
    expect(reporter.body.token).toMatch(/^bd_/);
    await t.api(reporter.body.token).post('/api/v1/incidents').send(anIncident()).expect(201);
    await t
      .api(reporter.body.token)
      .post('/api/v1/users')
      .send({ name: 'X', email: 'x@example.ro', roles: ['admin'] })
      .expect(403);
    await t
      .api(reporter.body.token)
      .post('/api/v1/incidents/00000000-0000-0000-0000-000000000000/close')
      .send({ category: 'resolved', reason: 'x' })
      .expect(403);
  });

  it('stops accepting a revoked token and rotates tokens on request', async () => {
    const user = await t
      .api()
      .post('/api/v1/users')
      .send({ name: 'Ion Responder', email: 'ion@example.ro', roles: ['responder'] })
      .expect(201);
    await t.api(user.body.token).get('/api/v1/incidents').expect(200);
    const rotated = await t
      .api()
      .post(`/api/v1/users/${user.body.id}/tokens`)
      .send({ revokeExisting: true, label: 'rotation' })
      .expect(201);
    await t.api(user.body.token).get('/api/v1/incidents').expect(401);
    await t.api(rotated.body.token).get('/api/v1/incidents').expect(200);
    await t.api(rotated.body.token).delete(`/api/v1/tokens/${rotated.body.id}`).expect(204);
    await t.api(rotated.body.token).get('/api/v1/incidents').expect(401);
    const tokens = await t.api().get(`/api/v1/users/${user.body.id}/tokens`).expect(200);
    expect(tokens.body).toHaveLength(2);
    expect(tokens.body.every((token: { revokedAt: string | null }) => token.revokedAt !== null)).toBe(true);
    expect(JSON.stringify(tokens.body)).not.toContain('tokenHash');
  });

  it('refuses a second user with the same email with a 409 naming the field', async () => {
    await t
      .api()
      .post('/api/v1/users')
      .send({ name: 'A', email: 'same@example.ro', roles: ['reporter'] })
      .expect(201);
    const dup = await t
      .api()
      .post('/api/v1/users')
      .send({ name: 'B', email: 'SAME@example.ro', roles: ['reporter'] })
      .expect(409);
    expect(dup.body.message).toEqual(['email is already used by another user']);
  });

  it('numbers references without gaps under concurrent intake', async () => {
    const before = await countIncidents();
    const responses = await Promise.all(Array.from({ length: 20 }, () => t.api().post('/api/v1/incidents').send(anIncident())));
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const numbers = responses.map((r) => Number(r.body.reference.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => before + 1 + i));
  });

  it('updates facts, keeps notes and closes with a reason, auditing each change', async () => {
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    const id = created.body.id;
    const patched = await t
      .api()
      .patch(`/api/v1/incidents/${id}`)
      .send({ subjectsAffected: 40, mitigation: { measures: 'Keys rotated' } })
      .expect(200);
    expect(patched.body).toMatchObject({ subjectsAffected: 40, title: created.body.title, version: created.body.version + 1 });
    const removedTitle = await t.api().patch(`/api/v1/incidents/${id}`).send({ title: null }).expect(400);
    expect(removedTitle.body.message).toEqual(['title may be changed but not removed']);
    await t.api().post(`/api/v1/incidents/${id}/notes`).send({ body: 'Forensics engaged' }).expect(201);
    const closed = await t
      .api()
      .post(`/api/v1/incidents/${id}/close`)
      .send({ category: 'not_a_personal_data_breach', reason: 'Test data only' })
      .expect(200);
    expect(closed.body).toMatchObject({ state: 'closed', closeCategory: 'not_a_personal_data_breach', closeReason: 'Test data only' });
    await t.api().post(`/api/v1/incidents/${id}/close`).send({ category: 'resolved', reason: 'again' }).expect(409);
    const actions = await t.dataSource.query(
      `SELECT action, actor FROM audit_log WHERE entity_id = $1 AND action LIKE 'incident.%' ORDER BY id`,
      [id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'incident.created',
      'incident.updated',
      'incident.note_added',
      'incident.closed',
    ]);
    const read = await t.api().get(`/api/v1/incidents/${id}`).expect(200);
    expect(read.body.notes.map((n: { body: string }) => n.body)).toEqual(['Forensics engaged']);
  });

  it('audits an intake in the order it happened: the creation with its reference, then the assessment and the clocks', async () => {
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    const lines: { action: string; after: { reference?: string } }[] = await t.dataSource.query(
      `SELECT action, after FROM audit_log WHERE id >= (SELECT min(id) FROM audit_log WHERE entity_id = $1) ORDER BY id`,
      [created.body.id],
    );
    expect(lines[0]).toMatchObject({ action: 'incident.created', after: { reference: created.body.reference } });
    expect(lines[1].action).toBe('assessment.created');
    expect(lines.slice(2).map((l) => l.action)).toEqual(expect.arrayContaining(['clock.started']));
    expect(new Set(lines.slice(2).map((l) => l.action))).toEqual(new Set(['clock.started']));
  });

  // Each statement is a round trip, and round trips were where the intake's time went (issue 16.7).
  it('writes an intake in one statement: all its rows and its audit lines, committed, by the settings this instance holds', async () => {
    // The first intake of the app reads the settings; this one has them.
    await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    // Every statement sent, through the data source's logger (the intake's own is a prepared statement).
    const sent = jest.spyOn(t.dataSource.logger, 'logQuery');
    let statements: string[];
    try {
      await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
      statements = sent.mock.calls.map(([text]) => text);
    } finally {
      sent.mockRestore();
    }
    // The incident, its assessment, clocks, alerts and audit lines in one statement, which is its own transaction
    // (nothing around it), and which fails if the settings it was computed by are no longer current.
    const written = statements.filter((text) => text.includes('reference_counters'));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(
      /INSERT INTO incidents .*INSERT INTO assessments .*INSERT INTO clocks .*INSERT INTO escalation_steps.*audit_append.*organisation_settings_unchanged/s,
    );
    expect(statements.filter((text) => /FROM "?organisation"?/.test(text))).toEqual([]);
    expect(statements).not.toContain('START TRANSACTION');
  });

  it('plans by settings changed elsewhere (another instance, or SQL), without a gap in the references', async () => {
    const reminders = async (id: string): Promise<string[]> =>
      (
        await t.dataSource.query(
          `SELECT s.level FROM escalation_steps s JOIN clocks c ON c.id = s.clock_id
           WHERE s.incident_id = $1 AND c.key = 'gdpr_art33' AND s.kind = 'reminder' ORDER BY s.fire_at`,
          [id],
        )
      ).map((row: { level: string }) => row.level);
    await t
      .api()
      .patch('/api/v1/organisation')
      .send({ escalation: { reminderHoursLeft: [48] } })
      .expect(200);
    const before = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    expect(await reminders(before.body.id)).toEqual(['left_48h']);
    // Not through this instance: its copy of the settings is now stale.
    await t.dataSource.query(`UPDATE organisation SET settings = jsonb_set(settings, '{escalation,reminderHoursLeft}', '[48, 12]')`);
    const after = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    expect(await reminders(after.body.id)).toEqual(['left_48h', 'left_12h']);
    const number = (reference: string) => Number(reference.split('-').pop());
    expect(number(after.body.reference)).toBe(number(before.body.reference) + 1);
  });

  it('lists with filters and paging', async () => {
    const older = t.time.hoursAgo(48).toISOString();
    await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ title: 'Old laptop theft', awareAt: older }))
      .expect(201);
    const page = await t
      .api()
      .get('/api/v1/incidents')
      .query({ awareTo: t.time.hoursAgo(24).toISOString(), pageSize: 1 })
      .expect(200);
    expect(page.body).toMatchObject({ total: 1, page: 1, pageSize: 1 });
    expect(page.body.items[0].title).toBe('Old laptop theft');
    const searched = await t.api().get('/api/v1/incidents').query({ q: 'laptop' }).expect(200);
    expect(searched.body.total).toBe(1);
    const closedOnly = await t.api().get('/api/v1/incidents').query({ state: 'closed' }).expect(200);
    expect(closedOnly.body.items.every((i: { state: string }) => i.state === 'closed')).toBe(true);
    await t.api().get('/api/v1/incidents').query({ pageSize: 1000 }).expect(400);
    await t.api().get('/api/v1/incidents/not-a-uuid').expect(400);
    await t.api().get('/api/v1/incidents/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('accepts a backdated awareness and refuses one only when it lies ahead', async () => {
    t.time.advance(hours(1));
    await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ awareAt: t.time.hoursAgo(80).toISOString() }))
      .expect(201);
  });
});
