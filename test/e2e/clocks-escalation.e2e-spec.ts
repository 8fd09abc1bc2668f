import { EscalationDispatcher } from '../../src/notifications/escalation-dispatcher.service.js';
import { anIncident } from '../support/factories.js';
import { hours, minutes } from '../support/fake-time.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { aUserWith } from '../support/users.js';

interface SentLine {
  incidentId: string;
  key: string;
  level: string;
  superseded: string[];
}

async function sentLines(t: TestApp): Promise<SentLine[]> {
  const rows: { payload: { incident: { id: string }; clocks: { key: string; level: string; supersededLevels: string[] }[] } }[] =
    await t.dataSource.query('SELECT payload FROM outbox ORDER BY id');
  return rows.flatMap(({ payload }) =>
    payload.clocks.map((c) => ({ incidentId: payload.incident.id, key: c.key, level: c.level, superseded: c.supersededLevels })),
  );
}

const dispatch = (t: TestApp) => t.app.get(EscalationDispatcher).dispatchDue();

describe('deadline clocks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is due 72 elapsed hours after awareness, exact to the second, shown in Bucharest time across the DST change', async () => {
    t.time.set('2026-10-24T07:00:07Z');
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ awareAt: '2026-10-24T10:00:07+03:00' }))
      .expect(201);
    const clocks = await t.api().get(`/api/v1/incidents/${created.body.id}/clocks`).expect(200);
    const art33 = clocks.body.find((c: { key: string }) => c.key === 'gdpr_art33');
    expect(art33).toMatchObject({
      regime: 'gdpr_art33',
      recipient: 'ANSPDCP',
      dueAt: '2026-10-27T07:00:07.000Z',
      dueAtLocal: '2026-10-27T09:00:07+02:00',
      state: 'running',
      secondsLeft: 72 * 3600,
    });
  });

  it('shows a backdated awareness as missed at once', async () => {
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ awareAt: t.time.hoursAgo(80).toISOString() }))
      .expect(201);
    const clocks = await t.api().get(`/api/v1/incidents/${created.body.id}/clocks`).expect(200);
    expect(clocks.body.find((c: { key: string }) => c.key === 'gdpr_art33')).toMatchObject({
      state: 'missed',
      late: true,
      secondsLeft: -8 * 3600,
    });
  });

  it('needs no authority clock when the risk is unlikely, and plans no alerts for it', async () => {
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(
        anIncident({
          dataCategories: ['contact'],
          subjectsAffected: 3,
          encryption: { level: 'strong', keyCompromised: false },
          confidentiality: { recipients: 'unknown', dataRetrieved: false },
        }),
      )
      .expect(201);
    expect(created.body.assessment).toMatchObject({ riskLevel: 'unlikely', notifyAuthority: false });
    const clocks = await t.api().get(`/api/v1/incidents/${created.body.id}/clocks`).expect(200);
    expect(clocks.body.find((c: { key: string }) => c.key === 'gdpr_art33')).toMatchObject({ state: 'not_required' });
    const steps = await t.api().get(`/api/v1/incidents/${created.body.id}/escalations`).expect(200);
    expect(steps.body).toEqual([]);
  });

  it('gives a processor one clock per customer to warn, with its contractual window', async () => {
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(
        anIncident({
          role: 'processor',
          affectedControllers: [
            { name: 'Client A SRL', contact: 'dpo@a.ro', noticeHours: 12 },
            { name: 'Client B SA', contact: 'dpo@b.ro' },
          ],
        }),
      )
      .expect(201);
    const clocks = await t.api().get(`/api/v1/incidents/${created.body.id}/clocks`).expect(200);
    const keys = clocks.body.map((c: { key: string }) => c.key);
    expect(keys).not.toContain('gdpr_art33');
    const controllers = clocks.body.filter((c: { regime: string }) => c.regime === 'processor_to_controller');
    expect(controllers.map((c: { recipient: string; secondsLeft: number }) => [c.recipient, c.secondsLeft / 3600])).toEqual([
      ['Client A SRL', 12],
      ['Client B SA', 24],
    ]);
  });

  it('adds the 24-hour electronic-communications clock for a telecoms provider', async () => {
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ sectors: ['electronic_communications'] }))
      .expect(201);
    const clocks = await t.api().get(`/api/v1/incidents/${created.body.id}/clocks`).expect(200);
    expect(clocks.body.find((c: { key: string }) => c.key === 'eprivacy_initial')).toMatchObject({
      secondsLeft: 24 * 3600,
      state: 'running',
    });
  });

  it('lets a DPO record that a clock needs no notice, which stops its reminders (403 for a responder)', async () => {
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    const responder = await aUserWith(t, 'responder');
    const dpo = await aUserWith(t, 'dpo');
    const path = `/api/v1/incidents/${created.body.id}/clocks/gdpr_art33/not-required`;
    await t.api(responder.token).post(path).send({ reason: 'Data was fully public already' }).expect(403);
    const stopped = await t.api(dpo.token).post(path).send({ reason: 'Data was fully public already' }).expect(200);
    expect(stopped.body).toMatchObject({ state: 'not_required', notRequiredReason: 'Data was fully public already' });
    const steps = await t.api().get(`/api/v1/incidents/${created.body.id}/escalations`).expect(200);
    const art33Pending = steps.body.filter((s: { state: string; level: string }) => s.state === 'pending');
    const art33Clock = (
      await t.dataSource.query(`SELECT id FROM clocks WHERE incident_id = $1 AND key = 'gdpr_art33'`, [created.body.id])
    )[0].id;
    expect(art33Pending.filter((s: { clockKey: string }) => s.clockKey === 'gdpr_art33')).toEqual([]);
    expect(
      steps.body.filter((s: { clockKey: string; state: string }) => s.clockKey === 'gdpr_art33' && s.state === 'cancelled').length,
    ).toBeGreaterThan(0);
    const audit = await t.dataSource.query(`SELECT actor FROM audit_log WHERE action = 'clock.not_required' AND entity_id = $1`, [
      art33Clock,
    ]);
    expect(audit).toEqual([{ actor: `user:${dpo.id}` }]);
  });

  it('lets a DPO override the decision with a justification, keeping the engine result beside it', async () => {
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    const dpo = await aUserWith(t, 'dpo');
    const overridden = await t
      .api(dpo.token)
      .post(`/api/v1/incidents/${created.body.id}/assessments/override`)
      .send({
        riskLevel: 'unlikely',
        notifyAuthority: false,
        notifyDataSubjects: false,
        justification: 'The bucket logs show no access from outside our own network.',
      })
      .expect(200);
    expect(overridden.body.assessment).toMatchObject({
      riskLevel: 'unlikely',
      notifyAuthority: false,
      engineDecision: { riskLevel: created.body.assessment.riskLevel },
      override: { justification: expect.stringContaining('bucket logs'), by: `user:${dpo.id}` },
    });
    const clocks = await t.api().get(`/api/v1/incidents/${created.body.id}/clocks`).expect(200);
    expect(clocks.body.find((c: { key: string }) => c.key === 'gdpr_art33').state).toBe('not_required');
    const history = await t.api().get(`/api/v1/incidents/${created.body.id}/assessments`).expect(200);
    expect(history.body.map((a: { version: number; trigger: string }) => [a.version, a.trigger])).toEqual([
      [1, 'intake'],
      [2, 'override'],
    ]);
    await t
      .api()
      .post(`/api/v1/incidents/${created.body.id}/assessments/override`)
      .send({ riskLevel: 'risk', notifyAuthority: true, notifyDataSubjects: false, justification: 'x'.repeat(30) })
      .expect(403);
  });
});

