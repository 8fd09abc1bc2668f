// Every intake waits for the one before it at two places: the year's reference counter (gapless numbering) and the
// audit chain's lock. Both are held to the commit, so whatever an intake does while holding them, every intake behind
// it waits for too. Its assessment, clocks and alerts take neither: they are written before the first is taken.
import type { Actor } from '../../src/audit/audit.service';
import { DatabaseLock } from '../../src/database/locks';
import { IncidentsService } from '../../src/incidents/incidents.service';
import { anIncident } from '../support/factories';
import { startIntegration, type Integration } from '../support/integration';
import { withClient } from '../support/test-database';
import type { Client } from 'pg';

const REPORTER: Actor = { id: 'user:00000000-0000-0000-0000-000000000001', name: 'Ioana Popescu' };
const WRITTEN_FIRST = ['assessments', 'clocks', 'escalation_steps'] as const;
const WAIT_POLL_MS = 10;

describe('a new incident on PostgreSQL: the locks every intake waits for', () => {
  let app: Integration;
  let incidents: IncidentsService;

  beforeAll(async () => {
    app = await startIntegration();
    incidents = app.get(IncidentsService);
    // Reads the uncommitted rows of the waiting intake's transaction from the pages themselves (a superuser's view).
    await withClient(app.databaseUrl, (client) => client.query('CREATE EXTENSION pageinspect'));
    // The year's counter row exists from the first intake on.
    await incidents.create(REPORTER, anIncident());
  });
  afterAll(() => app.close());

  it.each([
    ['the numbering (the counter row)', 'SELECT 1 FROM reference_counters FOR UPDATE'],
    ['the audit chain', `SELECT pg_advisory_xact_lock(${DatabaseLock.AuditChain})`],
  ])('has written its assessment, clocks and alerts before it waits for %s', async (_lock, takeLock) => {
    await withClient(app.databaseUrl, (holder) =>
      withClient(app.databaseUrl, async (observer) => {
        await holder.query('BEGIN');
        await holder.query(takeLock);
        const intake = incidents.create(REPORTER, anIncident({ title: 'Waits for the intake before it' }));
        let uncommitted: Record<string, number>;
        try {
          const xid = await xidWaitingFor(holder, observer);
          uncommitted = {};
          for (const table of WRITTEN_FIRST) uncommitted[table] = await rowsOf(observer, table, xid);
        } finally {
          await holder.query('ROLLBACK');
        }
        const { incident } = await intake;
        const committed = Object.fromEntries(
          await Promise.all(
            WRITTEN_FIRST.map(async (table) => {
              const [{ rows }] = await app.dataSource.query(`SELECT count(*)::int AS rows FROM ${table} WHERE incident_id = $1`, [
                incident.id,
              ]);
              return [table, rows];
            }),
          ),
        );
        expect(committed.escalation_steps).toBeGreaterThan(0);
        expect(uncommitted).toEqual(committed);
      }),
    );
  });

  /** The transaction id of the intake waiting for a lock `holder` holds, once it waits (null: it has written nothing). */
  async function xidWaitingFor(holder: Client, observer: Client): Promise<string | null> {
    const [{ pid }] = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
    for (;;) {
      const { rows: waiting } = await observer.query<{ xid: string | null }>(
        'SELECT backend_xid::text AS xid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
        [pid],
      );
      if (waiting.length) return waiting[0].xid;
      await new Promise((done) => setTimeout(done, WAIT_POLL_MS));
    }
  }

  /** How many rows of `table` transaction `xid` has inserted, committed or not. */
  async function rowsOf(observer: Client, table: string, xid: string | null): Promise<number> {
    if (xid === null) return 0;
    const [{ rows }] = (
      await observer.query<{ rows: number }>(
        `SELECT count(*)::int AS rows
       FROM generate_series(0, pg_relation_size($1::text::regclass) / current_setting('block_size')::int - 1) AS page,
            heap_page_items(get_raw_page($1::text, page::int))
       WHERE t_xmin::text = $2`,
        [table, xid],
      )
    ).rows;
    return rows;
  }
});
