// New incidents logged at the same moment are written together, one statement and one commit per group
// (IncidentsRepository.insertNew): each keeps its own reference, rows and audit lines, the numbering has no gap, and
// an intake that fails, fails alone.
import type { Actor } from '../../src/audit/audit.service';
import { AuditService } from '../../src/audit/audit.service';
import { IncidentsService } from '../../src/incidents/incidents.service';
import { OrganisationService } from '../../src/organisation/organisation.service';
import { anIncident } from '../support/factories';
import { startIntegration, type Integration } from '../support/integration';
import { withClient } from '../support/test-database';

const REPORTER: Actor = { id: 'user:00000000-0000-0000-0000-0000000000aa', name: 'Andrei Ionescu' };

describe('new incidents logged at the same moment', () => {
  let app: Integration;
  let incidents: IncidentsService;

  beforeAll(async () => {
    app = await startIntegration();
    incidents = app.get(IncidentsService);
  });
  afterAll(() => app.close());

  const numberOf = (reference: string) => Number(reference.split('-').pop());
  const lastNumber = async () =>
    Number((await app.dataSource.query('SELECT coalesce(max(last), 0) AS last FROM reference_counters'))[0].last);

  /** Logs them all at once; answers each outcome and the intake statements sent. */
  async function logTogether(titles: string[]) {
    const logged = jest.spyOn(app.dataSource.logger, 'logQuery');
    try {
      const outcomes = await Promise.allSettled(titles.map((title) => incidents.create(REPORTER, anIncident({ title }))));
      const statements = logged.mock.calls.filter(([text]) => text.includes('INSERT INTO reference_counters')).length;
      return { outcomes, statements };
    } finally {
      logged.mockRestore();
    }
  }

  const referencesOf = (outcomes: PromiseSettledResult<{ incident: { id: string; reference: string } }>[]) =>
    outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.incident.reference : null));

  it('writes them in fewer statements than intakes, each with its own consecutive reference', async () => {
    const before = await lastNumber();
    const titles = Array.from({ length: 12 }, (_, n) => `Lost laptop ${n}`);
    const { outcomes, statements } = await logTogether(titles);
    const references = referencesOf(outcomes);
    expect(references.every((reference) => reference !== null)).toBe(true);
    expect(references.map((reference) => numberOf(reference!)).sort((a, b) => a - b)).toEqual(titles.map((_, n) => before + 1 + n));
    expect(statements).toBeLessThan(titles.length);
    expect(statements).toBeGreaterThan(0);
  });

  it('gives each incident its own reference, assessment, clocks and audit lines, the chain intact', async () => {
    const titles = Array.from({ length: 6 }, (_, n) => `Misdirected e-mail ${n}`);
    const { outcomes } = await logTogether(titles);
    for (const [n, outcome] of outcomes.entries()) {
      if (outcome.status !== 'fulfilled') throw outcome.reason;
      const { id, reference } = outcome.value.incident;
      const [stored] = await app.dataSource.query('SELECT reference, title FROM incidents WHERE id = $1', [id]);
      expect(stored).toEqual({ reference, title: titles[n] });
      const created = await app.dataSource.query(
        `SELECT after->>'reference' AS reference FROM audit_log WHERE entity_id = $1 AND action = 'incident.created'`,
        [id],
      );
      expect(created).toEqual([{ reference }]);
      const [{ assessments }] = await app.dataSource.query('SELECT count(*)::int AS assessments FROM assessments WHERE incident_id = $1', [
        id,
      ]);
      expect(assessments).toBe(1);
      const [{ clocks }] = await app.dataSource.query('SELECT count(*)::int AS clocks FROM clocks WHERE incident_id = $1', [id]);
      expect(clocks).toBeGreaterThan(0);
    }
    expect((await app.get(AuditService).verify()).ok).toBe(true);
    // Chained in the order of the references, within a group and across groups.
    const chained: { reference: string }[] = await app.dataSource.query(
      `SELECT after->>'reference' AS reference FROM audit_log WHERE action = 'incident.created' ORDER BY id`,
    );
    const numbers = chained.map(({ reference }) => numberOf(reference));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('fails only the intake that fails alone; the others are numbered without a gap', async () => {
    // A refusal PostgreSQL raises for one incident of the group, as a constraint would (set up as the owner).
    const asOwner = (sql: string) => withClient(app.databaseUrl, (owner) => owner.query(sql));
    await asOwner(`
      CREATE FUNCTION refuse_marked_incident() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.title = 'Refused by the database' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_marked_incident BEFORE INSERT ON incidents FOR EACH ROW EXECUTE FUNCTION refuse_marked_incident()`);
    try {
      const before = await lastNumber();
      const titles = ['Stolen phone 1', 'Stolen phone 2', 'Stolen phone 3', 'Refused by the database', 'Stolen phone 4', 'Stolen phone 5'];
      const { outcomes } = await logTogether(titles);
      const refused = outcomes[3];
      expect(refused.status === 'rejected' && String(refused.reason)).toMatch(/refused for the test/);
      const references = referencesOf(outcomes).filter((reference) => reference !== null);
      expect(references).toHaveLength(5);
      expect(references.map((reference) => numberOf(reference!)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5].map((n) => before + n));
      expect(await lastNumber()).toBe(before + 5);
    } finally {
      await asOwner('DROP TRIGGER refuse_marked_incident ON incidents; DROP FUNCTION refuse_marked_incident()');
    }
  });

  it('plans a group by settings changed elsewhere, every intake of it logged', async () => {
    await app.get(OrganisationService).change(REPORTER, { escalation: { reminderHoursLeft: [36] } });
    await incidents.create(REPORTER, anIncident());
    // Not through this instance: its copy of the settings is now stale, and every intake of the group fails its guard.
    await app.dataSource.query(`UPDATE organisation SET settings = jsonb_set(settings, '{escalation,reminderHoursLeft}', '[48]')`);
    const before = await lastNumber();
    const titles = Array.from({ length: 5 }, (_, n) => `Ransomware on file server ${n}`);
    const { outcomes } = await logTogether(titles);
    const references = referencesOf(outcomes);
    expect(references.map((reference) => numberOf(reference!)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5].map((n) => before + n));
    for (const outcome of outcomes) {
      if (outcome.status !== 'fulfilled') throw outcome.reason;
      const reminders = await app.dataSource.query(
        `SELECT s.level FROM escalation_steps s JOIN clocks c ON c.id = s.clock_id
         WHERE s.incident_id = $1 AND c.key = 'gdpr_art33' AND s.kind = 'reminder'`,
        [outcome.value.incident.id],
      );
      expect(reminders).toEqual([{ level: 'left_48h' }]);
    }
  });
});
