// Who may act from Slack, and how often: deactivated users, unlinked members, replayed requests and where
// outcomes are posted. Requests are signed as Slack signs them; Slack is the fake server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SlackFollowUps } from '../../src/slack/slack-follow-ups.service.js';
import { anIncident } from '../support/factories.js';
import { FakeTimeSource, minutes } from '../support/fake-time.js';
import { anOrganisation } from '../support/organisation.js';
import { SlackEnvironment, type Json } from '../support/slack-environment.js';
import { postAsSlack } from '../support/slack-signing.js';
import type { TestApp } from '../support/test-app.js';
import { aUserWith } from '../support/users.js';

describe('Slack security', () => {
  const time = new FakeTimeSource('2026-11-02T08:00:00Z');
  let slack: SlackEnvironment;
  let t: TestApp;

  beforeAll(async () => {
    slack = await SlackEnvironment.start({ time });
    t = slack.t;
  });
  afterAll(() => slack.close());

  /** `/breach <text>` with a user name that is not the member's: only the member id may count. */
  const commandBody = (text: string, slackUserId: string, fields: Record<string, string> = {}): string =>
    slack.commandBody(text, slackUserId, { user_name: 'someone-else-entirely', ...fields }).body;
  const send = (path: string, body: string) => slack.send(path, body);
  const slash = async (text: string, slackUserId: string): Promise<Json> =>
    (await send('/slack/commands', commandBody(text, slackUserId)).expect(200)).body;

  async function submittedNotice(): Promise<{ incident: Json; noticeId: string }> {
    const incident = (
      await t
        .api()
        .post('/api/v1/incidents')
        .send(anIncident({ title: 'Customer database copied' }))
        .expect(201)
    ).body;
    const notice = await t.api().post(`/api/v1/incidents/${incident.id}/notices`).send({ kind: 'authority', language: 'en' }).expect(201);
    await t.api().post(`/api/v1/notices/${notice.body.id}/submit`).expect(200);
    return { incident, noticeId: notice.body.id };
  }

  /** What Slack sends when the new-incident form is submitted, by a member whose user name is not theirs. */
  function newIncidentSubmission(slackUserId: string, title: string): string {
    const values = {
      title: { input: { type: 'plain_text_input', value: title } },
      role: { input: { type: 'radio_buttons', selected_option: { value: 'controller' } } },
      breachTypes: { input: { type: 'checkboxes', selected_options: [{ value: 'confidentiality' }] } },
      dataCategories: { input: { type: 'multi_static_select', selected_options: [{ value: 'contact' }] } },
      subjectsAffected: { input: { type: 'number_input', value: '12' } },
      awareAt: { input: { type: 'datetimepicker', selected_date_time: time.now().getTime() / 1000 } },
    };
    return slack.viewSubmission({ callback_id: 'breach_new_incident' }, slackUserId, values, 'the-ceo');
  }

  const countIncidents = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM incidents'))[0].n);
  /** Every /breach ack handled is an audit entry (the first sets who took the incident on; the same person again changes nothing else). */
  const acknowledgementsOf = async (incidentId: string) =>
    t.dataSource.query(`SELECT id FROM audit_log WHERE action = 'incident.acknowledged' AND entity_id = $1`, [incidentId]);

  describe('a new organisation', () => {
    it('gives unlinked Slack members nothing: no list of incidents, no form', async () => {
      expect((await t.api().get('/api/v1/organisation').expect(200)).body.allowUnlinkedSlackReporters).toBe(false);
      await t
        .api()
        .post('/api/v1/incidents')
        .send(anIncident({ title: 'Secret merger data leaked' }))
        .expect(201);
      const answer = await slash('list', 'U0NOBODY');
      expect(answer.text).toContain('this organisation lets only linked users act from Slack');
      expect(JSON.stringify(answer)).not.toContain('Secret merger');

      const before = await countIncidents();
      const form = await send('/slack/interactions', newIncidentSubmission('U0NOBODY', 'Spoofed report')).expect(200);
      expect(JSON.stringify(form.body)).toContain('lets only linked users act from Slack');
      expect(await countIncidents()).toBe(before);
    });
  });

  describe('with unlinked reporters allowed', () => {
    beforeAll(async () => {
      await t
        .api()
        .put('/api/v1/organisation')
        .send(anOrganisation({ sectors: [], allowUnlinkedSlackReporters: true }))
        .expect(200);
    });

    it('audits an unlinked member by their Slack member id, never by the user name the request carries', async () => {
      const answer = await send('/slack/interactions', newIncidentSubmission('U0WALKIN', 'Mailbox forwarded')).expect(200);
      const reference = /BR-2026-\d{4}/.exec(JSON.stringify(answer.body.view))![0];
      const [created] = await t.dataSource.query(
        `SELECT a.actor, a.actor_name FROM audit_log a JOIN incidents i ON i.id::text = a.entity_id WHERE i.reference = $1 AND a.action = 'incident.created'`,
        [reference],
      );
      expect(created).toEqual({ actor: 'slack:U0WALKIN', actor_name: 'Slack member U0WALKIN' });
      const everything = JSON.stringify(await t.dataSource.query('SELECT actor_name, before, after FROM audit_log'));
      expect(everything).not.toContain('the-ceo');
      expect(everything).not.toContain('someone-else-entirely');
    });
  });

  describe('a deactivated user', () => {
    it('is refused in Slack, where revoking their tokens alone did not stop them', async () => {
      const dpo = await aUserWith(t, 'dpo', { slackUserId: 'U0LEAVER' });
      await t.api().delete(`/api/v1/tokens/${dpo.tokenId}`).expect(204);
      const { noticeId } = await submittedNotice();

      await t.api().post(`/api/v1/users/${dpo.id}/deactivate`).expect(200);
      for (const text of [`approve ${noticeId}`, 'list', 'help']) {
        const answer = await slash(text, 'U0LEAVER');
        expect(answer.text).toBe(
          'Your Breach Desk account is deactivated, so Breach Desk does nothing for you from Slack. Nothing was changed.',
        );
      }
      expect((await t.api().get(`/api/v1/notices/${noticeId}`).expect(200)).body).toMatchObject({ state: 'submitted', approvedBy: null });
    });

    it('is not an unlinked reporter either, even where the organisation allows those', async () => {
      const reporter = await aUserWith(t, 'reporter', { slackUserId: 'U0GONE' });
      await t.api().post(`/api/v1/users/${reporter.id}/deactivate`).expect(200);
      const before = await countIncidents();
      const form = await send('/slack/interactions', newIncidentSubmission('U0GONE', 'Report from a former employee')).expect(200);
      expect(JSON.stringify(form.body)).toContain('deactivated');
      expect(await countIncidents()).toBe(before);
    });
  });

  describe('a signed request sent twice', () => {
    it('logs one incident from a new-incident form submitted twice, and uses one reference number', async () => {
      await aUserWith(t, 'reporter', { slackUserId: 'U0TWICE' });
      const body = newIncidentSubmission('U0TWICE', 'Laptop stolen from a car');
      const before = await countIncidents();
      const first = await send('/slack/interactions', body).expect(200);
      const reference = /BR-2026-(\d{4})/.exec(JSON.stringify(first.body.view))!;
      const again = await send('/slack/interactions', body).expect(200);
      expect(JSON.stringify(again.body)).toContain('already submitted');
      expect(await countIncidents()).toBe(before + 1);
      const following = (await t.api().post('/api/v1/incidents').send(anIncident()).expect(201)).body.reference;
      expect(following).toBe(`BR-2026-${String(Number(reference[1]) + 1).padStart(4, '0')}`);
    });

    it('acknowledges once for a /breach ack replayed, even four minutes later or at the same moment', async () => {
      await aUserWith(t, 'responder', { slackUserId: 'U0ACK' });
      const incident = (
        await t
          .api()
          .post('/api/v1/incidents')
          .send(anIncident({ title: 'Ransomware' }))
          .expect(201)
      ).body;
      const body = commandBody(`ack ${incident.reference}`, 'U0ACK');
      const headers = slack.signed(body);
      const [first, second] = await Promise.all([
        postAsSlack(t.http, '/slack/commands', body, headers),
        postAsSlack(t.http, '/slack/commands', body, headers),
      ]);
      expect([first.status, second.status]).toEqual([200, 200]);
      time.advance(minutes(4));
      const late = await postAsSlack(t.http, '/slack/commands', body, headers).expect(200);
      expect(late.body.text).toBe('Slack sent this command twice; it was handled once. Nothing more was done.');
      expect(await acknowledgementsOf(incident.id)).toHaveLength(1);
    });

    it('recognises Slack’s retry, signed anew, by its trigger_id', async () => {
      await aUserWith(t, 'responder', { slackUserId: 'U0RETRY' });
      const incident = (
        await t
          .api()
          .post('/api/v1/incidents')
          .send(anIncident({ title: 'Misdirected email' }))
          .expect(201)
      ).body;
      const body = commandBody(`ack ${incident.reference}`, 'U0RETRY');
      await send('/slack/commands', body).expect(200);
      time.advance(minutes(1));
      await send('/slack/commands', body).set('X-Slack-Retry-Num', '1').expect(200);
      expect(await acknowledgementsOf(incident.id)).toHaveLength(1);
    });

    it('still acts on a new request that says the same', async () => {
      await aUserWith(t, 'responder', { slackUserId: 'U0AGAIN' });
      const incident = (
        await t
          .api()
          .post('/api/v1/incidents')
          .send(anIncident({ title: 'Lost USB stick' }))
          .expect(201)
      ).body;
      await slash(`ack ${incident.reference}`, 'U0AGAIN');
      await slash(`ack ${incident.reference}`, 'U0AGAIN');
      expect(await acknowledgementsOf(incident.id)).toHaveLength(2);
    });

    it('forgets requests too old to be replayed', async () => {
      await t.dataSource.query('DELETE FROM slack_requests_seen');
      await slash('help', 'U0ACK');
      time.advance(minutes(16));
      await slash('help', 'U0ACK');
      expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM slack_requests_seen'))[0].n)).toBe(2);
    });
  });

  describe('response_url', () => {
    let elsewhere: Server;
    let elsewhereUrl: string;
    const received: string[] = [];
    beforeAll(async () => {
      elsewhere = createServer((req, res) => {
        received.push(req.url ?? '');
        res.end('ok');
      });
      await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
      elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => elsewhere.close(() => resolve())));

    it('is posted to only on Slack’s host: a result for any other address is dropped', async () => {
      await aUserWith(t, 'responder', { slackUserId: 'U0ASSESS' });
      const incident = (
        await t
          .api()
          .post('/api/v1/incidents')
          .send(anIncident({ title: 'Printer queue exposed' }))
          .expect(201)
      ).body;
      const toSlack = commandBody(`assess ${incident.reference}`, 'U0ASSESS', { response_url: slack.fake.responseUrl('to-slack') });
      const toElsewhere = commandBody(`assess ${incident.reference}`, 'U0ASSESS', { response_url: `${elsewhereUrl}/internal/admin` });
      await send('/slack/commands', toSlack).expect(200);
      await send('/slack/commands', toElsewhere).expect(200);
      await t.app.get(SlackFollowUps).settled();

      expect(slack.fake.responses.map((response) => response.id)).toContain('to-slack');
      expect(received).toEqual([]);
    });
  });
});
