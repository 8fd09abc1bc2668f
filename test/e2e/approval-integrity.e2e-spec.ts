// Issue 13.1–13.3, reproduced as they were found: an approval means the text the DPO read, four eyes,
// no silent downgrade, and a closed incident that stays as it was. Real HTTP, real database, Slack
// requests signed as Slack signs them, Slack itself a fake server behind the real @slack/web-api client.
import type { CreateIncidentDto } from '../../src/incidents/create-incident.dto.js';
import { NOTICE_ACTIONS } from '../../src/slack/interaction-ids.js';
import { anIncident } from '../support/factories.js';
import { FakeTimeSource } from '../support/fake-time.js';
import { anOrganisation } from '../support/organisation.js';
import { SlackEnvironment, type Json } from '../support/slack-environment.js';
import type { TestApp } from '../support/test-app.js';
import { aUserWith } from '../support/users.js';

const SLACK_USERS = { dpo: 'U0DPO', otherDpo: 'U0DPO2', responder: 'U0RESP', reporter: 'U0REP' } as const;

describe('integrity of the decision loop', () => {
  const time = new FakeTimeSource('2026-11-02T08:00:00Z');
  let slack: SlackEnvironment;
  let t: TestApp;
  const tokens: Record<keyof typeof SLACK_USERS, string> = { dpo: '', otherDpo: '', responder: '', reporter: '' };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    slack = await SlackEnvironment.start({ time });
    t = slack.t;
    await t
      .api()
      .put('/api/v1/organisation')
      .send(anOrganisation({ sectors: [] }))
      .expect(200);
    const roles = { dpo: 'dpo', otherDpo: 'dpo', responder: 'responder', reporter: 'reporter' } as const;
    for (const who of Object.keys(SLACK_USERS) as (keyof typeof SLACK_USERS)[]) {
      const created = await aUserWith(t, roles[who], { name: `Ana ${who}`, slackUserId: SLACK_USERS[who] });
      tokens[who] = created.token;
      ids[who] = created.id;
    }
  });
  afterAll(() => slack.close());

  const as = (who: keyof typeof SLACK_USERS) => t.api(tokens[who]);
  const slash = async (text: string, slackUserId: string): Promise<Json> => (await slack.slash(text, slackUserId)).answer;
  /** A button press, and its outcome posted to its response_url. */
  const pressButton = async (actionId: string, value: string, slackUserId: string): Promise<Json> =>
    slack.responseTo((await slack.pressButton(actionId, value, slackUserId)).responseId);
  const dispatchAndSend = () => slack.dispatchAndSend();

  const logIncident = async (
    overrides: Parameters<typeof anIncident>[0] = {},
    who: keyof typeof SLACK_USERS = 'responder',
  ): Promise<Json> => (await as(who).post('/api/v1/incidents').send(anIncident(overrides)).expect(201)).body;
  const draft = async (incidentId: string, who: keyof typeof SLACK_USERS = 'responder'): Promise<Json> =>
    (await as(who).post(`/api/v1/incidents/${incidentId}/notices`).send({ kind: 'authority', language: 'en' }).expect(201)).body;
  const noticeOf = async (id: string): Promise<Json> => (await t.api().get(`/api/v1/notices/${id}`).expect(200)).body;
  const approve = (who: keyof typeof SLACK_USERS, notice: Json, extra: Record<string, unknown> = {}) =>
    as(who)
      .post(`/api/v1/notices/${notice.id}/approve`)
      .send({ version: notice.version, bodyHash: notice.bodyHash, ...extra });
  const approvalRequestFor = (noticeId: string, version: number) =>
    slack.messageWhere(
      (m) => m.text!.includes(`version ${version}) waits`) && JSON.stringify(m.blocks).includes(noticeId),
      `the approval request for version ${version}`,
    );
  const approveButtonOf = (message: { blocks?: unknown[] }): string =>
    (message.blocks as Json[]).find((block) => block.type === 'actions')!.elements.find((b: Json) => b.action_id === NOTICE_ACTIONS.approve)
      .value;

  describe('an approval names the version and body the DPO read', () => {
    it('refuses the DPO’s earlier Slack button once a responder edited and resubmitted the notice: 409, nothing approved', async () => {
      const incident = await logIncident({ title: 'Edited after the DPO read it' });
      const v1 = await draft(incident.id);
      await as('responder').post(`/api/v1/notices/${v1.id}/submit`).expect(200);
      await dispatchAndSend();
      const oldButton = approveButtonOf(await approvalRequestFor(v1.id, 1));
      expect(JSON.parse(oldButton)).toEqual({ id: v1.id, version: 1, bodyHash: v1.bodyHash });

      const v2 = (
        await as('responder')
          .patch(`/api/v1/notices/${v1.id}`)
          .send({ body: `${v1.body}\nThe attacker was an insider.\n` })
          .expect(200)
      ).body;
      await as('responder').post(`/api/v1/notices/${v1.id}/submit`).expect(200);

      const answer = await pressButton(NOTICE_ACTIONS.approve, oldButton, SLACK_USERS.dpo);
      expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(answer.text).toContain('The notice changed since version 1 was read (it is now at version 2');
      const stale = await approve('dpo', v1).expect(409);
      expect(stale.body).toMatchObject({ code: 'NOTICE_CHANGED' });
      expect(await noticeOf(v1.id)).toMatchObject({ state: 'submitted', approvedBy: null, approvedHash: null });

      await dispatchAndSend();
      const newButton = approveButtonOf(await approvalRequestFor(v1.id, 2));
      expect((await pressButton(NOTICE_ACTIONS.approve, newButton, SLACK_USERS.dpo)).text).toContain('version 2, was approved');
      expect(await noticeOf(v1.id)).toMatchObject({ state: 'approved', approvedVersion: 2, approvedHash: v2.bodyHash });
      const [audit] = await t.dataSource.query(`SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'notice.approved'`, [v1.id]);
      expect(audit.after).toMatchObject({ approvedVersion: 2, approvedHash: v2.bodyHash, approvedBy: `user:${ids.dpo}` });
    });

    it('answers 400 naming each missing field, and 409 for the right version with another hash', async () => {
      const notice = await draft((await logIncident()).id);
      await as('responder').post(`/api/v1/notices/${notice.id}/submit`).expect(200);
      const missing = await as('dpo').post(`/api/v1/notices/${notice.id}/approve`).send({}).expect(400);
      expect(missing.body.message).toEqual(
        expect.arrayContaining([expect.stringMatching(/^version /), expect.stringMatching(/^bodyHash /)]),
      );
      const otherHash = await approve('dpo', { ...notice, bodyHash: 'a'.repeat(64) }).expect(409);
      expect(otherHash.body.message[0]).toContain(`its body hash is no longer ${'a'.repeat(64)}`);
      expect((await noticeOf(notice.id)).state).toBe('submitted');
    });

    it('answers `/breach approve <notice>` with the current version, and approves `/breach approve <notice> <version>`', async () => {
      const notice = await draft((await logIncident()).id);
      await as('responder').post(`/api/v1/notices/${notice.id}/submit`).expect(200);
      const unnamed = await slash(`approve ${notice.id}`, SLACK_USERS.dpo);
      expect(unnamed.text).toContain(`The notice is now at version 1 (body SHA-256 ${notice.bodyHash.slice(0, 12)}…)`);
      expect((await noticeOf(notice.id)).state).toBe('submitted');
      expect((await slash(`approve ${notice.id} 2`, SLACK_USERS.dpo)).text).toContain(
        'version 2 does not exist; the notice is at version 1',
      );
      expect((await slash(`approve ${notice.id} 1`, SLACK_USERS.dpo)).text).toContain('version 1, was approved');
      expect(await noticeOf(notice.id)).toMatchObject({ state: 'approved', approvedHash: notice.bodyHash });
    });

    it('cannot send as approved a text edited after the approval', async () => {
      const notice = await draft((await logIncident()).id);
      await as('responder').post(`/api/v1/notices/${notice.id}/submit`).expect(200);
      await approve('dpo', notice).expect(200);
      await as('responder')
        .patch(`/api/v1/notices/${notice.id}`)
        .send({ body: `${notice.body}\nOne more line.\n` })
        .expect(200);
      const sent = { sentAt: time.now().toISOString(), channel: 'ANSPDCP online form', externalReference: '1/2026' };
      await as('responder').post(`/api/v1/notices/${notice.id}/sent`).send(sent).expect(409);
      expect(await noticeOf(notice.id)).toMatchObject({ state: 'draft', approvedHash: null, sentAt: null });
    });
  });

  describe('four eyes', () => {
    it('refuses a DPO approving a notice they drafted, by API and by Slack; another DPO may', async () => {
      const notice = await draft((await logIncident()).id, 'dpo');
      await as('dpo').post(`/api/v1/notices/${notice.id}/submit`).expect(200);
      const refused = await approve('dpo', notice).expect(403);
      expect(refused.body).toMatchObject({ code: 'FOUR_EYES' });
      expect((await slash(`approve ${notice.id} 1`, SLACK_USERS.dpo)).text).toContain('another DPO must approve it (four eyes)');
      expect((await noticeOf(notice.id)).state).toBe('submitted');
      await approve('otherDpo', notice).expect(200);
    });

    it('refuses a DPO approving a version they last edited, though someone else drafted the notice', async () => {
      const notice = await draft((await logIncident()).id, 'responder');
      const edited = (
        await as('dpo')
          .patch(`/api/v1/notices/${notice.id}`)
          .send({ body: `${notice.body}\nEdited by the DPO.\n` })
          .expect(200)
      ).body;
      await as('responder').post(`/api/v1/notices/${notice.id}/submit`).expect(200);
      await approve('dpo', edited).expect(403);
      await approve('otherDpo', edited).expect(200);
    });

    it('tells each DPO beforehand whether the four-eyes rule lets them approve the current version (the console asks it)', async () => {
      const notice = await draft((await logIncident()).id, 'responder');
      const authorship = async (who: keyof typeof SLACK_USERS) =>
        (await as(who).get(`/api/v1/notices/${notice.id}/authorship`).expect(200)).body;
      expect(await authorship('dpo')).toEqual({ version: 1, approverWroteIt: false, singlePersonAllowed: false });
      await as('dpo')
        .patch(`/api/v1/notices/${notice.id}`)
        .send({ body: `${notice.body}\nEdited by the DPO.\n` })
        .expect(200);
      expect(await authorship('dpo')).toEqual({ version: 2, approverWroteIt: true, singlePersonAllowed: false });
      expect(await authorship('otherDpo')).toEqual({ version: 2, approverWroteIt: false, singlePersonAllowed: false });
      await as('responder').get(`/api/v1/notices/${notice.id}/authorship`).expect(403);
    });

    it('refuses an admin granting itself dpo, so it cannot draft, approve and send alone; another admin’s grant to someone else stands', async () => {
      const users = (await t.api().get('/api/v1/users').expect(200)).body as Json[];
      const admin = users.find((user) => user.roles.includes('admin'))!;
      const refused = await t
        .api()
        .patch(`/api/v1/users/${admin.id}`)
        .send({ roles: ['admin', 'responder', 'dpo'] })
        .expect(403);
      expect(refused.body).toMatchObject({
        code: 'FOUR_EYES',
        message: ['Nobody changes their own roles: another admin must do it. Nothing was changed.'],
      });
      expect((await t.api().get('/api/v1/users').expect(200)).body.find((user: Json) => user.id === admin.id).roles).toEqual(admin.roles);
      // Its own name, or the roles it already has, are not a role change.
      await t
        .api()
        .patch(`/api/v1/users/${admin.id}`)
        .send({ name: 'Admin', roles: [...admin.roles].reverse() })
        .expect(200);
      await t
        .api()
        .patch(`/api/v1/users/${ids.reporter}`)
        .send({ roles: ['reporter'] })
        .expect(200);
    });

    describe('in an organisation that allows a single-person approval', () => {
      beforeAll(async () => {
        const settings = await t
          .api()
          .patch('/api/v1/organisation')
          .send({ singlePersonApproval: { allowed: true } })
          .expect(200);
        expect(settings.body.singlePersonApproval).toEqual({ allowed: true });
      });
      afterAll(async () => {
        await t
          .api()
          .patch('/api/v1/organisation')
          .send({ singlePersonApproval: { allowed: false } })
          .expect(200);
      });

      it('lets the author approve only with a reason, and records that it was single-person, in the notice and the audit', async () => {
        const notice = await draft((await logIncident()).id, 'dpo');
        await as('dpo').post(`/api/v1/notices/${notice.id}/submit`).expect(200);
        const noReason = await approve('dpo', notice).expect(400);
        expect(noReason.body.message[0]).toMatch(/^singlePersonReason is required/);
        const reason = 'Two-person company; the other partner is in hospital.';
        const approved = await approve('dpo', notice, { singlePersonReason: reason }).expect(200);
        expect(approved.body).toMatchObject({ state: 'approved', approvedBy: `user:${ids.dpo}`, approvedSinglePersonReason: reason });
        const [audit] = await t.dataSource.query(`SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'notice.approved'`, [
          notice.id,
        ]);
        expect(audit.after).toMatchObject({ approvedSinglePersonReason: reason, approvedHash: notice.bodyHash });
      });

      it('tells the author beforehand that she may approve alone, with a reason', async () => {
        const notice = await draft((await logIncident()).id, 'dpo');
        expect((await as('dpo').get(`/api/v1/notices/${notice.id}/authorship`).expect(200)).body).toEqual({
          version: 1,
          approverWroteIt: true,
          singlePersonAllowed: true,
        });
      });

      it('records nothing single-person when another DPO approves', async () => {
        const notice = await draft((await logIncident()).id, 'responder');
        await as('responder').post(`/api/v1/notices/${notice.id}/submit`).expect(200);
        expect((await approve('dpo', notice).expect(200)).body.approvedSinglePersonReason).toBeNull();
      });
    });
  });

  describe('a downgrade needs the DPO', () => {
    const HEALTH_BREACH = {
      title: 'Clinic records exfiltrated',
      dataCategories: ['identity', 'health'],
      subjectCategories: ['patients'],
      subjectsAffected: 50_000,
      recordsAffected: 50_000,
      malicious: true,
      awareAt: '2026-11-02T08:00:00Z',
    } satisfies Partial<CreateIncidentDto>;
    const ONE_CONTACT = {
      dataCategories: ['contact'],
      subjectCategories: ['customers'],
      subjectsAffected: 1,
      recordsAffected: 1,
      malicious: false,
    } satisfies Partial<CreateIncidentDto>;
    const clocksOf = async (id: string): Promise<Json[]> => (await t.api().get(`/api/v1/incidents/${id}/clocks`).expect(200)).body;
    const pendingReminders = async (id: string): Promise<Json[]> =>
      ((await t.api().get(`/api/v1/incidents/${id}/escalations`).expect(200)).body as Json[]).filter((step) => step.state === 'pending');
    const gdprClocks = (clocks: Json[]) => clocks.filter((c) => c.regime.startsWith('gdpr')).map((c) => [c.key, c.state]);

    it('keeps the clocks and reminders of a high-risk health breach when a reporter rewrites it as one person’s contact data, tells the DPO, and stops them once the DPO confirms', async () => {
      const incident = await logIncident(HEALTH_BREACH, 'reporter');
      expect(incident.assessment).toMatchObject({
        riskLevel: 'high_risk',
        notifyAuthority: true,
        notifyDataSubjects: true,
        pendingDowngrade: null,
      });
      const clocksBefore = await clocksOf(incident.id);
      const remindersBefore = await pendingReminders(incident.id);
      expect(gdprClocks(clocksBefore)).toEqual([
        ['gdpr_art33', 'running'],
        ['gdpr_art34', 'running'],
      ]);
      expect(remindersBefore.length).toBeGreaterThanOrEqual(12);

      const patched = await as('reporter').patch(`/api/v1/incidents/${incident.id}`).send(ONE_CONTACT).expect(200);
      expect(patched.body.assessment).toMatchObject({
        riskLevel: 'high_risk',
        notifyAuthority: true,
        notifyDataSubjects: true,
        engineDecision: { riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false },
        pendingDowngrade: {
          decision: { riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false },
          drops: expect.arrayContaining(['notify the supervisory authority (Art. 33(1)): yes → no']),
          confirmPath: `/api/v1/incidents/${incident.id}/assessments/2/confirm`,
        },
      });
      expect(gdprClocks(await clocksOf(incident.id))).toEqual(gdprClocks(clocksBefore));
      expect((await pendingReminders(incident.id)).map((s) => s.fireAt)).toEqual(remindersBefore.map((s) => s.fireAt));

      await dispatchAndSend();
      const told = await slack.messageWhere(
        (m) => m.text!.includes(`${incident.reference} · assessment version 2 would drop duties`),
        'the DPO’s message',
      );
      expect(told.text).toContain(`<@${SLACK_USERS.dpo}>`);
      expect(JSON.stringify(told.blocks)).toContain(`/breach confirm ${incident.reference} 2`);

      await as('responder')
        .post(`/api/v1/incidents/${incident.id}/assessments/2/confirm`)
        .send({ justification: 'x'.repeat(30) })
        .expect(403);
      const stale = await as('dpo')
        .post(`/api/v1/incidents/${incident.id}/assessments/1/confirm`)
        .send({ justification: 'x'.repeat(30) })
        .expect(409);
      expect(stale.body.code).toBe('ASSESSMENT_CHANGED');
      expect((await slash(`confirm ${incident.reference} 2 Too short`, SLACK_USERS.dpo)).text).toContain('justification must say why');

      const confirmed = await slash(
        `confirm ${incident.reference} 2 The export held one test customer's e-mail address, verified by IT`,
        SLACK_USERS.dpo,
      );
      expect(confirmed.text).toContain(`Assessment version 2 of ${incident.reference} is confirmed`);
      const after = (await t.api().get(`/api/v1/incidents/${incident.id}`).expect(200)).body;
      expect(after.assessment).toMatchObject({
        version: 3,
        trigger: 'downgrade_confirmed',
        riskLevel: 'unlikely',
        notifyAuthority: false,
        pendingDowngrade: null,
        confirmation: { confirmsVersion: 2, by: `user:${ids.dpo}` },
      });
      expect(gdprClocks(await clocksOf(incident.id))).toEqual([
        ['gdpr_art33', 'not_required'],
        ['gdpr_art34', 'not_required'],
      ]);
      expect(await pendingReminders(incident.id)).toEqual([]);
      const actions = await t.dataSource.query(
        `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'assessment.%' ORDER BY id`,
        [incident.id],
      );
      expect(actions.map((a: Json) => a.action)).toEqual([
        'assessment.created',
        'assessment.created',
        'assessment.downgrade_pending',
        'assessment.downgrade_confirmed',
      ]);
    });

    it('lets a DPO confirm from the button in the message that told them, the justification asked in a form', async () => {
      const incident = await logIncident(HEALTH_BREACH, 'reporter');
      await as('reporter').patch(`/api/v1/incidents/${incident.id}`).send(ONE_CONTACT).expect(200);
      await dispatchAndSend();
      const told = await slack.messageWhere(
        (m) => m.text!.includes(`${incident.reference} · assessment version 2 would drop duties`),
        'the DPO’s message',
      );
      const button = (told.blocks as Json[]).find((block) => block.type === 'actions')!.elements[0];
      expect(button).toMatchObject({
        action_id: 'breach_assessment_confirm',
        value: JSON.stringify({ incidentId: incident.id, version: 2 }),
      });

      expect((await pressButton(button.action_id, button.value, SLACK_USERS.responder)).text).toContain('This needs the dpo role');
      const { responseId, triggerId } = await slack.pressButton(button.action_id, button.value, SLACK_USERS.dpo);
      const form = await slack.viewOpenedWith(triggerId);
      const answer = (justification: string) => ({ justification: { input: { type: 'plain_text_input', value: justification } } });
      expect(await slack.submitView(form, SLACK_USERS.dpo, answer('Too short'))).toEqual({
        response_action: 'errors',
        errors: { justification: 'Must say why, in at least 20 characters' },
      });
      expect(gdprClocks(await clocksOf(incident.id))).toEqual([
        ['gdpr_art33', 'running'],
        ['gdpr_art34', 'running'],
      ]);
      const justification = 'Only one test customer’s e-mail address was in the export.';
      expect(await slack.submitView(form, SLACK_USERS.dpo, answer(justification))).toEqual({ response_action: 'clear' });
      const outcome = await slack.responseTo(responseId);
      expect(outcome).toMatchObject({
        replace_original: true,
        text: `🔽 Assessment version 2 of ${incident.reference} was confirmed by <@${SLACK_USERS.dpo}>: ${justification}`,
      });
      expect(gdprClocks(await clocksOf(incident.id))).toEqual([
        ['gdpr_art33', 'not_required'],
        ['gdpr_art34', 'not_required'],
      ]);
    });

    it('raises a duty at once: one person’s contact data rewritten as a health breach starts the clocks without anyone confirming', async () => {
      const incident = await logIncident({ ...HEALTH_BREACH, ...ONE_CONTACT }, 'reporter');
      expect(incident.assessment).toMatchObject({ notifyAuthority: false });
      const patched = await as('reporter').patch(`/api/v1/incidents/${incident.id}`).send(HEALTH_BREACH).expect(200);
      expect(patched.body.assessment).toMatchObject({
        riskLevel: 'high_risk',
        notifyAuthority: true,
        notifyDataSubjects: true,
        pendingDowngrade: null,
      });
      expect(gdprClocks(await clocksOf(incident.id))).toEqual([
        ['gdpr_art33', 'running'],
        ['gdpr_art34', 'running'],
      ]);
    });

    it('holds a clock the facts no longer call for: removing the e-communications sector keeps its clock until a DPO confirms', async () => {
      // A significant incident of an e-communications provider runs NIS2 clocks (Art. 2(2)(a)(i)); without the sector, none.
      const nis2Classification = { significant: true, classifiedAt: HEALTH_BREACH.awareAt };
      const incident = await logIncident({ ...HEALTH_BREACH, sectors: ['electronic_communications'], nis2Classification }, 'responder');
      const before = (await clocksOf(incident.id)).filter((c) => c.state === 'running').map((c) => c.key);
      const patched = await as('responder').patch(`/api/v1/incidents/${incident.id}`).send({ sectors: [] }).expect(200);
      const pending = patched.body.assessment.pendingDowngrade;
      expect(pending.heldClocks.length).toBeGreaterThan(0);
      expect((await clocksOf(incident.id)).filter((c) => c.state === 'running').map((c) => c.key)).toEqual(before);
      await as('dpo')
        .post(`/api/v1/incidents/${incident.id}/assessments/2/confirm`)
        .send({ justification: 'The operator is not a provider of e-communications.' })
        .expect(200);
      const running = (await clocksOf(incident.id)).filter((c) => c.state === 'running').map((c) => c.key);
      expect(running).toEqual(before.filter((key) => !pending.heldClocks.includes(key)));
    });
  });

  it('documents the new bodies in OpenAPI', async () => {
    const { paths, components } = (await t.api().get('/docs-json').expect(200)).body as Json;
    expect(components.schemas.ApproveNoticeDto.required).toEqual(expect.arrayContaining(['version', 'bodyHash']));
    expect(components.schemas.ApproveNoticeDto.properties).toHaveProperty('singlePersonReason');
    expect(components.schemas.ConfirmDowngradeDto.required).toEqual(['justification']);
    expect(paths).toHaveProperty(['/api/v1/incidents/{id}/assessments/{version}/confirm']);
    expect(components.schemas.NoticeView.properties).toHaveProperty('approvedSinglePersonReason');
    expect(JSON.stringify(components.schemas)).toContain('singlePersonApproval');
  });

  describe('a closed incident is read-only', () => {
    it('answers 409 to every change but a responder’s note', async () => {
      const incident = await logIncident({}, 'responder');
      const notice = await draft(incident.id);
      await as('responder')
        .post(`/api/v1/incidents/${incident.id}/close`)
        .send({ category: 'false_positive', reason: 'A test bucket with synthetic data' })
        .expect(200);

      const refused = await as('reporter').patch(`/api/v1/incidents/${incident.id}`).send({ subjectsAffected: 3 }).expect(409);
      expect(refused.body).toMatchObject({ code: 'INCIDENT_CLOSED' });
      await as('responder').post(`/api/v1/incidents/${incident.id}/assess`).expect(409);
      await as('dpo')
        .post(`/api/v1/incidents/${incident.id}/assessments/override`)
        .send({ riskLevel: 'risk', notifyAuthority: true, notifyDataSubjects: false, justification: 'Reopened by hand after the fact.' })
        .expect(409);
      await as('dpo')
        .post(`/api/v1/incidents/${incident.id}/clocks/gdpr_art33/not-required`)
        .send({ reason: 'Rewriting history' })
        .expect(409);
      await as('responder').post(`/api/v1/incidents/${incident.id}/notices`).send({ kind: 'authority', language: 'ro' }).expect(409);
      await as('responder').patch(`/api/v1/notices/${notice.id}`).send({ body: 'Another text' }).expect(409);
      await as('responder').post(`/api/v1/notices/${notice.id}/submit`).expect(409);
      await as('reporter').post(`/api/v1/incidents/${incident.id}/notes`).send({ body: 'A reporter’s late remark' }).expect(409);
      await as('responder').post(`/api/v1/incidents/${incident.id}/notes`).send({ body: 'Lessons learned: tag test buckets' }).expect(201);

      const read = (await t.api().get(`/api/v1/incidents/${incident.id}`).expect(200)).body;
      expect(read).toMatchObject({ state: 'closed', subjectsAffected: incident.subjectsAffected, version: incident.version + 1 });
      expect(read.notes.map((n: Json) => n.body)).toEqual(['Lessons learned: tag test buckets']);
      expect(await noticeOf(notice.id)).toMatchObject({ state: 'draft', version: 1 });
    });

    it('is not closed as resolved while a notice is still owed', async () => {
      const incident = await logIncident({}, 'responder');
      const refused = await as('responder')
        .post(`/api/v1/incidents/${incident.id}/close`)
        .send({ category: 'resolved', reason: 'Bucket locked down' })
        .expect(409);
      expect(refused.body.message[0]).toContain('still owes gdpr_art33 (ANSPDCP)');
      expect((await t.api().get(`/api/v1/incidents/${incident.id}`).expect(200)).body.state).toBe('open');
    });
  });
});
