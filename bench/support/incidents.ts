// Logging incidents over HTTP, and the alerts they lead to, read back from the database and the fake Slack.
import type { Pool } from 'pg';
import { anIncident } from '../../test/support/factories.js';
import type { FakeSlack } from '../../test/support/fake-slack.js';
import { ADMIN_TOKEN, sleep } from './service.js';

const HOUR_MS = 3_600_000;
// GDPR Art. 33 runs 72 h from awareness; its "48 hours left" reminder fires 24 h after awareness.
const AUTHORITY_CLOCK = 'gdpr_art33';
const FIRST_REMINDER_LEVEL = 'left_48h';
const FIRST_REMINDER_AFTER_AWARENESS_MS = 24 * HOUR_MS;
const FIRST_REMINDERS = `SELECT s.* FROM escalation_steps s JOIN clocks c ON c.id = s.clock_id
  WHERE s.incident_id = ANY($1) AND c.key = '${AUTHORITY_CLOCK}' AND s.level = '${FIRST_REMINDER_LEVEL}'`;

export const JSON_HEADERS = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };

export async function postIncident(baseUrl: string, body: string): Promise<{ status: number; id?: string }> {
  const response = await fetch(`${baseUrl}/api/v1/incidents`, { method: 'POST', headers: JSON_HEADERS, body });
  const answer = (await response.json().catch(() => null)) as { id?: string } | null;
  return { status: response.status, id: answer?.id };
}

/** Runs `work` for each index with at most `concurrency` at a time. */
export async function inParallel<T>(count: number, concurrency: number, work: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      results[index] = await work(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/**
 * Logs `count` incidents (round-robin over `baseUrls`) whose first reminder falls due between `fromMs` and `toMs`
 * after its own intake, in real time: awareness is set just under 24 hours ago. Returns the incident ids.
 */
export async function logIncidentsWithReminderDueSoon(
  baseUrls: readonly string[],
  count: number,
  window: { fromMs: number; toMs: number },
): Promise<string[]> {
  return inParallel(count, 10, async (index) => {
    const reminderIn = window.fromMs + Math.random() * (window.toMs - window.fromMs);
    const awareAt = new Date(Date.now() - FIRST_REMINDER_AFTER_AWARENESS_MS + reminderIn).toISOString();
    const created = await postIncident(
      baseUrls[index % baseUrls.length],
      JSON.stringify(anIncident({ title: `Bench reminder ${index}`, awareAt })),
    );
    if (created.status !== 201 || !created.id) throw new Error(`intake answered ${created.status}`);
    return created.id;
  });
}

/** Waits until the incidents' first Art. 33 reminders have been dispatched and every alert of theirs is in Slack. */
export async function untilAlertsDelivered(db: Pool, incidentIds: readonly string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ waiting: string }>(
      `SELECT (SELECT count(*) FROM (${FIRST_REMINDERS}) reminder WHERE state = 'pending')
            + (SELECT count(*) FROM outbox WHERE incident_id = ANY($1) AND state <> 'sent') AS waiting`,
      [incidentIds],
    );
    if (Number(rows[0].waiting) === 0) return;
    if (Date.now() > deadline) throw new Error(`${rows[0].waiting} alerts still undelivered after ${timeoutMs} ms`);
    await sleep(250);
  }
}

export interface ReminderDeliveries {
  /** Per first reminder that reached Slack: its threshold, and Slack's receipt time minus the threshold. */
  reminders: { dueAt: number; latenessMs: number }[];
  /** Reminders that are not in Slack. */
  missing: number;
  /** Extra Slack posts of one outbox message. */
  duplicatePosts: number;
  /** Extra outbox messages for one clock level. */
  duplicateDispatches: number;
  /** Outbox messages of these incidents that never reached Slack. */
  undelivered: number;
}

export async function reminderDeliveries(db: Pool, slack: FakeSlack, incidentIds: readonly string[]): Promise<ReminderDeliveries> {
  const receivedAt = new Map<number, number[]>();
  for (const message of slack.messages) {
    const outboxId = Number(message.metadata?.event_payload.outbox_id);
    receivedAt.set(outboxId, [...(receivedAt.get(outboxId) ?? []), slackTsToMs(message.ts)]);
  }
  const { rows: reminders } = await db.query<{ fire_at: Date; outbox_id: string | null }>(
    `SELECT fire_at, outbox_id FROM (${FIRST_REMINDERS}) reminder`,
    [incidentIds],
  );
  const posted: ReminderDeliveries['reminders'] = [];
  for (const reminder of reminders) {
    const postedAt = reminder.outbox_id === null ? undefined : receivedAt.get(Number(reminder.outbox_id))?.[0];
    if (postedAt !== undefined) posted.push({ dueAt: reminder.fire_at.getTime(), latenessMs: postedAt - reminder.fire_at.getTime() });
  }
  const { rows: outbox } = await db.query<{ id: string }>(`SELECT id FROM outbox WHERE incident_id = ANY($1)`, [incidentIds]);
  const { rows: dispatches } = await db.query<{ extra: string }>(
    `SELECT coalesce(sum(n - 1), 0) AS extra FROM (
       SELECT count(*) AS n FROM outbox o, jsonb_array_elements(o.payload->'clocks') c
       WHERE o.incident_id = ANY($1) GROUP BY o.incident_id, c->>'key', c->>'level') per_level`,
    [incidentIds],
  );
  return {
    reminders: posted,
    missing: reminders.length - posted.length,
    duplicatePosts: outbox.reduce((extra, row) => extra + Math.max((receivedAt.get(Number(row.id))?.length ?? 0) - 1, 0), 0),
    duplicateDispatches: Number(dispatches[0].extra),
    undelivered: outbox.filter((row) => !receivedAt.has(Number(row.id))).length,
  };
}

/** Slack timestamps are epoch seconds with microseconds: '1700000000.123456'. */
function slackTsToMs(ts: string): number {
  const [seconds, fraction = ''] = ts.split('.');
  return Number(seconds) * 1000 + Number(fraction.padEnd(6, '0').slice(0, 6)) / 1000;
}
