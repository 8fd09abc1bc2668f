// The escalation scheduler's tick with 10 000 and with 1 000 000 stored incidents, 10 000 of them open.
import { Client } from 'pg';
import { anIncident } from '../test/support/factories.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { figure, median, percentile, type Figure } from './support/figures.js';
import { postIncident } from './support/incidents.js';
import { Service, freePort, withTempDir } from './support/service.js';

const OPEN_INCIDENTS = 10_000;
const STORED_INCIDENTS = [10_000, 1_000_000];
const INSERT_BATCH = 100_000;
const TIMED_RUNS = 300;
// Open incidents became aware over the last 60 hours, so their clocks stand anywhere from just logged to overdue.
const OPEN_SPREAD = '60 hours';
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
            await cloneIncidents(db, templateId, asOf, stored + 1, stored + Math.min(INSERT_BATCH, target - stored));
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

/** One incident logged through the service; the bulk rows are copies of its rows, shifted in time. */
async function logTemplateIncident(databaseUrl: string): Promise<string> {
  const service = Service.start({ port: await freePort(), databaseUrl });
  try {
    await service.untilReady();
    const created = await postIncident(service.baseUrl, JSON.stringify(anIncident()));
    if (created.status !== 201 || !created.id) throw new Error(`template intake answered ${created.status}`);
    return created.id;
  } finally {
    await service.stop();
  }
}

/**
 * Copies the template's incident, clocks, escalation steps and outbox rows as incidents first..last. The first
 * OPEN_INCIDENTS are open, spread over the last 60 hours, with their past steps processed and the rest pending;
 * the others are closed history, up to two years old, with every step processed. Copy n gets ids that grow with n,
 * so the load appends to the indexes instead of scattering through them.
 */
async function cloneIncidents(db: Client, templateId: string, asOf: Date, first: number, last: number): Promise<void> {
  const shift = `CASE WHEN n <= ${OPEN_INCIDENTS} THEN (n * interval '${OPEN_SPREAD}') / ${OPEN_INCIDENTS}
                      ELSE interval '90 days' + (n % 900000) * interval '1 minute' END`;
  const copies = `generate_series($2::int, $3::int) n, LATERAL (SELECT ${shift} AS shift, n <= ${OPEN_INCIDENTS} AS open) copy`;
  const incidentId = `lpad(to_hex(n), 32, '0')::uuid`;
  const clockId = `(lpad(to_hex(n), 24, '0') || lpad(to_hex(k.ordinal), 8, '0'))::uuid`;
  // Materialised: read once per batch, not once per copy.
  const templateClocks = `WITH k AS MATERIALIZED (SELECT *, row_number() OVER (ORDER BY key) AS ordinal FROM clocks WHERE incident_id = $1)`;
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO incidents (id, reference, title, description, role, state, aware_at, occurred_at, detected_at, facts, created_by,
                            created_at, updated_at, closed_at, close_category, close_reason, version)
     SELECT ${incidentId}, 'BR-BENCH-' || lpad(n::text, 7, '0'), t.title, t.description, t.role,
            CASE WHEN open THEN 'open' ELSE 'closed' END, t.aware_at - shift, t.occurred_at, t.detected_at, t.facts, t.created_by,
            t.created_at - shift, t.updated_at - shift, CASE WHEN open THEN NULL ELSE t.created_at - shift + interval '5 days' END,
            CASE WHEN open THEN NULL ELSE 'resolved' END, CASE WHEN open THEN NULL ELSE 'bench history' END, t.version
     FROM incidents t, ${copies} WHERE t.id = $1 ORDER BY n`,
    [templateId, first, last],
  );
  await db.query(
    `${templateClocks}
     INSERT INTO clocks (id, incident_id, key, regime, recipient, notice_kind, legal_basis, starts_at, due_at, required, rule_reason,
                         met_at, not_required_reason, stopped_by, decision)
     SELECT ${clockId}, ${incidentId}, k.key, k.regime, k.recipient, k.notice_kind, k.legal_basis, k.starts_at - shift,
            k.due_at - shift, k.required, k.rule_reason, CASE WHEN open THEN NULL ELSE k.starts_at - shift + interval '2 days' END,
            k.not_required_reason, CASE WHEN open THEN NULL ELSE 'bench' END, k.decision
     FROM k, ${copies} ORDER BY n, k.ordinal`,
    [templateId, first, last],
  );
  await db.query(
    `${templateClocks}, s AS MATERIALIZED (SELECT * FROM escalation_steps WHERE incident_id = $1)
     INSERT INTO escalation_steps (clock_id, clock_key, incident_id, level, kind, clock_due_at, fire_at, audience, state, processed_at)
     SELECT ${clockId}, s.clock_key, ${incidentId}, s.level, s.kind, s.clock_due_at - shift, s.fire_at - shift, s.audience,
            CASE WHEN s.fire_at - shift > $4 AND open THEN 'pending' WHEN s.fire_at - shift <= $4 THEN 'sent' ELSE 'cancelled' END,
            CASE WHEN s.fire_at - shift > $4 AND open THEN NULL ELSE least(s.fire_at - shift, $4) END
     FROM s JOIN k ON k.id = s.clock_id, ${copies}`,
    [templateId, first, last, asOf],
  );
  await db.query(
    `WITH o AS MATERIALIZED (SELECT * FROM outbox WHERE incident_id = $1)
     INSERT INTO outbox (incident_id, payload, state, created_at, attempts, next_attempt_at, sent_at, slack_channel, slack_ts)
     SELECT ${incidentId}, o.payload, 'sent', o.created_at - shift, 1, o.created_at - shift, o.created_at - shift, 'C0BENCH', '1.000000'
     FROM o, ${copies} ORDER BY n`,
    [templateId, first, last],
  );
  await db.query('COMMIT');
}

/** Drops the table's indexes (and the constraints behind them) for a bulk load, then builds them again as they were. */
async function withIndexesRebuiltAfter(db: Client, table: string, load: () => Promise<void>): Promise<void> {
  const { rows: constraints } = await db.query<{ name: string; definition: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u')`,
    [table],
  );
  const { rows: indexes } = await db.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = $1 AND indexname <> ALL($2)`,
    [table, constraints.map((c) => c.name)],
  );
  for (const constraint of constraints) await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint.name}`);
  for (const index of indexes) await db.query(`DROP INDEX ${index.name}`);
  await load();
  for (const constraint of constraints) await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${constraint.name} ${constraint.definition}`);
  for (const index of indexes) await db.query(index.definition);
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

async function explainTick(db: Client, asOf: Date): Promise<{ dueRows: string; nextFireAt: string; dueRowsMs: number; nextFireAtMs: number }> {
  const explain = async (sql: string, values: unknown[]): Promise<{ plan: string; ms: number }> => {
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    return { plan, ms: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]) };
  };
  const dueRows = await explain(DUE_ROWS, [asOf, CLAIM_BATCH]);
  const nextFireAt = await explain(NEXT_FIRE_AT, []);
  return { dueRows: dueRows.plan, nextFireAt: nextFireAt.plan, dueRowsMs: dueRows.ms, nextFireAtMs: nextFireAt.ms };
}
