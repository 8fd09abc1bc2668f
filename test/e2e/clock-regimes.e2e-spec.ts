// Issue 12, points 6–9: the e-communications regime, filings for every clock, NIS2/DORA classification, the DPO on logging.
import { EscalationDispatcher } from '../../src/notifications/escalation-dispatcher.service.js';
import { aMalformedIncident, anIncident } from '../support/factories.js';
import type { FakeSlack } from '../support/fake-slack.js';
import { FakeTimeSource, hours, minutes } from '../support/fake-time.js';
import { SlackEnvironment } from '../support/slack-environment.js';
import type { TestApp } from '../support/test-app.js';
import { aUserWith } from '../support/users.js';

interface ClockBody {
  key: string;
  state: string;
  late: boolean;
  startsAt: string;
  dueAt: string;
  metAt: string | null;
  notRequiredReason?: string;
  filings: { sentAt: string; channel: string; externalReference: string }[];
}
interface StepBody {
  clockKey: string;
  level: string;
  fireAt: string;
  state: string;
  audience: string[];
}

const AWARE = '2026-11-02T08:00:00Z';
const at = (h: number) => new Date(new Date(AWARE).getTime() + hours(h)).toISOString();
const TELECOM_CALLS = { awareAt: AWARE, sectors: ['electronic_communications'], dataCategories: ['identity', 'communications_content'] };
const filing = (sentAt: string, externalReference = 'ANSPDCP 812/2026') => ({
  sentAt,
  channel: 'e-mail to ANSPDCP, electronically signed',
  externalReference,
});

