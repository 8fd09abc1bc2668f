// Every index costs each insert its entry and its WAL. One whose columns are the leading columns of another index of
// the same table, in the same order and operator classes, answers no lookup the other does not, and only slows writes
// (escalation_steps_clock_idx cost each intake 14 entries until migration 0250 dropped it).
import { startIntegration, type Integration } from '../support/integration';

describe('the schema the migrations build', () => {
  let app: Integration;

  beforeAll(async () => {
    app = await startIntegration();
  });
  afterAll(() => app.close());

  it('has no index that is a leading part of another index on the same table', async () => {
    const redundant: { index: string; coveredBy: string }[] = await app.dataSource.query(`
      SELECT r.relname AS index, c.relname AS "coveredBy"
      FROM pg_index ri
      JOIN pg_index ci ON ci.indrelid = ri.indrelid AND ci.indexrelid <> ri.indexrelid
      JOIN pg_class r ON r.oid = ri.indexrelid
      JOIN pg_class c ON c.oid = ci.indexrelid
      JOIN pg_namespace n ON n.oid = r.relnamespace
      WHERE n.nspname = current_schema()
        AND NOT ri.indisunique AND r.relam = c.relam
        AND ri.indpred IS NULL AND ci.indpred IS NULL AND ri.indexprs IS NULL AND ci.indexprs IS NULL
        -- int2vector and oidvector print as space-separated lists: a prefix of the list is a prefix of the key
        AND ci.indkey::text || ' ' LIKE ri.indkey::text || ' %'
        AND ci.indclass::text || ' ' LIKE ri.indclass::text || ' %'`);
    expect(redundant).toEqual([]);
  });

  it("keeps every GIN index's pending list small (the intake that overflows it merges it, holding the reference counter)", async () => {
    const gin: { index: string; options: string[] | null }[] = await app.dataSource.query(`
      SELECT c.relname AS index, c.reloptions AS options
      FROM pg_class c JOIN pg_am am ON am.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE am.amname = 'gin' AND n.nspname = current_schema() ORDER BY c.relname`);
    expect(gin).toEqual([
      { index: 'incidents_reference_trgm_idx', options: ['gin_pending_list_limit=64'] },
      { index: 'incidents_title_trgm_idx', options: ['gin_pending_list_limit=64'] },
    ]);
  });

  it("still finds a clock's alerts by an index", async () => {
    await app.dataSource.transaction(async (manager) => {
      // A planner with a sequential scan at hand would take it on an empty table; the question is which index serves.
      await manager.query('SET LOCAL enable_seqscan = off');
      const plan: { 'QUERY PLAN': string }[] = await manager.query(
        `EXPLAIN SELECT * FROM escalation_steps WHERE clock_id = ANY($1::uuid[]) AND state = 'pending'`,
        [[]],
      );
      expect(plan.map((line) => line['QUERY PLAN']).join('\n')).toContain('escalation_steps_clock_id_level_clock_due_at_key');
    });
  });
});
