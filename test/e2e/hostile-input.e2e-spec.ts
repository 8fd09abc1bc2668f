// No input gets a 500: each of these once did. Every answer is a 4xx naming the problem, and nothing is written.
import request from 'supertest';
import { anIncident } from '../support/factories.js';
import { postAsSlack, slackForm, slackSignatureHeaders } from '../support/slack-signing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SECRET = 'slack-signing-secret-for-tests';

describe('hostile input: a 4xx naming the problem, never a 500', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: 'http://127.0.0.1:9/api/' },
    });
  });
  afterAll(() => t.close());

  const rowCounts = async () =>
    (
      await t.dataSource.query(`SELECT (SELECT count(*) FROM incidents) AS incidents, (SELECT count(*) FROM audit_log) AS audit`)
    )[0] as Record<string, string>;
  const signed = (body: string) => slackSignatureHeaders(body, { secret: SECRET, at: t.time.now() });
  const lines = (response: request.Response) => (response.body.message as string[]).join('\n');

  it('refuses a page number beyond the last possible page instead of overflowing the database offset', async () => {
    const response = await t.api().get('/api/v1/incidents?page=99999999999999999999').expect(400);
    expect(lines(response)).toMatch(/^page must not be greater than/m);
  });

  it('refuses escalation hours beyond a year, which no alert date could hold', async () => {
    const response = await t
      .api()
      .patch('/api/v1/organisation')
      .send({ escalation: { overdueRepeatHours: 1e30, reminderHoursLeft: [48, 99999999999999999999] } })
      .expect(400);
    expect(lines(response)).toMatch(/escalation\.overdueRepeatHours must not be greater than 8784/);
    expect(lines(response)).toMatch(/reminderHoursLeft must not be greater than 8784/);
  });

  it('refuses JSON nested deeper than any request needs, before anything walks it', async () => {
    const before = await rowCounts();
    const deep = `{"title":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const response = await t.api().post('/api/v1/incidents').set('Content-Type', 'application/json').send(deep).expect(400);
    expect(lines(response)).toMatch(/body is nested deeper than \d+ levels/);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a lone surrogate in a title, which PostgreSQL cannot store as text or jsonb', async () => {
    const before = await rowCounts();
    const response = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ title: 'Bucket \ud800 exposed' }))
      .expect(400);
    expect(lines(response)).toContain('title must not contain a lone surrogate (\\ud800)');
    expect(await rowCounts()).toEqual(before);
  });

  it('names the path of a lone surrogate deep in a body', async () => {
    const nested = await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ mitigation: { measures: 'x\udfff' } }))
      .expect(400);
    expect(lines(nested)).toContain('mitigation.measures must not contain a lone surrogate (\\udfff)');
    // A proper pair (an emoji) is fine.
    await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ title: 'Bucket exposed 🔥' }))
      .expect(201);
  });

  it('refuses a Slack form whose private_metadata is not the JSON Breach Desk put there', async () => {
    for (const metadata of ['not json', '[]', '{"noticeId":"not-a-uuid","responseUrl":"https://hooks.slack.com/x"}']) {
      const body = slackForm({
        payload: JSON.stringify({
          type: 'view_submission',
          user: { id: 'U0ANY', username: 'any' },
          view: { callback_id: 'breach_reject_notice', private_metadata: metadata, state: { values: {} } },
        }),
      });
      const response = await postAsSlack(t.http, '/slack/interactions', body, signed(body)).expect(400);
      expect(lines(response)).toMatch(/^payload\.view\.private_metadata /m);
    }
  });

  it('refuses a lone surrogate inside a Slack payload', async () => {
    const body = slackForm({
      payload:
        '{"type":"view_submission","user":{"id":"U0ANY"},"view":{"callback_id":"breach_new_incident","state":{"values":{"title":{"v":{"value":"\\ud800"}}}}}}',
    });
    const response = await postAsSlack(t.http, '/slack/interactions', body, signed(body)).expect(400);
    expect(lines(response)).toContain('payload.view.state.values.title.v.value must not contain a lone surrogate (\\ud800)');
  });

  it('refuses an API body under another content type instead of acting as if there were none', async () => {
    const incident = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    const before = await rowCounts();
    for (const contentType of ['application/xml', 'text/plain', 'application/x-www-form-urlencoded']) {
      const response = await t
        .api()
        .patch(`/api/v1/incidents/${incident.body.id}`)
        .set('Content-Type', contentType)
        .send('{"subjectsAffected":5}')
        .expect(415);
      expect(lines(response)).toBe(`body must be application/json; got ${contentType}`);
    }
    expect(await rowCounts()).toEqual(before);
    // No body at all still needs no content type.
    await t.api().post(`/api/v1/incidents/${incident.body.id}/assess`).expect(200);
  });

  it.each(['text/plain', 'application/json', 'application/octet-stream'])(
    'answers a signed empty %s body on /slack/commands with a 415 naming the form Slack sends',
    async (contentType) => {
      const response = await request(t.http).post('/slack/commands').set('Content-Type', contentType).set(signed('')).send('').expect(415);
      expect(lines(response)).toContain('application/x-www-form-urlencoded');
    },
  );
});
