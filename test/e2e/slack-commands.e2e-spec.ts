// The Slack app end to end: requests signed as Slack signs them, answers and follow-ups, and what Breach Desk
// sends back through the real @slack/web-api client to the fake Slack server.
import { randomUUID } from 'node:crypto';
import { NOTICE_ACTIONS } from '../../src/slack/interaction-ids.js';
import { anIncident } from '../support/factories.js';
import { FakeTimeSource, hours, minutes } from '../support/fake-time.js';
import { anOrganisation } from '../support/organisation.js';
import { SLACK_CHANNEL as CHANNEL, SLACK_SIGNING_SECRET as SECRET, SlackEnvironment, type Json } from '../support/slack-environment.js';
import { postAsSlack, slackForm, slackSignatureHeaders } from '../support/slack-signing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { aUserWith } from '../support/users.js';

const SLACK_USERS = { dpo: 'U0DPO', responder: 'U0RESP', reporter: 'U0REP', unlinked: 'U0STRANGER' } as const;

describe('Slack app: /breach, the new-incident form and the approval buttons', () => {
  const time = new FakeTimeSource('2026-11-02T08:00:00Z');
  let slack: SlackEnvironment;
  let t: TestApp;
  const userIds: Record<string, string> = {};

  beforeAll(async () => {
    slack = await SlackEnvironment.start({ time });
    t = slack.t;
    // The controller's identity fills the notices' blanks, so a DPO may approve them.
    await t
      .api()
      .put('/api/v1/organisation')
      .send(anOrganisation({ sectors: [] }))
      .expect(200);
    for (const role of ['dpo', 'responder', 'reporter'] as const) {
      const created = await aUserWith(t, role, { name: `Ana ${role}` });
      // Linked afterwards, as the README tells an admin to do.
      await t.api().patch(`/api/v1/users/${created.id}`).send({ slackUserId: SLACK_USERS[role] }).expect(200);
      userIds[role] = created.id;
    }
  });
  afterAll(() => slack.close());

  /** `/breach <text>`, by the responder unless another Slack user is named. */
  const slash = (text: string, slackUserId: string = SLACK_USERS.responder) => slack.slash(text, slackUserId);

  async function logIncident(overrides: Parameters<typeof anIncident>[0] = {}): Promise<Json> {
    return (await t.api().post('/api/v1/incidents').send(anIncident(overrides)).expect(201)).body;
  }

  async function submittedNotice(): Promise<{ incident: Json; noticeId: string }> {
    const incident = await logIncident({ title: 'Customer database copied' });
    const notice = await t.api().post(`/api/v1/incidents/${incident.id}/notices`).send({ kind: 'authority', language: 'en' }).expect(201);
    await t.api().post(`/api/v1/notices/${notice.body.id}/submit`).expect(200);
    return { incident, noticeId: notice.body.id };
  }

  const noticeOf = async (id: string): Promise<Json> => (await t.api().get(`/api/v1/notices/${id}`).expect(200)).body;
  /** The Approve button's value for the notice as it is now: what the DPO was shown. */
  const approveValue = async (id: string): Promise<string> => {
    const { version, bodyHash } = await noticeOf(id);
    return JSON.stringify({ id, version, bodyHash });
  };
  const countIncidents = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM incidents'))[0].n);
  const textOf = (answer: Json) => `${answer.text ?? ''}\n${JSON.stringify(answer.blocks ?? [])}`;

  describe('signatures', () => {
    const help = slackForm({
      command: '/breach',
      text: 'help',
      user_id: SLACK_USERS.responder,
      trigger_id: 'x',
      response_url: 'https://hooks.slack.com/x',
    });

    it('answers a request signed with the signing secret', async () => {
      const response = await postAsSlack(t.http, '/slack/commands', help, slack.signed(help)).expect(200);
      expect(response.body.text).toContain('/breach new <title>');
    });

    it('accepts a request signed four minutes ago', async () => {
      await postAsSlack(t.http, '/slack/commands', help, slack.signed(help, -minutes(4))).expect(200);
    });

    it.each([
      ['unsigned', () => ({})],
      ['signed with another secret', () => slackSignatureHeaders(help, { secret: 'not-the-signing-secret', at: time.now() })],
      ['signed 10 minutes ago', () => slack.signed(help, -minutes(10))],
      ['signed 10 minutes in the future', () => slack.signed(help, minutes(10))],
      ['carrying a signature of the wrong length', () => ({ ...slack.signed(help), 'X-Slack-Signature': 'v0=abc' })],
    ])('refuses a slash command %s with 401', async (_, headers) => {
      const response = await postAsSlack(t.http, '/slack/commands', help, headers()).expect(401);
      expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    });

    it('refuses an interaction that is unsigned with 401', async () => {
      await postAsSlack(t.http, '/slack/interactions', slackForm({ payload: '{}' }), {}).expect(401);
    });

    it('refuses a tampered body with 401 and changes nothing', async () => {
      const { noticeId } = await submittedNotice();
      const signedBody = slackForm({
        command: '/breach',
        text: 'help',
        user_id: SLACK_USERS.dpo,
        trigger_id: 'x',
        response_url: slack.fake.responseUrl('tampered'),
      });
      const tampered = signedBody.replace('text=help', `text=approve+${noticeId}`);
      await postAsSlack(t.http, '/slack/commands', tampered, slack.signed(signedBody)).expect(401);
      expect((await noticeOf(noticeId)).state).toBe('submitted');
    });
  });

  describe('/breach help and bad input', () => {
    it('lists every command', async () => {
      const { answer } = await slash('help');
      expect(answer.response_type).toBe('ephemeral');
      for (const usage of ['new <title>', 'list', 'status <ref>', 'ack <ref>', 'assess <ref>', 'approve <notice>']) {
        expect(answer.text).toContain(`/breach ${usage}`);
      }
    });

    it.each([
      ['frobnicate', 'I don’t know the command `frobnicate`.'],
      ['status', 'Which incident? For example `/breach status BR-2026-0001`.'],
      ['status last-week', '`last-week` is not an incident reference; they look like BR-2026-0001.'],
      ['status BR-2026-9999', 'Incident BR-2026-9999 was not found.'],
      ['approve please', '`please` is not a notice id'],
    ])('answers `/breach %s` with a friendly sentence', async (text, sentence) => {
      const { answer } = await slash(text);
      expect(answer.response_type).toBe('ephemeral');
      expect(answer.text).toContain(sentence);
    });

    it('says so when a notice id names no notice', async () => {
      const id = randomUUID();
      const { answer } = await slash(`approve ${id}`, SLACK_USERS.dpo);
      expect(answer.text).toContain(`Notice ${id} was not found.`);
    });
  });

  describe('/breach new and the form', () => {
    it('opens the form with the title typed, the awareness time at now and the essential facts', async () => {
      const { answer, triggerId } = await slash('new Laptop with payroll &amp; CVs stolen', SLACK_USERS.reporter);
      expect(answer).toEqual({});
      const view = await slack.viewOpenedWith(triggerId);
      expect(view.callback_id).toBe('breach_new_incident');
      const inputs = Object.fromEntries(view.blocks.map((block: Json) => [block.block_id, block.element]));
      expect(Object.keys(inputs)).toEqual(['title', 'role', 'breachTypes', 'dataCategories', 'subjectsAffected', 'awareAt']);
      expect(inputs.title.initial_value).toBe('Laptop with payroll & CVs stolen');
      expect(inputs.awareAt).toMatchObject({ type: 'datetimepicker', initial_date_time: time.now().getTime() / 1000 });
      expect(inputs.dataCategories.options).toHaveLength(21);
      expect(inputs.breachTypes.options.map((option: Json) => option.value)).toEqual(['confidentiality', 'integrity', 'availability']);
    });

    it('logs the incident from the submitted form, as the linked user, and alerts the channel', async () => {
      const { triggerId } = await slash('new Laptop with payroll data stolen', SLACK_USERS.reporter);
      const answer = await slack.submitForm(await slack.viewOpenedWith(triggerId), SLACK_USERS.reporter, {
        role: 'controller',
        breachTypes: ['confidentiality'],
        dataCategories: ['identity', 'health'],
        subjectsAffected: '40',
      });
      expect(answer.response_action).toBe('update');
      const reference = /BR-2026-\d{4}/.exec(JSON.stringify(answer.view))![0];
      const [incident] = (await t.api().get(`/api/v1/incidents?q=${reference}`).expect(200)).body.items;
      expect(incident).toMatchObject({
        title: 'Laptop with payroll data stolen',
        role: 'controller',
        breachTypes: ['confidentiality'],
        dataCategories: ['identity', 'health'],
        subjectsAffected: 40,
        awareAt: time.now().toISOString(),
        createdBy: `user:${userIds.reporter}`,
      });
      expect(incident.assessment).not.toBeNull();

      await slack.dispatchAndSend();
      const [alert] = slack.fake.messages.filter((message) => message.metadata?.event_payload.incident === reference);
      expect(alert.channel).toBe(CHANNEL);
      expect(alert.blocks![0]).toEqual({
        type: 'header',
        text: { type: 'plain_text', text: `🆕 New breach: ${reference} · Laptop with payroll data stolen`, emoji: true },
      });
    });

    it('logs an unlinked Slack user’s incident as that Slack user, when the organisation allows it', async () => {
      const { triggerId } = await slash('new Phishing: mailbox forwarded', SLACK_USERS.unlinked);
      const answer = await slack.submitForm(await slack.viewOpenedWith(triggerId), SLACK_USERS.unlinked, {
        role: 'controller',
        breachTypes: ['confidentiality'],
        dataCategories: ['contact'],
      });
      const reference = /BR-2026-\d{4}/.exec(JSON.stringify(answer.view))![0];
      const [incident] = (await t.api().get(`/api/v1/incidents?q=${reference}`).expect(200)).body.items;
      expect(incident.createdBy).toBe(`slack:${SLACK_USERS.unlinked}`);
    });

    it('marks the bad fields with the intake API’s own checks and logs nothing', async () => {
      const { triggerId } = await slash('new Backup tape missing', SLACK_USERS.reporter);
      const view = await slack.viewOpenedWith(triggerId);
      const before = await countIncidents();
      const shapeErrors = await slack.submitForm(view, SLACK_USERS.reporter, {
        role: 'controller',
        breachTypes: [],
        dataCategories: ['identity'],
        subjectsAffected: '-5',
      });
      expect(shapeErrors).toEqual({
        response_action: 'errors',
        errors: { breachTypes: expect.stringContaining('at least 1 elements'), subjectsAffected: 'Must not be less than 0' },
      });
      const inTheFuture = Math.floor((time.now().getTime() + hours(2)) / 1000);
      const timelineErrors = await slack.submitForm(view, SLACK_USERS.reporter, {
        role: 'controller',
        breachTypes: ['availability'],
        dataCategories: ['identity'],
        awareAt: inTheFuture,
      });
      expect(timelineErrors).toEqual({ response_action: 'errors', errors: { awareAt: 'Must not be in the future' } });
      expect(await countIncidents()).toBe(before);
    });
  });

  describe('/breach list and status', () => {
    it('lists open incidents with the most urgent running clock first, with the time left', async () => {
      const now = time.now().getTime();
      const soonest = await logIncident({ title: 'Two hours left', awareAt: new Date(now - hours(70)).toISOString() });
      const later = await logIncident({ title: 'Sixty-two hours left', awareAt: new Date(now - hours(10)).toISOString() });
      const { answer } = await slash('list', SLACK_USERS.reporter);
      const sections: string[] = answer.blocks.map((block: Json) => block.text.text);
      const indexOf = (reference: string) => sections.findIndex((text) => text.startsWith(`*${reference}*`));
      expect(indexOf(soonest.reference)).toBeGreaterThan(0);
      expect(indexOf(soonest.reference)).toBeLessThan(indexOf(later.reference));
      expect(sections[indexOf(soonest.reference)]).toContain('GDPR Art. 33 notice to ANSPDCP: *2h 0m left*');
      expect(sections[indexOf(later.reference)]).toContain('GDPR Art. 33 notice to ANSPDCP: *2d 14h 0m left*');
    });

    it('shows the facts, the decision with its reasons, every clock and the notices’ states', async () => {
      const { incident, noticeId } = await submittedNotice();
      const { answer } = await slash(`status ${incident.reference.toLowerCase()}`, SLACK_USERS.reporter);
      const [header, facts, decision, clocks, notices] = answer.blocks;
      expect(header.text.text).toBe(`${incident.reference} · Customer database copied`);
      expect(facts.fields.map((field: Json) => field.text)).toEqual([
        '*State*\nopen',
        '*Role*\ncontroller',
        '*Aware since*\n2 Nov 2026, 10:00 (UTC+02:00)',
        '*People affected*\n1200',
        '*Breach types*\nconfidentiality',
        '*Data categories*\nidentity, contact, communications content',
      ]);
      expect(decision.text.text).toContain('Risk: high risk · notify authority: yes · notify people: yes');
      expect(decision.text.text.split('\n').filter((line: string) => line.startsWith('• '))).toHaveLength(3);
      expect(clocks.text.text).toContain('• *GDPR Art. 33 notice* to ANSPDCP: *3d 0h 0m left* (due 5 Nov 2026, 10:00 (UTC+02:00))');
      expect(notices.text.text).toContain(`• authority notice (en), version 1: *submitted* · id \`${noticeId}\``);
    });
  });

  describe('/breach ack', () => {
    it('records who handles the incident, audited, and says so in the incident’s thread', async () => {
      const incident = await logIncident({ title: 'Ransomware on the file server' });
      await slack.dispatchAndSend();
      const [root] = slack.fake.messages.filter((message) => message.metadata?.event_payload.incident === incident.reference);

      const { answer } = await slash(`ack ${incident.reference}`, SLACK_USERS.responder);
      expect(answer.text).toBe(`You are down as handling *${incident.reference}*. I said so in the incident’s thread.`);
      const read = await t.api().get(`/api/v1/incidents/${incident.id}`).expect(200);
      expect(read.body).toMatchObject({
        acknowledgedBy: { id: `user:${userIds.responder}`, name: 'Ana responder' },
        acknowledgedAt: time.now().toISOString(),
        notes: [],
      });
      const audited = await t.dataSource.query(`SELECT actor FROM audit_log WHERE action = 'incident.acknowledged' AND entity_id = $1`, [
        incident.id,
      ]);
      expect(audited).toEqual([{ actor: `user:${userIds.responder}` }]);

      const reply = await slack.messageWhere((message) => message.thread_ts === root.ts);
      expect(reply.channel).toBe(CHANNEL);
      expect(reply.blocks).toEqual([
        { type: 'section', text: { type: 'mrkdwn', text: `🙋 <@${SLACK_USERS.responder}> is handling ${incident.reference}.` } },
      ]);
    });

    it('keeps the first acknowledgement; the DPO acknowledging after is a take-over, noted and audited', async () => {
      const incident = await logIncident({ title: 'Stolen laptop' });
      await slash(`ack ${incident.reference}`, SLACK_USERS.responder);
      const first = (await t.api().get(`/api/v1/incidents/${incident.id}`).expect(200)).body.acknowledgedAt;
      time.advance(minutes(5));
      const { answer } = await slash(`ack ${incident.reference}`, SLACK_USERS.dpo);
      expect(answer.text).toContain(`You are down as handling *${incident.reference}* (taken over from Ana responder).`);
      const read = (await t.api().get(`/api/v1/incidents/${incident.id}`).expect(200)).body;
      expect(read).toMatchObject({ acknowledgedBy: { id: `user:${userIds.responder}` }, acknowledgedAt: first });
      expect(read.notes).toEqual([
        expect.objectContaining({
          author: `user:${userIds.dpo}`,
          body: 'Taken over by Ana dpo from Ana responder, who acknowledged it first.',
        }),
      ]);
      const audited = await t.dataSource.query(
        `SELECT action, actor FROM audit_log WHERE action LIKE 'incident.%' AND entity_id = $1 ORDER BY id`,
        [incident.id],
      );
      expect(audited.slice(-2)).toEqual([
        { action: 'incident.acknowledged', actor: `user:${userIds.responder}` },
        { action: 'incident.taken_over', actor: `user:${userIds.dpo}` },
      ]);
    });

    it('refuses a reporter, who logs but does not handle, and records nothing', async () => {
      const incident = await logIncident({ title: 'USB stick lost' });
      const { answer } = await slash(`ack ${incident.reference}`, SLACK_USERS.reporter);
      expect(answer.text).toBe('This needs the responder role, and your Breach Desk account has reporter. Nothing was changed.');
      expect((await t.api().get(`/api/v1/incidents/${incident.id}`).expect(200)).body).toMatchObject({ acknowledgedBy: null, notes: [] });
    });
  });

  describe('/breach assess', () => {
    it('acknowledges at once and reports the new assessment through the response_url', async () => {
      const incident = await logIncident({ title: 'Misdirected payslips' });
      const { answer, responseId } = await slash(`assess ${incident.reference}`, SLACK_USERS.responder);
      expect(answer.text).toBe(`Assessing *${incident.reference}* again; the result follows here in a moment.`);
      const result = await slack.responseTo(responseId);
      expect(result.response_type).toBe('ephemeral');
      expect(textOf(result)).toContain('Risk: high risk · notify authority: yes · notify people: yes');
      const history = (await t.api().get(`/api/v1/incidents/${incident.id}/assessments`).expect(200)).body;
      expect(history.map((version: Json) => version.trigger)).toEqual(['intake', 'reassess']);
    });

    it('never lets an unlinked Slack user assess', async () => {
      const incident = await logIncident({ title: 'Printer queue exposed' });
      const { answer } = await slash(`assess ${incident.reference}`, SLACK_USERS.unlinked);
      expect(answer.text).toContain('This needs the responder role, and your Slack account is not linked to a Breach Desk user.');
      expect((await t.api().get(`/api/v1/incidents/${incident.id}/assessments`).expect(200)).body).toHaveLength(1);
    });
  });

  describe('/breach approve', () => {
    it('approves a submitted notice for a linked DPO', async () => {
      const { noticeId } = await submittedNotice();
      const { answer } = await slash(`approve ${noticeId} 1`, SLACK_USERS.dpo);
      expect(answer.text).toBe(`✅ The authority notice (en), version 1, was approved by <@${SLACK_USERS.dpo}>`);
      expect(await noticeOf(noticeId)).toMatchObject({ state: 'approved', approvedBy: `user:${userIds.dpo}`, approvedVersion: 1 });
    });

    it.each([
      [
        'a linked reporter',
        SLACK_USERS.reporter,
        'This needs the dpo role, and your Breach Desk account has reporter. Nothing was changed.',
      ],
      [
        'a linked responder',
        SLACK_USERS.responder,
        'This needs the dpo role, and your Breach Desk account has responder. Nothing was changed.',
      ],
      [
        'an unlinked Slack user',
        SLACK_USERS.unlinked,
        'This needs the dpo role, and your Slack account is not linked to a Breach Desk user.',
      ],
    ])('refuses %s and changes nothing', async (_, slackUserId, sentence) => {
      const { noticeId } = await submittedNotice();
      const { answer } = await slash(`approve ${noticeId} 1`, slackUserId);
      expect(answer.text).toContain(sentence);
      expect(await noticeOf(noticeId)).toMatchObject({ state: 'submitted', approvedBy: null });
    });

    it('explains why a notice that is not submitted cannot be approved', async () => {
      const { noticeId } = await submittedNotice();
      await slash(`approve ${noticeId} 1`, SLACK_USERS.dpo);
      const { answer } = await slash(`approve ${noticeId} 1`, SLACK_USERS.dpo);
      expect(answer.text).toBe("A notice in state 'approved' cannot be approved; only one in state 'submitted' can.");
    });
  });

  describe('Approve and Reject buttons', () => {
    it('come in an approval request to the DPO when a notice is submitted, and approve when pressed', async () => {
      const { incident, noticeId } = await submittedNotice();
      await slack.dispatchAndSend();
      const request = await slack.messageWhere(
        (m) => m.metadata?.event_payload.incident === incident.reference && JSON.stringify(m.blocks).includes(noticeId),
      );
      expect(request.text).toContain(`<@${SLACK_USERS.dpo}>`);
      expect(request.text).toContain('waits for the DPO');
      const actions = (request.blocks as Json[]).find((block) => block.type === 'actions')!;
      expect(actions.elements.map((button: Json) => [button.action_id, button.value])).toEqual([
        [NOTICE_ACTIONS.approve, await approveValue(noticeId)],
        [NOTICE_ACTIONS.reject, noticeId],
      ]);
      expect(JSON.stringify(request.blocks)).toContain(`Read it: /incidents/${incident.id}/notices/${noticeId}`);
      const { responseId } = await slack.pressButton(actions.elements[0].action_id, actions.elements[0].value, SLACK_USERS.dpo);
      await slack.responseTo(responseId);
      expect((await noticeOf(noticeId)).state).toBe('approved');
    });

    it('approves for a linked DPO and replaces the buttons with who approved', async () => {
      const { noticeId } = await submittedNotice();
      const { answer, responseId } = await slack.pressButton(NOTICE_ACTIONS.approve, await approveValue(noticeId), SLACK_USERS.dpo);
      expect(answer).toEqual({});
      const outcome = await slack.responseTo(responseId);
      expect(outcome).toMatchObject({
        replace_original: true,
        text: `✅ The authority notice (en), version 1, was approved by <@${SLACK_USERS.dpo}>`,
      });
      expect(outcome.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: outcome.text } }]);
      expect((await noticeOf(noticeId)).state).toBe('approved');
    });

    it.each([
      ['a linked reporter', SLACK_USERS.reporter, 'This needs the dpo role, and your Breach Desk account has reporter.'],
      ['an unlinked Slack user', SLACK_USERS.unlinked, 'This needs the dpo role, and your Slack account is not linked'],
    ])('tells %s privately why not, and changes nothing', async (_, slackUserId, sentence) => {
      const { noticeId } = await submittedNotice();
      const approve = await slack.pressButton(NOTICE_ACTIONS.approve, await approveValue(noticeId), slackUserId);
      expect(await slack.responseTo(approve.responseId)).toMatchObject({
        response_type: 'ephemeral',
        replace_original: false,
        text: expect.stringContaining(sentence),
      });
      const reject = await slack.pressButton(NOTICE_ACTIONS.reject, noticeId, slackUserId);
      expect((await slack.responseTo(reject.responseId)).text).toContain(sentence);
      expect(slack.fake.views.some((view) => view.trigger_id === reject.triggerId)).toBe(false);
      expect(await noticeOf(noticeId)).toMatchObject({ state: 'submitted', approvedBy: null, rejectedReason: null });
    });

    it('asks a DPO for the reason, then rejects and says why in place of the buttons', async () => {
      const { noticeId } = await submittedNotice();
      const reject = await slack.pressButton(NOTICE_ACTIONS.reject, noticeId, SLACK_USERS.dpo);
      const form = await slack.viewOpenedWith(reject.triggerId);
      expect(form.callback_id).toBe('breach_reject_notice');

      expect(await slack.submitForm(form, SLACK_USERS.dpo, { reason: '   ' })).toEqual({
        response_action: 'errors',
        errors: { reason: 'Must not be blank' },
      });
      expect((await noticeOf(noticeId)).state).toBe('submitted');

      const reason = 'Name the processor and the number of records.';
      expect(await slack.submitForm(form, SLACK_USERS.dpo, { reason })).toEqual({ response_action: 'clear' });
      expect(await noticeOf(noticeId)).toMatchObject({ state: 'rejected', rejectedReason: reason });
      expect(await slack.responseTo(reject.responseId)).toMatchObject({
        replace_original: true,
        text: `↩️ The authority notice (en), version 1, was rejected by <@${SLACK_USERS.dpo}>: ${reason}`,
      });
    });
  });

  describe('an organisation that keeps unlinked Slack users out', () => {
    beforeAll(async () => {
      await t
        .api()
        .put('/api/v1/organisation')
        .send(anOrganisation({ sectors: [], allowUnlinkedSlackReporters: false }))
        .expect(200);
    });

    it('refuses them even reading, but still helps', async () => {
      const { answer } = await slash('list', SLACK_USERS.unlinked);
      expect(answer.text).toBe(
        'Your Slack account is not linked to a Breach Desk user, and this organisation lets only linked users act from Slack. Ask a Breach Desk admin to link your Slack account to your user.',
      );
      expect((await slash('help', SLACK_USERS.unlinked)).answer.text).toContain('/breach list');
    });

    it('refuses them logging through the form and logs nothing', async () => {
      const { triggerId } = await slash('new Lost phone', SLACK_USERS.reporter);
      const before = await countIncidents();
      const answer = await slack.submitForm(await slack.viewOpenedWith(triggerId), SLACK_USERS.unlinked, {
        role: 'controller',
        breachTypes: ['confidentiality'],
        dataCategories: ['contact'],
      });
      expect(answer.response_action).toBe('update');
      expect(JSON.stringify(answer.view)).toContain('lets only linked users act from Slack');
      expect(await countIncidents()).toBe(before);
    });
  });
});

describe('Slack app with Slack off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 503 and says Slack is off', async () => {
    const body = slackForm({ command: '/breach', text: 'help' });
    const response = await postAsSlack(
      t.http,
      '/slack/commands',
      body,
      slackSignatureHeaders(body, { secret: SECRET, at: t.time.now() }),
    ).expect(503);
    expect(response.body.message).toEqual(['Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to use the Slack app']);
  });
});
