// Many stored incidents, fast: one incident logged through the service, then copies of its rows made by set-based
// SQL (generate_series) straight into the tables, shifted in time.
import type { Client } from 'pg';
import { anIncident } from '../../test/support/factories.js';
import { postIncident } from './incidents.js';
import { Service, freePort } from './service.js';

/** The first copies are open, spread over the last 60 hours; the others are closed history up to two years old. */
export const OPEN_INCIDENTS = 10_000;
const OPEN_SPREAD = '60 hours';
// Copies get titles made of these, so that a search finds some and not all: "phishing" matches one copy in 6.
const TITLE_WHATS = ['Phishing', 'Lost laptop', 'Ransomware', 'Misdirected e-mail', 'Stolen badge', 'Open storage bucket'];
const TITLE_WHERES = ['payroll', 'CRM', 'HR archive', 'customer portal', 'call centre', 'backup server', 'e-shop'];

/** One incident logged through the service; the bulk rows are copies of its rows, shifted in time. */
export async function logTemplateIncident(databaseUrl: string): Promise<string> {
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
 * Copies the template's incident, assessment and clocks (and with `alerts`, its escalation steps and outbox rows)
 * as incidents first..last, in one transaction. Open copies have their past steps processed and the rest pending;
 * closed ones have every clock met and every step processed. Copy n gets ids that grow with n, so the load appends
 * to the indexes instead of scattering through them. Run with session_replication_role = replica: the copies
 * reference rows inserted just before them, and skipping the per-row foreign-key triggers halves the load.
 */
export async function cloneIncidents(
  db: Client,
  templateId: string,
  asOf: Date,
  first: number,
  last: number,
  options: { alerts: boolean },
): Promise<void> {
  const shift = `CASE WHEN n <= ${OPEN_INCIDENTS} THEN (n * interval '${OPEN_SPREAD}') / ${OPEN_INCIDENTS}
                      ELSE interval '90 days' + (n % 900000) * interval '1 minute' END`;
  const copies = `generate_series($2::int, $3::int) n, LATERAL (SELECT ${shift} AS shift, n <= ${OPEN_INCIDENTS} AS open) copy`;
  const incidentId = `lpad(to_hex(n), 32, '0')::uuid`;
  const clockId = `(lpad(to_hex(n), 24, '0') || lpad(to_hex(k.ordinal), 8, '0'))::uuid`;
  const title = `(ARRAY[${TITLE_WHATS.map(quoted).join(', ')}])[1 + n % ${TITLE_WHATS.length}] || ' — ' ||
                 (ARRAY[${TITLE_WHERES.map(quoted).join(', ')}])[1 + (n / ${TITLE_WHATS.length}) % ${TITLE_WHERES.length}]`;
  // Materialised: read once per batch, not once per copy.
  const templateClocks = `WITH k AS MATERIALIZED (SELECT *, row_number() OVER (ORDER BY key) AS ordinal FROM clocks WHERE incident_id = $1)`;
  const range = [templateId, first, last];
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO incidents (id, reference, title, description, role, state, aware_at, occurred_at, detected_at, facts, created_by,
                            created_at, updated_at, closed_at, close_category, close_reason, version)
     SELECT ${incidentId}, 'BR-BENCH-' || lpad(n::text, 7, '0'), ${title}, t.description, t.role,
            CASE WHEN open THEN 'open' ELSE 'closed' END, t.aware_at - shift, t.occurred_at - shift, t.detected_at - shift, t.facts,
            t.created_by, t.created_at - shift, t.updated_at - shift, CASE WHEN open THEN NULL ELSE t.created_at - shift + interval '5 days' END,
            CASE WHEN open THEN NULL ELSE 'resolved' END, CASE WHEN open THEN NULL ELSE 'bench history' END, t.version
     FROM incidents t, ${copies} WHERE t.id = $1 ORDER BY n`,
    range,
  );
  await db.query(
    `WITH a AS MATERIALIZED (SELECT * FROM assessments WHERE incident_id = $1)
     INSERT INTO assessments (id, incident_id, version, result, override, pending_downgrade, confirmation, trigger, created_by, created_at)
     SELECT (lpad(to_hex(n), 24, '0') || lpad(to_hex(a.version), 8, '0'))::uuid, ${incidentId}, a.version, a.result, a.override,
            a.pending_downgrade, a.confirmation, a.trigger, a.created_by, a.created_at - shift
     FROM a, ${copies} ORDER BY n, a.version`,
    range,
  );
  await db.query(
    `${templateClocks}
     INSERT INTO clocks (id, incident_id, key, regime, recipient, notice_kind, legal_basis, starts_at, due_at, required, rule_reason,
                         met_at, not_required_reason, stopped_by, decision)
     SELECT ${clockId}, ${incidentId}, k.key, k.regime, k.recipient, k.notice_kind, k.legal_basis, k.starts_at - shift,
            k.due_at - shift, k.required, k.rule_reason, CASE WHEN open THEN NULL ELSE k.starts_at - shift + interval '2 days' END,
            k.not_required_reason, CASE WHEN open THEN NULL ELSE 'bench' END, k.decision
     FROM k, ${copies} ORDER BY n, k.ordinal`,
    range,
  );
  if (options.alerts) {
    await db.query(
      `${templateClocks}, s AS MATERIALIZED (SELECT * FROM escalation_steps WHERE incident_id = $1)
       INSERT INTO escalation_steps (clock_id, clock_key, incident_id, level, kind, clock_due_at, fire_at, audience, state, processed_at)
       SELECT ${clockId}, s.clock_key, ${incidentId}, s.level, s.kind, s.clock_due_at - shift, s.fire_at - shift, s.audience,
              CASE WHEN s.fire_at - shift > $4 AND open THEN 'pending' WHEN s.fire_at - shift <= $4 THEN 'sent' ELSE 'cancelled' END,
              CASE WHEN s.fire_at - shift > $4 AND open THEN NULL ELSE least(s.fire_at - shift, $4) END
       FROM s JOIN k ON k.id = s.clock_id, ${copies}`,
      [...range, asOf],
    );
    await db.query(
      `WITH o AS MATERIALIZED (SELECT * FROM outbox WHERE incident_id = $1)
       INSERT INTO outbox (incident_id, payload, state, created_at, attempts, next_attempt_at, sent_at, slack_channel, slack_ts)
       SELECT ${incidentId}, o.payload, 'sent', o.created_at - shift, 1, o.created_at - shift, o.created_at - shift, 'C0BENCH', '1.000000'
       FROM o, ${copies} ORDER BY n`,
      range,
    );
  }
  await db.query('COMMIT');
}

function quoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Drops the table's indexes (and the constraints behind them) for a bulk load, then builds them again as they were. */
export async function withIndexesRebuiltAfter(db: Client, table: string, load: () => Promise<void>): Promise<void> {
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
