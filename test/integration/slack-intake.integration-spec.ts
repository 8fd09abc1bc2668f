// The new-incident form's answers through SlackCommandsService: the intake API's own validation, then the
// intake itself, on PostgreSQL.
import type { Actor } from '../../src/audit/audit.service';
import { DomainError } from '../../src/common/domain-error';
import type { ViewStateValues } from '../../src/slack/form-input';
import { SlackCommandsService } from '../../src/slack/slack-commands.service';
import { startIntegration, type Integration } from '../support/integration';

const REPORTER: Actor = { id: 'slack:U0REP', name: 'Slack member U0REP' };

/** Slack's view state for the form, answered as given. */
function aSubmittedForm(answers: {
  title?: string;
  role?: string;
  breachTypes?: string[];
  dataCategories?: string[];
  subjectsAffected?: string;
  awareAt?: Date;
}): ViewStateValues {
  return {
    title: { input: { value: answers.title ?? null } },
    role: { input: { selected_option: answers.role ? { value: answers.role } : null } },
    breachTypes: { input: { selected_options: (answers.breachTypes ?? []).map((value) => ({ value })) } },
    dataCategories: { input: { selected_options: (answers.dataCategories ?? []).map((value) => ({ value })) } },
    subjectsAffected: { input: { value: answers.subjectsAffected ?? null } },
    awareAt: { input: { selected_date_time: answers.awareAt ? answers.awareAt.getTime() / 1000 : null } },
  };
}

describe('logging an incident from the Slack form', () => {
  let app: Integration;
  let commands: SlackCommandsService;

  beforeAll(async () => {
    app = await startIntegration();
    commands = app.get(SlackCommandsService);
  });
  afterAll(() => app.close());

  const countIncidents = async () => Number((await app.dataSource.query('SELECT count(*) AS n FROM incidents'))[0].n);
  /** The INVALID_INPUT problems `work` is refused with. */
  const problemsOf = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => {
        throw new Error('expected a refusal');
      },
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('INVALID_INPUT');
    return (error as DomainError).problems;
  };

  it('logs the incident the form describes, audited as the Slack member', async () => {
    const awareAt = app.time.hoursAgo(3);
    const incident = await commands.logIncident(
      REPORTER,
      aSubmittedForm({
        title: 'Laptop stolen',
        role: 'controller',
        breachTypes: ['confidentiality'],
        dataCategories: ['identity'],
        subjectsAffected: '40',
        awareAt,
      }),
    );
    expect(incident).toMatchObject({ title: 'Laptop stolen', role: 'controller', awareAt });
    const [created] = await app.dataSource.query(`SELECT actor FROM audit_log WHERE action = 'incident.created' AND entity_id = $1`, [
      incident.id,
    ]);
    expect(created).toEqual({ actor: REPORTER.id });
  });

  it('refuses with the HTTP edge’s rules, each problem under its field, and writes nothing', async () => {
    const before = await countIncidents();
    const problems = await problemsOf(
      commands.logIncident(REPORTER, aSubmittedForm({ role: 'owner', dataCategories: ['identity'], subjectsAffected: '-5' })),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'title', problem: 'must be a string' },
        { field: 'role', problem: 'must be one of the following values: controller, processor' },
        { field: 'breachTypes', problem: 'must contain at least 1 elements' },
        { field: 'subjectsAffected', problem: 'must not be less than 0' },
      ]),
    );
    expect(await countIncidents()).toBe(before);
  });

  it('refuses text PostgreSQL cannot store, as the HTTP edge does, before it reaches the database', async () => {
    const before = await countIncidents();
    const problems = await problemsOf(
      commands.logIncident(
        REPORTER,
        aSubmittedForm({ title: 'Bucket\u0000listing', role: 'controller', breachTypes: ['confidentiality'], dataCategories: ['contact'] }),
      ),
    );
    expect(problems).toEqual([{ field: 'title', problem: 'must not contain NUL (\\u0000) characters' }]);
    expect(await countIncidents()).toBe(before);
  });
});
