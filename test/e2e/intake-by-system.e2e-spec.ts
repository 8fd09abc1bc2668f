// Issue #15: a breach logged against the systems it touched takes its facts from the inventory, and one incident
// carries both roles: controller duties for our own data, a warning to each customer with its own figures and window.
// Over HTTP and through Slack (the form, the channel's alert), with the inventory made through its own API.
import type { CreateIncidentDto } from '../../src/incidents/create-incident.dto.js';
import { anIncident } from '../support/factories.js';
import { FakeTimeSource, hours } from '../support/fake-time.js';
import { anOrganisation } from '../support/organisation.js';
import { type Json, SlackEnvironment } from '../support/slack-environment.js';
import type { TestApp } from '../support/test-app.js';
import { aUserWith } from '../support/users.js';

const REPORTER_SLACK_ID = 'U0REPORTER';
const AWARE_AT = '2026-11-02T08:00:00.000Z';

/** A breach's circumstances alone: what the systems hold comes from the inventory. */
function aBreachOf(systems: string[], overrides: Partial<CreateIncidentDto> = {}): Partial<CreateIncidentDto> {
  const {
    role: _role,
    dataCategories: _categories,
    subjectCategories: _subjects,
    subjectsAffected: _people,
    recordsAffected: _records,
    encryption: _encryption,
    ...circumstances
  } = anIncident();
  return { ...circumstances, systems, ...overrides };
}

// Figures that cannot be mistaken for one another in a notice's text.
const ALPHA = { name: 'Shop Alpha SRL', contact: 'dpo@alpha.test', noticeHours: 24, people: 12_345, records: 54_321 };
const BETA = { name: 'Beta Clinic SRL', contact: 'dpo@beta.test', noticeHours: 48, people: 6_789, records: 9_876 };
const OURS = { people: 3_210, records: 4_321 };