describe('legal clocks by regime', () => {
  const time = new FakeTimeSource(AWARE);
  let fake: FakeSlack;
  let t: TestApp;
  let responder: string;
  let reporter: string;
  let dpo: string;

  let slack: SlackEnvironment;
  beforeAll(async () => {
    slack = await SlackEnvironment.start({ time });
    ({ t, fake } = slack);
    responder = (await aUserWith(t, 'responder', { name: 'Radu' })).token;
    reporter = (await aUserWith(t, 'reporter', { name: 'Rita' })).token;
    dpo = (await aUserWith(t, 'dpo', { name: 'Ioana', slackUserId: 'U0DPO42' })).token;
  });
  afterAll(() => slack.close());
  beforeEach(() => time.set(AWARE));

  const log = async (facts: Record<string, unknown>) =>
    (await t.api(responder).post('/api/v1/incidents').send(anIncident(facts)).expect(201)).body as { id: string; reference: string };
  const clocksOf = async (id: string) => (await t.api(reporter).get(`/api/v1/incidents/${id}/clocks`).expect(200)).body as ClockBody[];
  const clockOf = async (id: string, key: string) => (await clocksOf(id)).find((c) => c.key === key);
  const stepsOf = async (id: string, key: string) =>
    ((await t.api(reporter).get(`/api/v1/incidents/${id}/escalations`).expect(200)).body as StepBody[]).filter((s) => s.clockKey === key);
  // A fact change that drops a duty waits for a DPO (issue 13.3); the DPO confirms the pending version.
  const confirmDrop = async (id: string) => {
    const incident = (await t.api(reporter).get(`/api/v1/incidents/${id}`).expect(200)).body as {
      assessment: { version: number; pendingDowngrade: unknown };
    };
    expect(incident.assessment.pendingDowngrade).toBeTruthy();
    const justification = 'The DPO checked the classification and the facts behind it.';
    await t.api(dpo).post(`/api/v1/incidents/${id}/assessments/${incident.assessment.version}/confirm`).send({ justification }).expect(200);
  };
  const file = (id: string, key: string, body: Record<string, unknown>, token = responder) =>
    t.api(token).post(`/api/v1/incidents/${id}/clocks/${key}/filings`).send(body);

  describe('the electronic-communications regime (point 6)', () => {
    it('notifies a telecom’s call-recording breach to ANSPDCP within 24 h under Law 506/2004 and Reg. 611/2013, not under GDPR Art. 33/34', async () => {
      const incident = await log(TELECOM_CALLS);
      const clocks = await clocksOf(incident.id);
      expect(clocks.find((c) => c.key === 'eprivacy_initial')).toMatchObject({ state: 'running', dueAt: new Date(at(24)).toISOString() });
      expect(clocks.find((c) => c.key === 'eprivacy_second_phase')).toMatchObject({ state: 'running' });
      expect(clocks.find((c) => c.key === 'eprivacy_subscribers')).toMatchObject({ state: 'running' });
      for (const key of ['gdpr_art33', 'gdpr_art34']) {
        expect(clocks.find((c) => c.key === key)).toMatchObject({
          state: 'not_required',
          notRequiredReason: expect.stringMatching(/^GDPR Art\. 95/),
        });
        expect(await stepsOf(incident.id, key)).toEqual([]);
      }
      expect((await stepsOf(incident.id, 'eprivacy_initial')).map((s) => s.level)).toContain('left_12h');
    });

    it('keeps the same provider’s staff data under the GDPR', async () => {
      const incident = await log({ ...TELECOM_CALLS, dataCategories: ['identity', 'professional'], subjectCategories: ['employees'] });
      const keys = (await clocksOf(incident.id)).map((c) => c.key);
      expect(await clockOf(incident.id, 'gdpr_art33')).toMatchObject({ state: 'running' });
      expect(keys.filter((k) => k.startsWith('eprivacy_'))).toEqual([]);
    });

    it('follows the regime the responder states, and says it in the incident', async () => {
      const incident = await log({ ...TELECOM_CALLS, dataCategories: ['identity', 'financial'] });
      expect(await clockOf(incident.id, 'gdpr_art33')).toMatchObject({ state: 'running' });
      const patched = await t.api(responder).patch(`/api/v1/incidents/${incident.id}`).send({ regime: 'eprivacy' }).expect(200);
      expect(patched.body.regime).toBe('eprivacy');
      expect(await clockOf(incident.id, 'eprivacy_initial')).toMatchObject({ state: 'running' });
      await confirmDrop(incident.id);
      expect(await clockOf(incident.id, 'gdpr_art33')).toMatchObject({ state: 'not_required' });
      const bad = await t
        .api(responder)
        .post('/api/v1/incidents')
        .send(aMalformedIncident({ regime: 'nis2' }))
        .expect(400);
      expect(bad.body.message.join('\n')).toMatch(/regime must be one of the following values: gdpr, eprivacy/);
    });

    it('drafts the authority notice against the 611/2013 notification it meets', async () => {
      const incident = await log(TELECOM_CALLS);
      const notice = await t
        .api(responder)
        .post(`/api/v1/incidents/${incident.id}/notices`)
        .send({ kind: 'authority', language: 'ro' })
        .expect(201);
      expect(notice.body.clockKey).toBe('eprivacy_initial');
      const letter = await t
        .api(responder)
        .post(`/api/v1/incidents/${incident.id}/notices`)
        .send({ kind: 'data_subjects', language: 'ro' })
        .expect(201);
      expect(letter.body.clockKey).toBe('eprivacy_subscribers');
    });
  });

  describe('filings meet the clocks of every regime (point 7)', () => {
    it('meets the ePrivacy initial notification and re-plans the second phase, with its reminders, 3 days from the actual filing', async () => {
      const incident = await log(TELECOM_CALLS);
      time.set(at(2));
      const met = await file(incident.id, 'eprivacy_initial', filing(at(2))).expect(201);
      expect(met.body).toMatchObject({ key: 'eprivacy_initial', state: 'met', late: false, metAt: at(2) });
      expect(met.body.filings).toEqual([expect.objectContaining({ sentAt: at(2), externalReference: 'ANSPDCP 812/2026' })]);
      expect(await clockOf(incident.id, 'eprivacy_second_phase')).toMatchObject({ state: 'running', startsAt: at(2), dueAt: at(74) });
      const [update] = await t.dataSource.query(
        `SELECT payload FROM outbox WHERE incident_id = $1 AND payload->>'update' = 'filing_recorded'`,
        [incident.id],
      );
      expect(update.payload.summary).toContain('eprivacy_initial report');
      expect(update.payload.summary).toContain('reference ANSPDCP 812/2026; its clock is met.');
      const pending = (await stepsOf(incident.id, 'eprivacy_second_phase')).filter((s) => s.state === 'pending');
      expect(pending.find((s) => s.level === 'left_24h')?.fireAt).toBe(at(50));
      expect((await stepsOf(incident.id, 'eprivacy_initial')).filter((s) => s.state === 'pending')).toEqual([]);

      time.set(new Date(new Date(at(50)).getTime() + minutes(1)));
      await t.app.get(EscalationDispatcher).dispatchDue();
      const lines: { key: string; level: string }[] = (
        await t.dataSource.query(`SELECT payload FROM outbox WHERE incident_id = $1 ORDER BY id`, [incident.id])
      ).flatMap((r: { payload: { clocks?: { key: string; level: string }[] } }) => r.payload.clocks ?? []);
      expect(lines).toContainEqual(expect.objectContaining({ key: 'eprivacy_second_phase', level: 'left_24h' }));

      const audit = await t.dataSource.query(
        `SELECT a.action FROM audit_log a JOIN clocks c ON c.id::text = a.entity_id WHERE c.incident_id = $1 AND a.action IN ('clock.filing_recorded', 'clock.met', 'clock.changed') ORDER BY a.id`,
        [incident.id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['clock.filing_recorded', 'clock.met', 'clock.changed']);
    });

    it('meets a NIS2 clock late when filed after its deadline', async () => {
      const incident = await log({ ...TELECOM_CALLS, nis2Classification: { significant: true, classifiedAt: AWARE } });
      time.set(at(30));
      const late = await file(incident.id, 'nis2_early_warning', { ...filing(at(29)), channel: 'DNSC platform' }).expect(201);
      expect(late.body).toMatchObject({ state: 'met', late: true });
    });

    it('counts the DORA final report from the latest updated intermediate report', async () => {
      time.set(at(40));
      const incident = await log({ awareAt: AWARE, sectors: ['financial_dora'], doraClassification: { major: true, classifiedAt: at(1) } });
      await file(incident.id, 'dora_initial', filing(at(3), 'BNR-1')).expect(201);
      expect(await clockOf(incident.id, 'dora_intermediate')).toMatchObject({ dueAt: at(75) });
      await file(incident.id, 'dora_intermediate', filing(at(20), 'BNR-2')).expect(201);
      await file(incident.id, 'dora_intermediate', filing(at(40), 'BNR-3')).expect(201);
      const intermediate = await clockOf(incident.id, 'dora_intermediate');
      expect(intermediate).toMatchObject({ metAt: at(20) });
      expect(intermediate?.filings.map((f) => f.externalReference)).toEqual(['BNR-2', 'BNR-3']);
      // 40 h after 2 Nov 08:00 is 4 Nov 00:00; one month later, 4 Dec 00:00.
      expect(await clockOf(incident.id, 'dora_final')).toMatchObject({ startsAt: at(40), dueAt: '2026-12-04T00:00:00.000Z' });
    });

    it('refuses a filing in the future, without a channel, for an unknown clock, before the phase it follows, or from a reporter', async () => {
      const incident = await log(TELECOM_CALLS);
      const future = await file(incident.id, 'eprivacy_initial', filing(at(3))).expect(400);
      expect(future.body.message.join('\n')).toContain('sentAt must not be in the future');
      const noChannel = await file(incident.id, 'eprivacy_initial', { sentAt: AWARE, externalReference: 'x' }).expect(400);
      expect(noChannel.body.message.join('\n')).toMatch(/^channel/m);
      await file(incident.id, 'nis2_notification', filing(AWARE)).expect(404);
      const early = await file(incident.id, 'eprivacy_second_phase', filing(AWARE)).expect(409);
      expect(early.body.message).toContain('eprivacy_initial must be filed before eprivacy_second_phase');
      await file(incident.id, 'eprivacy_initial', filing(AWARE), reporter).expect(403);
      expect((await clockOf(incident.id, 'eprivacy_initial'))?.filings).toEqual([]);
    });
  });

  it('takes no filing for an incident closed as no breach at all (issue 13.3: closed is read-only)', async () => {
    const incident = await log(TELECOM_CALLS);
    await t
      .api(responder)
      .post(`/api/v1/incidents/${incident.id}/close`)
      .send({ category: 'false_positive', reason: 'Synthetic test recordings only' })
      .expect(200);
    const refused = await file(incident.id, 'eprivacy_initial', filing(AWARE)).expect(409);
    expect(refused.body).toMatchObject({ code: 'INCIDENT_CLOSED' });
  });

  describe('NIS2 and DORA as written (point 8)', () => {
    it('starts no NIS2 clock until the incident is classified significant, then runs them from that moment, with alerts', async () => {
      const incident = await log({ ...TELECOM_CALLS, regime: 'gdpr' });
      expect((await clocksOf(incident.id)).filter((c) => c.key.startsWith('nis2_'))).toEqual([]);
      time.set(at(5));
      await t
        .api(responder)
        .patch(`/api/v1/incidents/${incident.id}`)
        .send({ nis2Classification: { significant: true, classifiedAt: at(4) } })
        .expect(200);
      expect(await clockOf(incident.id, 'nis2_early_warning')).toMatchObject({ state: 'running', startsAt: at(4), dueAt: at(28) });
      expect(await clockOf(incident.id, 'nis2_notification')).toMatchObject({ dueAt: at(76) });
      expect((await stepsOf(incident.id, 'nis2_early_warning')).some((s) => s.state === 'pending')).toBe(true);

      await t
        .api(responder)
        .patch(`/api/v1/incidents/${incident.id}`)
        .send({ nis2Classification: { significant: false, classifiedAt: at(5) } })
        .expect(200);
      expect(await clockOf(incident.id, 'nis2_early_warning')).toMatchObject({ state: 'running' });
      await confirmDrop(incident.id);
      expect(await clockOf(incident.id, 'nis2_early_warning')).toMatchObject({ state: 'not_required' });
      expect((await stepsOf(incident.id, 'nis2_early_warning')).filter((s) => s.state === 'pending')).toEqual([]);
    });

    it('starts none for an incident classified not significant from the start', async () => {
      const incident = await log({
        awareAt: AWARE,
        sectors: ['nis2_essential'],
        nis2Classification: { significant: false, classifiedAt: AWARE },
      });
      expect((await clocksOf(incident.id)).filter((c) => c.key.startsWith('nis2_'))).toEqual([]);
    });

    it('makes the DORA initial notification due 4 h after classification as major, 24 h after awareness at the latest', async () => {
      time.set(at(23));
      const early = await log({ awareAt: AWARE, sectors: ['financial_dora'], doraClassification: { major: true, classifiedAt: at(2) } });
      expect(await clockOf(early.id, 'dora_initial')).toMatchObject({ startsAt: at(2), dueAt: at(6) });
      const late = await log({ awareAt: AWARE, sectors: ['financial_dora'], doraClassification: { major: true, classifiedAt: at(22) } });
      expect(await clockOf(late.id, 'dora_initial')).toMatchObject({ dueAt: at(24) });
    });

    it('refuses a classification made in the future', async () => {
      const bad = await t
        .api(responder)
        .post('/api/v1/incidents')
        .send(anIncident({ sectors: ['financial_dora'], doraClassification: { major: true, classifiedAt: at(5) } }))
        .expect(400);
      expect(bad.body.message.join('\n')).toContain('doraClassification.classifiedAt must not be in the future');
    });
  });

  describe('the DPO hears of every breach when it is logged (point 9)', () => {
    it('mentions the DPO’s Slack user in the alert on logging, with the full 72 hours left', async () => {
      const incident = await log({ awareAt: AWARE, title: 'DPO on logging' });
      await slack.dispatchAndSend();
      const [logged] = fake.messages.filter((m) => m.metadata?.event_payload.incident === incident.reference);
      expect(logged.text).toContain('<@U0DPO42>');
      expect((await stepsOf(incident.id, 'gdpr_art33')).find((s) => s.level === 'logged')?.audience).toEqual(['channel', 'dpo']);
    });
  });
});
