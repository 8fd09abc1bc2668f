// Issue 14.2 and 14.10: approving or rejecting a notice from the console asks for a fresh second-factor code
// (step-up), and the approval records that it was so confirmed; API tokens approve as before, recorded without
// one; a reporter is refused whatever they send.
import { anIncident } from '../support/factories.js';
import { aConsoleUser, signIn, totpCode, type ConsoleUser } from '../support/console-user.js';
import { anOrganisation } from '../support/organisation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Json = Record<string, any>;

describe('step-up for approvals', () => {
  let t: TestApp;
  let responder: ConsoleUser;
  let dpo: ConsoleUser;
  beforeAll(async () => {
    t = await startTestApp();
    await t
      .api()
      .put('/api/v1/organisation')
      .send(anOrganisation({ sectors: [] }))
      .expect(200);
    responder = await aConsoleUser(t, ['responder']);
    dpo = await aConsoleUser(t, ['dpo']);
  });
  afterAll(() => t.close());

  async function aSubmittedNotice(): Promise<Json> {
    const incident = (await t.api(responder.token).post('/api/v1/incidents').send(anIncident()).expect(201)).body;
    const notice = (
      await t.api(responder.token).post(`/api/v1/incidents/${incident.id}/notices`).send({ kind: 'authority', language: 'en' }).expect(201)
    ).body;
    return (await t.api(responder.token).post(`/api/v1/notices/${notice.id}/submit`).expect(200)).body;
  }

  it('approves from the console with a fresh TOTP code, and the approval says a second factor confirmed it', async () => {
    const notice = await aSubmittedNotice();
    const { agent, csrf } = await signIn(t, dpo);
    const approve = (extra: Json) =>
      agent
        .post(`/api/v1/notices/${notice.id}/approve`)
        .set('X-CSRF-Token', csrf)
        .send({ version: notice.version, bodyHash: notice.bodyHash, ...extra });

    expect((await approve({}).expect(403)).body.code).toBe('STEP_UP_REQUIRED');
    expect((await approve({ totpCode: '000000' }).expect(403)).body.code).toBe('STEP_UP_INVALID');
    expect((await t.api().get(`/api/v1/notices/${notice.id}`).expect(200)).body.state).toBe('submitted');

    const approved = (await approve({ totpCode: totpCode(t, dpo.secret!) }).expect(200)).body;
    expect(approved).toMatchObject({ state: 'approved', approvedBy: `user:${dpo.id}`, approvedWithSecondFactor: true });
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'notice.approved'`, [
      notice.id,
    ]);
    expect(audit.after).toMatchObject({ approvedWithSecondFactor: true });
  });

  it('refuses a step-up code already used, within its window', async () => {
    const [first, second] = [await aSubmittedNotice(), await aSubmittedNotice()];
    const { agent, csrf } = await signIn(t, dpo);
    const code = totpCode(t, dpo.secret!);
    await agent
      .post(`/api/v1/notices/${first.id}/approve`)
      .set('X-CSRF-Token', csrf)
      .send({ version: 1, bodyHash: first.bodyHash, totpCode: code })
      .expect(200);
    const replay = await agent
      .post(`/api/v1/notices/${second.id}/reject`)
      .set('X-CSRF-Token', csrf)
      .send({ reason: 'Name the systems.', totpCode: code })
      .expect(403);
    expect(replay.body.code).toBe('STEP_UP_INVALID');
    expect((await t.api().get(`/api/v1/notices/${second.id}`).expect(200)).body.state).toBe('submitted');
    t.time.advance(30_000);
    const rejected = await agent
      .post(`/api/v1/notices/${second.id}/reject`)
      .set('X-CSRF-Token', csrf)
      .send({ reason: 'Name the systems.', totpCode: totpCode(t, dpo.secret!) })
      .expect(200);
    expect(rejected.body.state).toBe('rejected');
  });

  it('takes a recovery code as the step-up, once', async () => {
    const [first, second] = [await aSubmittedNotice(), await aSubmittedNotice()];
    const { agent, csrf } = await signIn(t, dpo);
    const recovery = dpo.recoveryCodes[3];
    const approve = (notice: Json) =>
      agent
        .post(`/api/v1/notices/${notice.id}/approve`)
        .set('X-CSRF-Token', csrf)
        .send({ version: 1, bodyHash: notice.bodyHash, totpCode: recovery });
    expect((await approve(first).expect(200)).body.approvedWithSecondFactor).toBe(true);
    expect((await approve(second).expect(403)).body.code).toBe('STEP_UP_INVALID');
  });

  it('approves with an API token as before, recorded without a second factor', async () => {
    const notice = await aSubmittedNotice();
    const approve = (extra: Json) =>
      t
        .api(dpo.token)
        .post(`/api/v1/notices/${notice.id}/approve`)
        .send({ version: 1, bodyHash: notice.bodyHash, ...extra });
    expect((await approve({ totpCode: '123456' }).expect(400)).body.message[0]).toMatch(/^totpCode is for console sessions/);
    expect((await approve({}).expect(200)).body).toMatchObject({ state: 'approved', approvedWithSecondFactor: false });
  });

  it('refuses a reporter’s approval (403) whatever factor they send, by cookie or by token', async () => {
    const notice = await aSubmittedNotice();
    const reporter = await aConsoleUser(t, ['reporter'], { withTotp: true });
    const { agent, csrf } = await signIn(t, reporter);
    const body = { version: 1, bodyHash: notice.bodyHash };
    const byCookie = await agent
      .post(`/api/v1/notices/${notice.id}/approve`)
      .set('X-CSRF-Token', csrf)
      .send({ ...body, totpCode: totpCode(t, reporter.secret!) })
      .expect(403);
    expect(byCookie.body.message).toEqual(['this action needs the dpo role']);
    await agent
      .post(`/api/v1/notices/${notice.id}/approve`)
      .set('X-CSRF-Token', csrf)
      .send({ ...body, totpCode: reporter.recoveryCodes[0] })
      .expect(403);
    await agent
      .post(`/api/v1/notices/${notice.id}/reject`)
      .set('X-CSRF-Token', csrf)
      .send({ reason: 'No.', totpCode: reporter.recoveryCodes[1] })
      .expect(403);
    await t.api(reporter.token).post(`/api/v1/notices/${notice.id}/approve`).send(body).expect(403);
    expect((await t.api().get(`/api/v1/notices/${notice.id}`).expect(200)).body).toMatchObject({
      state: 'submitted',
      approvedWithSecondFactor: null,
    });
    // The recovery codes sent with the refused requests were never looked at.
    const [unused] = await t.dataSource.query(`SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`, [
      reporter.id,
    ]);
    expect(unused.n).toBe(10);
  });

  it('makes new recovery codes from a console session confirmed with a fresh code: shown once, the old ones dead, audited', async () => {
    const user = await aConsoleUser(t, ['dpo']);
    const { agent, csrf } = await signIn(t, user);
    expect((await agent.get('/api/v1/auth/recovery-codes').expect(200)).body).toEqual({ totpEnrolled: true, unused: 10 });
    const reissue = (extra: Json) => agent.post('/api/v1/auth/recovery-codes').set('X-CSRF-Token', csrf).send(extra);
    expect((await reissue({}).expect(403)).body.code).toBe('STEP_UP_REQUIRED');
    expect((await reissue({ totpCode: '000000' }).expect(403)).body.code).toBe('STEP_UP_INVALID');
    // An API token has no second factor to give, so it cannot mint codes that stand in for one.
    expect((await t.api(user.token).post('/api/v1/auth/recovery-codes').send({}).expect(403)).body.code).toBe('STEP_UP_REQUIRED');

    t.time.advance(30_000);
    const { recoveryCodes } = (await reissue({ totpCode: totpCode(t, user.secret!) }).expect(201)).body;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set([...recoveryCodes, ...user.recoveryCodes]).size).toBe(20);
    expect((await agent.get('/api/v1/auth/recovery-codes').expect(200)).body).toEqual({ totpEnrolled: true, unused: 10 });
    const [audit] = await t.dataSource.query(
      `SELECT actor, after FROM audit_log WHERE entity_id = $1 AND action = 'user.recovery_codes_reissued'`,
      [user.id],
    );
    expect(audit).toEqual({ actor: `user:${user.id}`, after: { recoveryCodes: 10 } });

    const notice = await aSubmittedNotice();
    const approve = (code: string) =>
      agent
        .post(`/api/v1/notices/${notice.id}/approve`)
        .set('X-CSRF-Token', csrf)
        .send({ version: notice.version, bodyHash: notice.bodyHash, totpCode: code });
    expect((await approve(user.recoveryCodes[0]).expect(403)).body.code).toBe('STEP_UP_INVALID');
    expect((await approve(recoveryCodes[0]).expect(200)).body.state).toBe('approved');
  });

  it('tells a responder without an authenticator that there is nothing to reissue', async () => {
    const { agent, csrf } = await signIn(t, responder);
    expect((await agent.get('/api/v1/auth/recovery-codes').expect(200)).body).toEqual({ totpEnrolled: false, unused: 0 });
    const refused = await agent.post('/api/v1/auth/recovery-codes').set('X-CSRF-Token', csrf).send({ totpCode: '123456' }).expect(403);
    expect(refused.body.code).toBe('STEP_UP_REQUIRED');
  });
});