describe('a breach logged against the systems it touched (issue #15)', () => {
  const time = new FakeTimeSource(AWARE_AT);
  let slack: SlackEnvironment;
  let t: TestApp;

  beforeAll(async () => {
    slack = await SlackEnvironment.start({ time });
    t = slack.t;
    await t
      .api()
      .put('/api/v1/organisation')
      .send(anOrganisation({ sectors: [] }))
      .expect(200);
    const reporter = await aUserWith(t, 'reporter', { name: 'Ana Reporter' });
    await t.api().patch(`/api/v1/users/${reporter.id}`).send({ slackUserId: REPORTER_SLACK_ID }).expect(200);
    const customer = async ({ name, contact, noticeHours }: typeof ALPHA) =>
      (await t.api().post('/api/v1/customers').send({ name, contact, noticeHours, language: 'en' }).expect(201)).body.id as string;
    const [alpha, beta] = [await customer(ALPHA), await customer(BETA)];
    await t
      .api()
      .post('/api/v1/systems')
      .send({
        slug: 'call-recordings',
        name: 'Call recordings',
        dataSets: [
          {
            role: 'controller',
            dataCategories: ['identity', 'account'],
            subjectCategories: ['customers'],
            subjectsAffected: OURS.people,
            recordsAffected: OURS.records,
          },
          {
            role: 'processor',
            dataCategories: ['identity', 'communications_content'],
            subjectCategories: ['customers'],
            customers: [
              { customerId: alpha, subjectsAffected: ALPHA.people, recordsAffected: ALPHA.records },
              { customerId: beta, subjectsAffected: BETA.people, recordsAffected: BETA.records },
            ],
          },
        ],
      })
      .expect(201);
    await t
      .api()
      .post('/api/v1/systems')
      .send({
        slug: 'pbx-traffic',
        name: 'PBX call detail records',
        dataSets: [
          {
            role: 'controller',
            dataCategories: ['communications_metadata'],
            subjectCategories: ['users'],
            subjectsAffected: 800,
            electronicCommunications: true,
          },
        ],
      })
      .expect(201);
  });
  afterAll(() => slack.close());

  const clocksOf = async (id: string): Promise<Json[]> => (await t.api().get(`/api/v1/incidents/${id}/clocks`).expect(200)).body;
  const notice = async (id: string, body: Json): Promise<string> =>
    (await t.api().post(`/api/v1/incidents/${id}/notices`).send(body).expect(201)).body.body;
  /** A figure as an English notice writes it (12,345), or as typed. */
  const figure = (value: number) => new Intl.NumberFormat('en').format(value);

  describe('must show: the system holding our data and two customers’, logged through Slack', () => {
    let incident: Json;
    let alert: Json;

    beforeAll(async () => {
      const { triggerId } = await slack.slash('new Call recordings bucket exposed', REPORTER_SLACK_ID);
      const view = await slack.viewOpenedWith(triggerId);
      const systems = view.blocks.find((block: Json) => block.block_id === 'systems');
      expect(systems.element.options.map((option: Json) => option.value)).toEqual(['call-recordings', 'pbx-traffic'].sort());
      const answer = await slack.submitForm(view, REPORTER_SLACK_ID, { systems: ['call-recordings'], breachTypes: ['confidentiality'] });
      expect(answer.response_action).toBe('update');
      const reference = /BR-2026-\d{4}/.exec(JSON.stringify(answer.view))![0];
      const [listed] = (await t.api().get(`/api/v1/incidents?q=${reference}`).expect(200)).body.items;
      incident = (await t.api().get(`/api/v1/incidents/${listed.id}`).expect(200)).body;
      await slack.dispatchAndSend();
      alert = slack.fake.messages.find((message) => message.metadata?.event_payload.incident === reference)!;
    });

    it('takes the facts from the inventory and says where each came from', () => {
      expect(incident).toMatchObject({
        systems: ['call-recordings'],
        role: 'controller',
        dataCategories: ['identity', 'account', 'communications_content'],
        subjectsAffected: OURS.people + ALPHA.people + BETA.people,
        factSources: { role: 'inventory', dataCategories: 'inventory', affectedControllers: 'inventory' },
      });
      expect(incident.dataSets.map((set: Json) => set.role)).toEqual(['controller', 'processor']);
      expect(incident.assessment.reasons[0].explanation).toMatch(/^From the inventory: call-recordings \(/);
    });

    it('assesses our part as controller and owes each customer a warning', () => {
      const [controller, processor] = incident.assessment.parts;
      expect(controller).toMatchObject({
        role: 'controller',
        systems: ['call-recordings'],
        notifyAuthority: true,
        notifyControllers: false,
      });
      expect(processor).toMatchObject({
        role: 'processor',
        notifyAuthority: false,
        notifyDataSubjects: false,
        notifyControllers: true,
        controllers: [ALPHA.name, BETA.name],
      });
      expect(incident.assessment).toMatchObject({ notifyAuthority: true, notifyControllers: true });
    });

    it('runs the 72-hour authority clock for our part and a warning clock per customer at its own window', async () => {
      const required = (await clocksOf(incident.id)).filter((clock) => clock.state !== 'not_required');
      expect(required.map((clock) => [clock.key, clock.recipient, clock.dueAt])).toEqual([
        ['processor_to_controller:0', ALPHA.name, new Date(Date.parse(AWARE_AT) + hours(24)).toISOString()],
        ['processor_to_controller:1', BETA.name, new Date(Date.parse(AWARE_AT) + hours(48)).toISOString()],
        ['gdpr_art33', 'ANSPDCP', new Date(Date.parse(AWARE_AT) + hours(72)).toISOString()],
      ]);
    });

    it('warns each customer with its own figures only: not the other’s, not the totals', async () => {
      const toAlpha = await notice(incident.id, { kind: 'controller', language: 'en', controllerIndex: 0 });
      const toBeta = await notice(incident.id, { kind: 'controller', language: 'en', controllerIndex: 1 });
      const total = OURS.people + ALPHA.people + BETA.people;
      expect(toAlpha).toContain(figure(ALPHA.people));
      expect(toAlpha).toContain(figure(ALPHA.records));
      expect(toBeta).toContain(figure(BETA.people));
      expect(toBeta).toContain(figure(BETA.records));
      for (const [text, other] of [
        [toAlpha, BETA],
        [toBeta, ALPHA],
      ] as const) {
        expect(text).not.toContain(other.name);
        expect(text).not.toContain(figure(other.people));
        expect(text).not.toContain(figure(other.records));
        expect(text).not.toContain(figure(total));
        expect(text).not.toContain(figure(OURS.people));
      }
    });

    it('notifies the authority of our own data sets’ figures, not the customers’', async () => {
      const toAuthority = await notice(incident.id, { kind: 'authority', language: 'en' });
      expect(toAuthority).toContain(figure(OURS.people));
      expect(toAuthority).not.toContain(figure(ALPHA.people));
      expect(toAuthority).not.toContain(figure(OURS.people + ALPHA.people + BETA.people));
    });

    it('records both roles in the Art. 33(5) register: each data set with whose it is, and each part of the decision', async () => {
      const register = (await t.api().get('/api/v1/register?format=json').expect(200)).body;
      const entry = register.entries.find((e: Json) => e.reference === incident.reference);
      expect(entry.dataSets).toEqual([
        `call-recordings: controller (identity, account; ${OURS.people} people)`,
        `call-recordings: processor for ${ALPHA.name} (${ALPHA.people} people), ${BETA.name} (${BETA.people} people) (identity, communications_content)`,
      ]);
      expect(entry.parts).toEqual([
        expect.stringMatching(/^controller \(call-recordings\): \w+; notify the authority: yes; notify data subjects: (yes|no)$/),
        `processor (call-recordings): ${incident.assessment.parts[1].riskLevel}; warn the controllers: yes (${ALPHA.name}, ${BETA.name})`,
      ]);
      const csv = (await t.api().get('/api/v1/register?format=csv').expect(200)).text;
      expect(csv.split('\n')[0]).toMatch(/,dataSets,parts\r?$/);
      expect(csv).toContain(`processor for ${ALPHA.name}`);
    });

    it('names each clock in the channel’s alert', () => {
      const text = JSON.stringify(alert.blocks);
      expect(text).toContain('GDPR Art. 33 notice* to ANSPDCP');
      expect(text).toContain(`Processor → controller warning* to ${ALPHA.name}`);
      expect(text).toContain(`Processor → controller warning* to ${BETA.name}`);
    });

    it('gives both parts in /breach status', async () => {
      const { answer } = await slack.slash(`status ${incident.reference}`, REPORTER_SLACK_ID);
      const parts = (answer.blocks as Json[]).map((block) => block.text?.text ?? '').find((text: string) => text.startsWith('*Parts*'));
      expect(parts).toMatch(/\*As controller\* \(call-recordings\): Risk: [^·]+ · notify authority: yes/);
      expect(parts).toContain(`*As processor* (call-recordings): warn the controllers yes: ${ALPHA.name}, ${BETA.name}`);
    });
  });

  it('runs the 24-hour ePrivacy clock for our own e-communications data (Law 506/2004)', async () => {
    const created = (
      await t
        .api()
        .post('/api/v1/incidents')
        .send(aBreachOf(['pbx-traffic']))
        .expect(201)
    ).body;
    expect(created).toMatchObject({ regime: 'eprivacy', factSources: { regime: 'inventory' } });
    const initial = (await clocksOf(created.id)).find((clock) => clock.key === 'eprivacy_initial')!;
    expect(initial).toMatchObject({ state: 'running', dueAt: new Date(Date.parse(AWARE_AT) + hours(24)).toISOString() });
  });

  it('lets the reporter’s statements override the inventory, and says so', async () => {
    const created = (
      await t
        .api()
        .post('/api/v1/incidents')
        .send(aBreachOf(['call-recordings'], { subjectsAffected: 40 }))
        .expect(201)
    ).body;
    expect(created).toMatchObject({ subjectsAffected: 40, factSources: { subjectsAffected: 'reporter', dataCategories: 'inventory' } });
    expect(created.assessment.reasons.map((reason: Json) => reason.code)).toContain('inventory.stated');
  });

  it('keeps only our processor data sets when the reporter says the breach reached only those', async () => {
    const created = (
      await t
        .api()
        .post('/api/v1/incidents')
        .send(aBreachOf(['call-recordings'], { role: 'processor' }))
        .expect(201)
    ).body;
    expect(created.assessment).toMatchObject({ notifyAuthority: false, notifyDataSubjects: false, notifyControllers: true });
    expect((await clocksOf(created.id)).map((clock) => clock.key)).toEqual(['processor_to_controller:0', 'processor_to_controller:1']);
  });

  it('refuses a system the inventory does not have, naming systems, and logs nothing', async () => {
    const before = Number((await t.dataSource.query('SELECT count(*) AS n FROM incidents'))[0].n);
    const response = await t
      .api()
      .post('/api/v1/incidents')
      .send(aBreachOf(['no-such-system']))
      .expect(400);
    expect(response.body.message).toEqual([expect.stringMatching(/^systems /)]);
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM incidents'))[0].n)).toBe(before);
  });

  it('still requires role and data categories, naming each, when no system gives them', async () => {
    const { systems: _systems, ...withoutSystems } = aBreachOf([]);
    const response = await t.api().post('/api/v1/incidents').send(withoutSystems).expect(400);
    expect(response.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^role /), expect.stringMatching(/^dataCategories /)]),
    );
  });

  it('assesses the what-if from the systems too, storing nothing', async () => {
    const response = await t
      .api()
      .post('/api/v1/risk/assess')
      .send(aBreachOf(['call-recordings']))
      .expect(200);
    expect(response.body.parts.map((part: Json) => part.role)).toEqual(['controller', 'processor']);
  });

  it('gives the facts again from the data sets it keeps when a PATCH changes something else', async () => {
    const created = (
      await t
        .api()
        .post('/api/v1/incidents')
        .send(aBreachOf(['call-recordings']))
        .expect(201)
    ).body;
    const patched = (await t.api().patch(`/api/v1/incidents/${created.id}`).send({ recordsAffected: 7 }).expect(200)).body;
    expect(patched).toMatchObject({
      recordsAffected: 7,
      subjectsAffected: created.subjectsAffected,
      factSources: { recordsAffected: 'reporter', subjectsAffected: 'inventory' },
    });
    expect(patched.affectedControllers).toEqual(created.affectedControllers);
  });

  it('reads the inventory again when a PATCH names other systems, and keeps the facts when it unlinks them', async () => {
    const created = (
      await t
        .api()
        .post('/api/v1/incidents')
        .send(aBreachOf(['call-recordings']))
        .expect(201)
    ).body;
    const moved = (
      await t
        .api()
        .patch(`/api/v1/incidents/${created.id}`)
        .send({ systems: ['pbx-traffic'] })
        .expect(200)
    ).body;
    expect(moved).toMatchObject({ regime: 'eprivacy', dataCategories: ['communications_metadata'], subjectsAffected: 800 });
    expect(moved.affectedControllers).toBeUndefined();
    const unlinked = (await t.api().patch(`/api/v1/incidents/${created.id}`).send({ systems: null }).expect(200)).body;
    expect(unlinked).toMatchObject({ regime: 'eprivacy', dataCategories: ['communications_metadata'], subjectsAffected: 800 });
    expect(unlinked.systems).toBeUndefined();
    expect(unlinked.factSources).toBeUndefined();
  });
});
