// The escalation scheduler's tick with 10 000 and with 1 000 000 stored incidents, 10 000 of them open.
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { figure, median, percentile, type Figure } from './support/figures.js';
import { cloneIncidents, logTemplateIncident, withIndexesRebuiltAfter } from './support/bulk-incidents.js';
import { withTempDir } from './support/service.js';

const STORED_INCIDENTS = [10_000, 1_000_000];
const INSERT_BATCH = 100_000;
const TIMED_RUNS = 300;
const DUE_INDEX = 'escalation_steps_due_idx';

// The scheduler's two questions, exactly as src/notifications/escalation-steps.repository.ts asks them.
const DUE_ROWS = `SELECT clock_id FROM escalation_steps WHERE state = 'pending' AND fire_at <= $1 ORDER BY fire_at LIMIT $2`;
const NEXT_FIRE_AT = `SELECT min(fire_at) AS next FROM escalation_steps WHERE state = 'pending'`;
const CLAIM_BATCH = 200;
const HOUR_MS = 3_600_000;

export interface TickCostResult {
  figures: Figure[];
  /** Median tick at 1 M stored incidents over the median at 10 k. */
  growth: number;
  usesPartialIndex: boolean;
}

export async function benchTickCost(): Promise<TickCostResult> {
  return withTempDir('breach-desk-bench-tick-', async (dataDir) => {
    // Fsync off: only the load is faster; the timed queries read from memory either way.
    const database = await startEmbeddedPostgres({ dataDir, ephemeral: true });
    const db = new Client({ connectionString: database.url });
    try {
      const templateId = await logTemplateIncident(database.url);
      await db.connect();
      // The copies reference rows inserted just before them: skipping the per-row foreign-key triggers halves the load.
      await db.query('SET session_replication_role = replica');
      // Steps are pending or processed as of this instant; the ticks are asked about it too, so the load's own
      // duration does not make steps fall due between the two sizes.
      const asOf = new Date();
      const figures: Figure[] = [];
      const ticks: number[] = [];
      let usesPartialIndex = true;
      let stored = 0;
      for (const target of STORED_INCIDENTS) {
        await withIndexesRebuiltAfter(db, 'escalation_steps', async () => {
          for (; stored < target; stored += Math.min(INSERT_BATCH, target - stored)) {
            await cloneIncidents(db, templateId, asOf, stored + 1, stored + Math.min(INSERT_BATCH, target - stored), { alerts: true });
          }
        });
        // A settled database: statistics current, visibility map set, the load's dirty pages written out.
        await db.query('VACUUM ANALYZE');
        await db.query('CHECKPOINT');
        const size = target >= 1_000_000 ? `${target / 1_000_000}m` : `${target / 1000}k`;
        const tick = await timeTick(db, asOf);
        const plans = await explainTick(db, asOf);
        usesPartialIndex &&= plans.dueRows.includes(DUE_INDEX) && plans.nextFireAt.includes(DUE_INDEX);
        ticks.push(tick.medianMs);
        const { rows } = await db.query<{ steps: string; pending: string }>(
          `SELECT count(*) AS steps, count(*) FILTER (WHERE state = 'pending') AS pending FROM escalation_steps`,
        );
        figures.push(
          figure(`tick_${size}_escalation_steps`, Number(rows[0].steps)),
          figure(`tick_${size}_pending_steps`, Number(rows[0].pending)),
          figure(`tick_${size}_median`, tick.medianMs, 'ms'),
          figure(`tick_${size}_p99`, tick.p99Ms, 'ms'),
          figure(`tick_${size}_due_rows_execution`, plans.dueRowsMs, 'ms'),
          figure(`tick_${size}_next_fire_at_execution`, plans.nextFireAtMs, 'ms'),
          figure(`tick_${size}_busy_due_rows_median`, tick.busyMedianMs, 'ms'),
        );
      }
      const growth = ticks[1] / ticks[0];
      figures.push(figure('tick_growth_10k_to_1m', growth), figure('tick_uses_partial_index', usesPartialIndex));
      return { figures, growth, usesPartialIndex };
    } finally {
      await db.end();
      await database.stop();
    }
  });
}

interface TickTimes {
  medianMs: number;
  p99Ms: number;
  /** The due-row query when a backlog is waiting (everything due within the next hour counts as due). */
  busyMedianMs: number;
}

/** A tick with nothing due: the due-row query finds nothing, then min(fire_at) says when to wake. Client-side round trips. */
async function timeTick(db: Client, asOf: Date): Promise<TickTimes> {
  const tick: number[] = [];
  const busy: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run++) {
    const started = performance.now();
    await db.query(DUE_ROWS, [asOf, CLAIM_BATCH]);
    await db.query(NEXT_FIRE_AT);
    tick.push(performance.now() - started);
    const busyStarted = performance.now();
    await db.query(DUE_ROWS, [new Date(asOf.getTime() + HOUR_MS), CLAIM_BATCH]);
    busy.push(performance.now() - busyStarted);
  }
  return { medianMs: median(tick), p99Ms: percentile(tick, 99), busyMedianMs: median(busy) };
}

async function explainTick(
  db: Client,
  asOf: Date,
): Promise<{ dueRows: string; nextFireAt: string; dueRowsMs: number; nextFireAtMs: number }> {
  const explain = async (sql: string, values: unknown[]): Promise<{ plan: string; ms: number }> => {
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    return { plan, ms: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]) };
  };
  const dueRows = await explain(DUE_ROWS, [asOf, CLAIM_BATCH]);
  const nextFireAt = await explain(NEXT_FIRE_AT, []);
  return { dueRows: dueRows.plan, nextFireAt: nextFireAt.plan, dueRowsMs: dueRows.ms, nextFireAtMs: nextFireAt.ms };
}
