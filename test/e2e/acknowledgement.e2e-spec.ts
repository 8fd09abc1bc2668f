import { anIncident } from '../support/factories';
import { FakeTimeSource, minutes } from '../support/fake-time';
import { startTestApp, type TestApp } from '../support/test-app';
import { aUserWith } from '../support/users';

describe('POST /api/v1/incidents/{id}/acknowledge: who took the incident on', () => {
  const time = new FakeTimeSource('2026-11-02T08:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ time });
  });
  afterAll(() => t.close());

  const logged = async () =>
    (
      await t
        .api()
        .post('/api/v1/incidents')
        .send(anIncident({ title: 'Phishing' }))
        .expect(201)
    ).body;
  const acknowledge = (id: string, token: string) => t.api(token).post(`/api/v1/incidents/${id}/acknowledge`);

  it('records the first responder and the moment, shows them on the incident and the board, audited', async () => {
    const incident = await logged();
    expect(incident).toMatchObject({ acknowledgedBy: null, acknowledgedAt: null });
    const responder = await aUserWith(t, 'responder', { name: 'Radu Ionescu' });
    const answer = (await acknowledge(incident.id, responder.token).expect(200)).body;
    const taken = { acknowledgedBy: { id: `user:${responder.id}`, name: 'Radu Ionescu' }, acknowledgedAt: time.now().toISOString() };
    expect(answer).toMatchObject(taken);
    expect((await t.api().get(`/api/v1/incidents/${incident.id}`).expect(200)).body).toMatchObject(taken);
    const board = (await t.api().get('/api/v1/console/board').expect(200)).body;
    expect(board.items.find((i: { id: string }) => i.id === incident.id)).toMatchObject(taken);
    const audited = await t.dataSource.query(`SELECT actor FROM audit_log WHERE action = 'incident.acknowledged' AND entity_id = $1`, [
      incident.id,
    ]);
    expect(audited).toEqual([{ actor: `user:${responder.id}` }]);
  });

  it('keeps the first; another person after is a take-over, noted and audited; the same person again changes nothing', async () => {
    const incident = await logged();
    const first = await aUserWith(t, 'responder', { name: 'Ioana Marin' });
    const dpo = await aUserWith(t, 'dpo', { name: 'Elena DPO' });
    await acknowledge(incident.id, first.token).expect(200);
    const firstAt = time.now().toISOString();
    time.advance(minutes(10));
    const answer = (await acknowledge(incident.id, dpo.token).expect(200)).body;
    expect(answer).toMatchObject({ acknowledgedBy: { id: `user:${first.id}`, name: 'Ioana Marin' }, acknowledgedAt: firstAt });
    await acknowledge(incident.id, first.token).expect(200);
    const read = (await t.api().get(`/api/v1/incidents/${incident.id}`).expect(200)).body;
    expect(read.notes.map((n: { body: string }) => n.body)).toEqual([
      'Taken over by Elena DPO from Ioana Marin, who acknowledged it first.',
    ]);
    const audited = await t.dataSource.query(
      `SELECT action, actor FROM audit_log WHERE action LIKE 'incident.%' AND entity_id = $1 ORDER BY id`,
      [incident.id],
    );
    expect(audited.map((a: { action: string }) => a.action)).toEqual([
      'incident.created',
      'incident.acknowledged',
      'incident.taken_over',
      'incident.acknowledged',
    ]);
  });

  it('is for responders and up: a reporter gets 403 and nothing is recorded', async () => {
    const incident = await logged();
    const reporter = await aUserWith(t, 'reporter');
    await acknowledge(incident.id, reporter.token).expect(403);
    expect((await t.api().get(`/api/v1/incidents/${incident.id}`).expect(200)).body.acknowledgedBy).toBeNull();
  });

  it('refuses a closed incident (409) and an unknown one (404)', async () => {
    const incident = await logged();
    const responder = await aUserWith(t, 'responder');
    await t
      .api()
      .post(`/api/v1/incidents/${incident.id}/close`)
      .send({ category: 'false_positive', reason: 'A test message, not a breach.' })
      .expect(200);
    const refused = await acknowledge(incident.id, responder.token).expect(409);
    expect(refused.body.code).toBe('INCIDENT_CLOSED');
    await acknowledge('0b6f4f5e-8d7a-4c61-9a0e-2f3c4d5e6f70', responder.token).expect(404);
  });
});
