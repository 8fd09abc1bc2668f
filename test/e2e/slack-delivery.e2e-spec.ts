import { EscalationDispatcher } from '../../src/notifications/escalation-dispatcher.service.js';
import { OutboxSender } from '../../src/slack/outbox-sender.service.js';
import { anIncident } from '../support/factories.js';
import { FakeTimeSource, hours, minutes } from '../support/fake-time.js';
import type { FakeSlack, FakeSlackMessage } from '../support/fake-slack.js';
import { anOrganisation } from '../support/organisation.js';
import { dispatchAndSend, SLACK_CHANNEL as CHANNEL, SlackEnvironment } from '../support/slack-environment.js';
import type { TestApp } from '../support/test-app.js';
import { aUserWith } from '../support/users.js';

const outboxIdOf = (message: FakeSlackMessage) => Number(message.metadata?.event_payload.outbox_id);

describe('Slack delivery of escalations', () => {
  let slack: SlackEnvironment;
  let fake: FakeSlack;
  let t: TestApp;
  const time = new FakeTimeSource('2026-11-02T08:00:00Z');

  beforeAll(async () => {
    slack = await SlackEnvironment.start({ time });
    ({ t, fake } = slack);
  });
  afterAll(() => slack.close());

  it('posts the new-incident alert as Block Kit with the reference, the clocks and both time zones', async () => {
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ awareAt: '2026-11-02T08:00:00Z' }))
      .expect(201);
    await dispatchAndSend(t);
    const [message] = fake.messages.filter((m) => m.text?.includes(created.body.reference));
    expect(message.channel).toBe(CHANNEL);
    const blocks = JSON.stringify(message.blocks);
    expect(blocks).toContain(created.body.reference);
    expect(blocks).toContain('GDPR Art. 33');
    expect(blocks).toContain('5 Nov 2026, 08:00'); // UTC
    expect(blocks).toContain('5 Nov 2026, 10:00 (UTC+02:00)'); // Bucharest
    const outbox = await t.dataSource.query(`SELECT state, slack_ts FROM outbox WHERE incident_id = $1`, [created.body.id]);
    expect(outbox).toEqual([{ state: 'sent', slack_ts: message.ts }]);
  });

  it('replies to later alerts in the incident thread', async () => {
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ title: 'Threaded' }))
      .expect(201);
    await dispatchAndSend(t);
    time.advance(hours(24) + minutes(1));
    await dispatchAndSend(t);
    const mine = fake.messages.filter((m) => m.metadata?.event_payload.incident === created.body.reference);
    expect(mine).toHaveLength(2);
    expect(mine[0].thread_ts).toBeUndefined();
    expect(mine[1].thread_ts).toBe(mine[0].ts);
  });

  it('tells the incident thread when a notice is sent and when the incident is closed', async () => {
    await t
      .api()
      .put('/api/v1/organisation')
      .send(anOrganisation({ sectors: [] }))
      .expect(200);
    const dpo = await aUserWith(t, 'dpo');
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ title: 'Updates', awareAt: time.now().toISOString() }))
      .expect(201);
    await dispatchAndSend(t);
    const notice = await t
      .api()
      .post(`/api/v1/incidents/${created.body.id}/notices`)
      .send({ kind: 'authority', language: 'ro' })
      .expect(201);
    await t.api().post(`/api/v1/notices/${notice.body.id}/submit`).expect(200);
    await t
      .api(dpo.token)
      .post(`/api/v1/notices/${notice.body.id}/approve`)
      .send({ version: notice.body.version, bodyHash: notice.body.bodyHash })
      .expect(200);
    await t
      .api()
      .post(`/api/v1/notices/${notice.body.id}/sent`)
      .send({ sentAt: time.now().toISOString(), channel: 'the ANSPDCP online form', externalReference: '4711/2026' })
      .expect(200);
    // Resolved means nothing is owed any more: a clock still running is recorded as not required first.
    const clocks = (await t.api().get(`/api/v1/incidents/${created.body.id}/clocks`).expect(200)).body as { key: string; state: string }[];
    for (const clock of clocks.filter((c) => c.state === 'running')) {
      await t
        .api(dpo.token)
        .post(`/api/v1/incidents/${created.body.id}/clocks/${clock.key}/not-required`)
        .send({ reason: 'The people affected were told by phone' })
        .expect(200);
    }
    await t
      .api()
      .post(`/api/v1/incidents/${created.body.id}/close`)
      .send({ category: 'resolved', reason: 'Notified; bucket locked down' })
      .expect(200);
    await dispatchAndSend(t);
    const thread = fake.messages.filter((m) => m.metadata?.event_payload.incident === created.body.reference);
    expect(thread).toHaveLength(4);
    expect(thread[0].text).toContain('New breach');
    expect(thread[1].text).toContain('waits for the DPO');
    expect(thread[2].text).toContain('sent via the ANSPDCP online form, reference 4711/2026');
    expect(thread[3].text).toContain('Closed as resolved: Notified; bucket locked down');
    expect(thread.slice(1).every((m) => m.thread_ts === thread[0].ts)).toBe(true);
  });

  it('mentions more people as the deadline nears: the DPO from 12 hours, the escalation contacts from 2', async () => {
    await aUserWith(t, 'dpo', { slackUserId: 'U0DPO1' });
    await t
      .api()
      .put('/api/v1/organisation')
      .send(anOrganisation({ sectors: [] }))
      .expect(200); // escalation contact U0CISO1
    const start = time.now().getTime();
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ title: 'Loudness', awareAt: new Date(start).toISOString() }))
      .expect(201);
    const mine = () => fake.messages.filter((m) => m.metadata?.event_payload.incident === created.body.reference);
    await dispatchAndSend(t);
    time.set(new Date(start + hours(24) + minutes(1)));
    await dispatchAndSend(t);
    time.set(new Date(start + hours(60) + minutes(1)));
    await dispatchAndSend(t);
    time.set(new Date(start + hours(70) + minutes(1)));
    await dispatchAndSend(t);
    const texts = mine().map((m) => JSON.stringify(m.blocks) + (m.text ?? ''));
    expect(texts).toHaveLength(4);
    expect(texts[1]).not.toContain('<@U0DPO1>');
    expect(texts[2]).toContain('<@U0DPO1>');
    expect(texts[2]).not.toContain('<@U0CISO1>');
    expect(texts[3]).toContain('<@U0CISO1>');
    expect(texts[3]).toContain('<!here>');
    expect(mine()[2].reply_broadcast).toBe(true);
  });

  it('delivers every message exactly once after 429s with Retry-After and a spell of 500s', async () => {
    fake.outage({ status: 500 });
    const references: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      references.push(
        (
          await t
            .api()
            .post('/api/v1/incidents')
            .send(anIncident({ title: `Outage ${i}` }))
            .expect(201)
        ).body.reference,
      );
    }
    await dispatchAndSend(t);
    for (let round = 0; round < 5; round += 1) {
      time.advance(minutes(1));
      await dispatchAndSend(t);
    }
    expect(fake.messages.filter((m) => references.includes(String(m.metadata?.event_payload.incident)))).toEqual([]);
    fake.restore();
    fake.failNext(1, { status: 429, retryAfter: 7 });
    await t.app.get(OutboxSender).sendDue();
    time.advance(minutes(2));
    await dispatchAndSend(t);
    time.advance(minutes(2));
    await dispatchAndSend(t);
    const delivered = fake.messages.filter((m) => references.includes(String(m.metadata?.event_payload.incident)));
    expect(delivered.map((m) => m.metadata?.event_payload.incident).sort()).toEqual([...references].sort());
    const pending = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE state <> 'sent'`);
    expect(pending).toEqual([{ n: 0 }]);
    expect(fake.calls.some((c) => c.status === 429)).toBe(true);
  });

  it('backs off 1, 2, 4, 8 s after 5xx answers, then retries every 15 s however long Slack is down', async () => {
    fake.outage({ status: 500 });
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ title: 'Backoff' }))
      .expect(201);
    await t.app.get(EscalationDispatcher).dispatchDue();
    const gaps: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      await t.app.get(OutboxSender).sendDue();
      const [row] = await t.dataSource.query(`SELECT next_attempt_at FROM outbox WHERE incident_id = $1 AND state = 'pending'`, [
        created.body.id,
      ]);
      gaps.push(new Date(row.next_attempt_at).getTime() - time.now().getTime());
      time.set(new Date(row.next_attempt_at));
    }
    expect(gaps).toEqual([1, 2, 4, 8, 15, 15, 15].map((s) => s * 1000));
    fake.restore();
    await t.app.get(OutboxSender).sendDue();
    expect(fake.messages.filter((m) => m.metadata?.event_payload.incident === created.body.reference)).toHaveLength(1);
  });

  it('does not post twice when Slack took a message but the answer was lost', async () => {
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ title: 'Lost answer' }))
      .expect(201);
    fake.failAfterStoring(1);
    await dispatchAndSend(t);
    const [row] = await t.dataSource.query(`SELECT id, state, attempt_started_at FROM outbox WHERE incident_id = $1`, [created.body.id]);
    expect(row.state).toBe('pending');
    expect(row.attempt_started_at).not.toBeNull();
    time.advance(minutes(1));
    await dispatchAndSend(t);
    const posts = fake.messages.filter((m) => outboxIdOf(m) === Number(row.id));
    expect(posts).toHaveLength(1);
    const [after] = await t.dataSource.query(`SELECT state, slack_ts FROM outbox WHERE id = $1`, [row.id]);
    expect(after).toEqual({ state: 'sent', slack_ts: posts[0].ts });
  });

  it('posts each message once with three instances sending at the same time', async () => {
    const others = [await slack.anotherInstance(), await slack.anotherInstance()];
    try {
      for (let i = 0; i < 30; i += 1)
        await t
          .api()
          .post('/api/v1/incidents')
          .send(anIncident({ title: `Parallel ${i}` }))
          .expect(201);
      await Promise.all([t, ...others].map((instance) => dispatchAndSend(instance)));
      await Promise.all([t, ...others].map((instance) => dispatchAndSend(instance)));
      const ids = fake.messages.map(outboxIdOf);
      expect(new Set(ids).size).toBe(ids.length);
      const unsent = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE state <> 'sent'`);
      expect(unsent).toEqual([{ n: 0 }]);
    } finally {
      for (const other of others) await other.close({ keepDatabase: true });
    }
  });
});