describe('escalation alerts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('fires every threshold once, in order, and keeps repeating overdue alerts', async () => {
    t.time.set('2026-11-02T08:00:00Z');
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    const due = new Date('2026-11-05T08:00:00Z').getTime();
    const checkpoints = [0, 24, 48, 60, 66, 70, 72, 78].map((h) => due - hours(72) + hours(h));
    for (const at of checkpoints) {
      t.time.set(new Date(at + minutes(1)));
      await dispatch(t);
      await dispatch(t); // a second pass at the same moment finds nothing more to send
    }
    const art33 = (await sentLines(t)).filter((l) => l.incidentId === created.body.id && l.key === 'gdpr_art33');
    expect(art33.map((l) => l.level)).toEqual([
      'logged',
      'left_48h',
      'left_24h',
      'left_12h',
      'left_6h',
      'left_2h',
      'overdue_0',
      'overdue_1',
    ]);
    expect(art33.every((l) => l.superseded.length === 0)).toBe(true);
  });

  // Under intake load most rounds send "logged" alerts only: no repeat to plan, no contact to mention.
  it('dispatches a round of alerts on logging without reading the organisation settings', async () => {
    await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    const sent = jest.spyOn(t.dataSource.logger, 'logQuery');
    try {
      expect(await dispatch(t)).toMatchObject({ queued: 1 });
      const statements = sent.mock.calls.map(([text]) => text);
      expect(statements.some((text) => /INSERT INTO "?outbox"?/.test(text))).toBe(true);
      expect(statements.filter((text) => /FROM "?organisation"?/.test(text))).toEqual([]);
    } finally {
      sent.mockRestore();
    }
  });

  it('neither loses nor repeats an alert across a restart, and sends one catch-up for thresholds passed while down', async () => {
    t.time.set('2026-11-10T08:00:00Z');
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    await dispatch(t);
    t.time.advance(hours(24) + minutes(1)); // left_48h due
    await dispatch(t);

    await t.close({ keepDatabase: true });
    t.time.advance(hours(47)); // down while left_24h, left_12h, left_6h and left_2h fall due
    t = await startTestApp({ databaseUrl: t.databaseUrl, time: t.time });
    await dispatch(t);
    await dispatch(t);

    const art33 = (await sentLines(t)).filter((l) => l.incidentId === created.body.id && l.key === 'gdpr_art33');
    expect(art33.map((l) => l.level)).toEqual(['logged', 'left_48h', 'left_2h']);
    expect(art33[2].superseded).toEqual(['left_24h', 'left_12h', 'left_6h']);
    const [message] = await t.dataSource.query(
      `SELECT payload FROM outbox WHERE payload->'incident'->>'id' = $1 ORDER BY id DESC LIMIT 1`,
      [created.body.id],
    );
    expect(message.payload.kind).toBe('catch_up');
  });

  it('plans the reminders again when a corrected awareness time moves the deadline away and back', async () => {
    t.time.set('2026-11-20T08:00:00Z');
    const awareAt = '2026-11-20T08:00:00.000Z';
    const created = await t.api().post('/api/v1/incidents').send(anIncident({ awareAt })).expect(201);
    await t.api().patch(`/api/v1/incidents/${created.body.id}`).send({ awareAt: '2026-11-20T02:00:00Z' }).expect(200);
    await t.api().patch(`/api/v1/incidents/${created.body.id}`).send({ awareAt }).expect(200);
    const pending = await t.dataSource.query(
      `SELECT s.level FROM escalation_steps s JOIN clocks c ON c.id = s.clock_id
       WHERE c.incident_id = $1 AND c.key = 'gdpr_art33' AND s.state = 'pending' AND s.clock_due_at = c.due_at ORDER BY s.fire_at`,
      [created.body.id],
    );
    expect(pending.map((p: { level: string }) => p.level)).toEqual([
      'logged',
      'left_48h',
      'left_24h',
      'left_12h',
      'left_6h',
      'left_2h',
      'overdue_0',
    ]);
  });

  it('records alerts with Slack off as held, visible through the API', async () => {
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    await dispatch(t);
    const states = await t.dataSource.query(`SELECT state FROM outbox WHERE incident_id = $1`, [created.body.id]);
    expect(states).toEqual([{ state: 'held' }]);
    const steps = await t.api().get(`/api/v1/incidents/${created.body.id}/escalations`).expect(200);
    const logged = steps.body.filter((s: { level: string }) => s.level === 'logged');
    expect(logged.length).toBeGreaterThan(0);
    for (const step of logged) expect(step).toMatchObject({ state: 'sent', delivery: { state: 'held', attempts: 0 } });
  });

  it('shows each alert whole in the timeline: its clock, when it fires, what became of it and of its message', async () => {
    t.time.set('2026-11-25T08:00:00Z');
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ awareAt: '2026-11-25T08:00:00Z' }))
      .expect(201);
    await dispatch(t);
    const steps = await t.api().get(`/api/v1/incidents/${created.body.id}/escalations`).expect(200);
    const art33 = steps.body.filter((s: { clockKey: string }) => s.clockKey === 'gdpr_art33');
    expect(art33.slice(0, 2)).toEqual([
      {
        clockKey: 'gdpr_art33',
        level: 'logged',
        kind: 'logged',
        audience: ['channel', 'dpo'],
        fireAt: '2026-11-25T08:00:00.000Z',
        state: 'sent',
        processedAt: '2026-11-25T08:00:00.000Z',
        delivery: { state: 'held', attempts: 0, sentAt: null, lastError: null },
      },
      {
        clockKey: 'gdpr_art33',
        level: 'left_48h',
        kind: 'reminder',
        audience: ['channel'],
        fireAt: '2026-11-26T08:00:00.000Z',
        state: 'pending',
        processedAt: null,
        delivery: null,
      },
    ]);
  });
});

