import request from 'supertest';
import { EscalationDispatcher } from '../../src/notifications/escalation-dispatcher.service.js';
import { OutboxSender } from '../../src/slack/outbox-sender.service.js';
import { anIncident } from '../support/factories.js';
import type { FakeSlack } from '../support/fake-slack.js';
import { FakeTimeSource } from '../support/fake-time.js';
import { dispatchAndSend, SlackEnvironment } from '../support/slack-environment.js';
import { rewriteAuditEntry } from '../support/tamper.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { aUserWith } from '../support/users.js';

const CONTRACT_METRICS = {
  breach_desk_http_request_duration_seconds: 'histogram',
  breach_desk_incidents_logged_total: 'counter',
  breach_desk_clocks: 'gauge',
  breach_desk_escalation_lateness_seconds: 'histogram',
  breach_desk_outbox_messages: 'gauge',
  breach_desk_outbox_oldest_age_seconds: 'gauge',
  breach_desk_slack_api_errors_total: 'counter',
  breach_desk_notices: 'gauge',
  breach_desk_audit_chain_ok: 'gauge',
};
const METRICS_TOKEN = 'prometheus-scrape-token-0123456789';
const seconds = (n: number) => n * 1000;

/** The value of one sample in Prometheus text format; 0 when the series is absent (as a fresh counter is). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',');
    if (wanted.every((pair) => have.includes(pair))) return Number(match[3]);
  }
  return 0;
}

describe('GET /metrics (Prometheus)', () => {
  let fake: FakeSlack;
  let t: TestApp;
  const time = new FakeTimeSource('2026-11-02T08:00:00Z');
  const scrape = async (token?: string) => (await t.api(token).get('/metrics').expect(200)).text;
  // Database gauges are read at most once per 5 s; moving time past that makes the next scrape read again.
  const freshScrape = () => {
    time.advance(seconds(6));
    return scrape();
  };
  const sendAlerts = () => dispatchAndSend(t);

  let slack: SlackEnvironment;
  beforeAll(async () => {
    slack = await SlackEnvironment.start({ time });
    ({ t, fake } = slack);
  });
  afterAll(() => slack.close());

  it('answers 401 without a token and 403 to a token that is not an admin’s', async () => {
    await request(t.http).get('/metrics').expect(401);
    await t.api('not-a-token-anyone-holds').get('/metrics').expect(401);
    const reporter = await aUserWith(t, 'reporter');
    await t.api(reporter.token).get('/metrics').expect(403);
  });

  it('lists every metric of the contract, with its type, and the process defaults', async () => {
    const response = await t.api().get('/metrics').expect(200);
    expect(response.headers['content-type']).toContain('text/plain');
    for (const [name, type] of Object.entries(CONTRACT_METRICS)) expect(response.text).toContain(`# TYPE ${name} ${type}`);
    expect(response.text).toContain('# TYPE process_cpu_user_seconds_total counter');
  });

  it('counts an incident when it is logged, and its running clocks and queued alert', async () => {
    const before = await freshScrape();
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ awareAt: time.now().toISOString() }))
      .expect(201);
    const clocks = (await t.api().get(`/api/v1/incidents/${created.body.id}/clocks`).expect(200)).body as {
      regime: string;
      state: string;
    }[];
    const running = clocks.filter((clock) => clock.state === 'running');
    expect(running.length).toBeGreaterThan(0);
    await t.app.get(EscalationDispatcher).dispatchDue();
    const after = await freshScrape();

    expect(sample(after, 'breach_desk_incidents_logged_total')).toBe(sample(before, 'breach_desk_incidents_logged_total') + 1);
    for (const regime of new Set(running.map((clock) => clock.regime))) {
      const added = running.filter((clock) => clock.regime === regime).length;
      expect(sample(after, 'breach_desk_clocks', { regime, state: 'running' })).toBe(
        sample(before, 'breach_desk_clocks', { regime, state: 'running' }) + added,
      );
    }
    expect(sample(after, 'breach_desk_outbox_messages', { state: 'pending' })).toBe(
      sample(before, 'breach_desk_outbox_messages', { state: 'pending' }) + 1,
    );
    expect(sample(after, 'breach_desk_outbox_oldest_age_seconds')).toBeGreaterThan(0);
  });

  it('labels request durations by route template and status, never by the raw path', async () => {
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    await t.api().get(`/api/v1/incidents/${created.body.id}`).expect(200);
    await t.api().get('/api/v1/no/such/path').expect(404);
    // A console deep link is answered by the console's page: it must not be labelled with its raw path either.
    await t.api().get(`/incidents/${created.body.id}`).expect(200);
    const text = await scrape();
    expect(
      sample(text, 'breach_desk_http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/incidents', status: '201' }),
    ).toBeGreaterThan(0);
    expect(
      sample(text, 'breach_desk_http_request_duration_seconds_count', { method: 'GET', route: '/api/v1/incidents/:id', status: '200' }),
    ).toBeGreaterThan(0);
    expect(sample(text, 'breach_desk_http_request_duration_seconds_count', { route: 'unmatched', status: '404' })).toBeGreaterThan(0);
    expect(
      sample(text, 'breach_desk_http_request_duration_seconds_count', { method: 'GET', route: 'console', status: '200' }),
    ).toBeGreaterThan(0);
    expect(text).not.toContain(created.body.id);
    expect(text).not.toContain('/api/v1/no/such/path');
  });

  it('observes how late an escalation reached Slack and moves it from pending to sent', async () => {
    await sendAlerts(); // whatever earlier tests queued
    const created = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ awareAt: time.now().toISOString() }))
      .expect(201);
    await t.app.get(EscalationDispatcher).dispatchDue();
    const before = await freshScrape();
    time.advance(seconds(90));
    await t.app.get(OutboxSender).sendDue();
    const after = await freshScrape();

    const [{ late }] = await t.dataSource.query(
      `SELECT extract(epoch FROM o.sent_at - min(s.fire_at))::float AS late
       FROM outbox o JOIN escalation_steps s ON s.outbox_id = o.id WHERE o.incident_id = $1 GROUP BY o.id`,
      [created.body.id],
    );
    expect(late).toBeGreaterThanOrEqual(90);
    const lateness = (text: string, name: string) => sample(text, `breach_desk_escalation_lateness_seconds_${name}`);
    expect(lateness(after, 'count')).toBe(lateness(before, 'count') + 1);
    expect(lateness(after, 'sum') - lateness(before, 'sum')).toBeCloseTo(late, 3);
    expect(sample(after, 'breach_desk_escalation_lateness_seconds_bucket', { le: '60' })).toBe(
      sample(before, 'breach_desk_escalation_lateness_seconds_bucket', { le: '60' }),
    );
    expect(sample(after, 'breach_desk_outbox_messages', { state: 'sent' })).toBe(
      sample(before, 'breach_desk_outbox_messages', { state: 'sent' }) + 1,
    );
    expect(sample(after, 'breach_desk_outbox_messages', { state: 'pending' })).toBe(0);
    expect(sample(after, 'breach_desk_outbox_oldest_age_seconds')).toBe(0);
  });

  it('counts Slack API errors by Slack’s error code', async () => {
    fake.failNext(1, { error: 'channel_not_found' });
    await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    await sendAlerts();
    time.advance(seconds(61)); // a refused message is retried a minute later
    fake.failNext(1, { status: 429, retryAfter: 1 });
    await t.app.get(OutboxSender).sendDue();
    const text = await scrape();
    expect(sample(text, 'breach_desk_slack_api_errors_total', { code: 'channel_not_found' })).toBe(1);
    expect(sample(text, 'breach_desk_slack_api_errors_total', { code: 'ratelimited' })).toBe(1);
  });

  it('counts notices by kind and state', async () => {
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    const before = await freshScrape();
    await t.api().post(`/api/v1/incidents/${created.body.id}/notices`).send({ kind: 'authority', language: 'ro' }).expect(201);
    const after = await freshScrape();
    expect(sample(after, 'breach_desk_notices', { kind: 'authority', state: 'draft' })).toBe(
      sample(before, 'breach_desk_notices', { kind: 'authority', state: 'draft' }) + 1,
    );
    expect(after).toContain('breach_desk_notices{kind="data_subjects",state="sent"} 0');
  });

  it('reads the database at most once per 5 seconds, however often it is scraped', async () => {
    const first = await freshScrape();
    await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ awareAt: time.now().toISOString() }))
      .expect(201);
    const storm = await Promise.all([scrape(), scrape(), scrape()]);
    for (const text of storm)
      expect(sample(text, 'breach_desk_clocks', { regime: 'gdpr_art33', state: 'running' })).toBe(
        sample(first, 'breach_desk_clocks', { regime: 'gdpr_art33', state: 'running' }),
      );
    const later = await freshScrape();
    expect(sample(later, 'breach_desk_clocks', { regime: 'gdpr_art33', state: 'running' })).toBeGreaterThan(
      sample(first, 'breach_desk_clocks', { regime: 'gdpr_art33', state: 'running' }),
    );
  });

  it('keeps the last database readings and counts the failure when the database does not answer within its budget', async () => {
    const running = (text: string) => sample(text, 'breach_desk_clocks', { regime: 'gdpr_art33', state: 'running' });
    const errors = (text: string) => sample(text, 'breach_desk_metrics_database_errors_total');
    const before = await freshScrape();
    const blocker = t.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    try {
      await blocker.query('LOCK TABLE clocks IN ACCESS EXCLUSIVE MODE'); // the reading waits, then hits its statement timeout
      const during = await freshScrape();
      expect(errors(during)).toBe(errors(before) + 1);
      expect(running(during)).toBe(running(before));
      expect(during).toContain('# TYPE breach_desk_incidents_logged_total counter');
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    expect(errors(await freshScrape())).toBe(errors(before) + 1);
  });

  it('shows the last audit chain verification: 1 when intact, 0 once an entry was rewritten', async () => {
    expect(sample(await scrape(), 'breach_desk_audit_chain_verified_at_seconds')).toBe(0); // SCHEDULER=off: nothing verified yet
    await t.api().get('/api/v1/audit/verify').expect(200);
    let text = await scrape();
    expect(sample(text, 'breach_desk_audit_chain_ok')).toBe(1);
    expect(sample(text, 'breach_desk_audit_chain_verified_at_seconds')).toBe(time.now().getTime() / 1000);

    await rewriteAuditEntry(t.databaseUrl, 2, { title: 'rewritten' });
    await t.api().get('/api/v1/audit/verify').expect(200);
    text = await scrape();
    expect(sample(text, 'breach_desk_audit_chain_ok')).toBe(0);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { METRICS_TOKEN } });
  });
  afterAll(() => t.close());

  it('lets a Prometheus server in with METRICS_TOKEN alone, and still an admin', async () => {
    const text = (await t.api(METRICS_TOKEN).get('/metrics').expect(200)).text;
    expect(text).toContain('# TYPE breach_desk_clocks gauge');
    await t.api().get('/metrics').expect(200);
  });

  it('gives METRICS_TOKEN nothing else, and still refuses other tokens', async () => {
    await t.api(METRICS_TOKEN).get('/api/v1/incidents').expect(401);
    await t.api(`${METRICS_TOKEN}x`).get('/metrics').expect(401);
    const reporter = await aUserWith(t, 'reporter');
    await t.api(reporter.token).get('/metrics').expect(403);
  });
});