describe('escalation with three instances on one database', () => {
  it('queues each of 200 clocks’ alerts exactly once', async () => {
    const first = await startTestApp();
    const others = [
      await startTestApp({ databaseUrl: first.databaseUrl, time: first.time }),
      await startTestApp({ databaseUrl: first.databaseUrl, time: first.time }),
    ];
    const instances = [first, ...others];
    try {
      first.time.set('2026-11-16T08:00:00Z');
      for (let i = 0; i < 100; i += 1) {
        await instances[i % 3]
          .api()
          .post('/api/v1/incidents')
          .send(anIncident({ title: `Incident ${i}` }))
          .expect(201);
      }
      for (const h of [0, 24, 48, 60]) {
        first.time.set(new Date(new Date('2026-11-16T08:00:00Z').getTime() + hours(h) + minutes(1)));
        await Promise.all(instances.flatMap((instance) => [dispatch(instance), dispatch(instance)]));
      }
      const lines = await sentLines(first);
      const keys = lines.map((l) => `${l.incidentId}/${l.key}/${l.level}`);
      expect(new Set(keys).size).toBe(keys.length);
      const clocks = new Set(lines.map((l) => `${l.incidentId}/${l.key}`));
      expect(clocks.size).toBe(200);
      expect(lines.filter((l) => l.level === 'left_12h')).toHaveLength(200);
    } finally {
      for (const instance of others) await instance.close({ keepDatabase: true });
      await first.close();
    }
  });
});
