import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { bindStatement, entitiesOf, type SqlFragment } from '../database/sql-fragment.js';
import { In, type EntityManager, type ObjectLiteral, type Repository } from 'typeorm';
import { EscalationStepRow, type StepState } from './escalation-step.entity.js';
import type { EscalationAudience } from '../organisation/escalation-policy.js';
import type { EscalationKind, EscalationStep } from './policy/escalation-steps.js';
import type { OutboxState } from './outbox-message.entity.js';

/** What planning needs of a clock (the clocks module passes its own rows). */
export interface PlannedClock {
  id: string;
  key: string;
  incidentId: string;
  dueAt: Date;
}

/** One alert of an incident's timeline, with what became of its message. */
export interface EscalationStepView {
  clockKey: string;
  level: string;
  kind: EscalationKind;
  audience: EscalationAudience[];
  fireAt: string;
  /** pending, sent (its message queued), superseded (folded into a catch-up), cancelled (the clock stopped) */
  state: StepState;
  processedAt: string | null;
  /** The Slack message: held when Slack is off. */
  delivery: { state: OutboxState; attempts: number; sentAt: string | null; lastError: string | null } | null;
}

/** An alert to plan, for its clock. */
export interface PlannedStep {
  clock: PlannedClock;
  step: EscalationStep;
}

// The inserted columns with their types, named once: the statement's column list and its record type both follow.
const STEP_COLUMNS = {
  clock_id: 'uuid',
  clock_key: 'text',
  incident_id: 'uuid',
  level: 'text',
  kind: 'text',
  clock_due_at: 'timestamptz',
  fire_at: 'timestamptz',
  audience: 'text[]',
} as const;
type StepRecord = Record<keyof typeof STEP_COLUMNS, unknown>;
const COLUMN_NAMES = Object.keys(STEP_COLUMNS).join(', ');
const RECORD_TYPE = Object.entries(STEP_COLUMNS)
  .map(([name, type]) => `${name} ${type}`)
  .join(', ');

/** The notifications module's SQL for escalation steps. */
@Injectable()
export class EscalationStepsRepository {
  constructor(@InjectRepository(EscalationStepRow) private readonly steps: Repository<EscalationStepRow>) {}

  /**
   * One statement for all the steps, however many (one JSON parameter). Idempotent: a step already planned
   * for the same deadline is left alone, unless it was cancelled (the deadline moved away and back, or the
   * clock was stopped and resumed), in which case it is planned again.
   */
  async insert(manager: EntityManager, planned: PlannedStep[]): Promise<void> {
    if (!planned.length) return;
    const { text, parameters } = bindStatement(
      this.insertRows(
        planned,
        `ON CONFLICT (clock_id, level, clock_due_at) DO UPDATE
         SET state = 'pending', fire_at = EXCLUDED.fire_at, audience = EXCLUDED.audience, processed_at = NULL, outbox_id = NULL
         WHERE escalation_steps.state = 'cancelled'`,
      ),
    );
    await manager.query(text, parameters);
  }

  /**
   * The steps of clocks the same statement creates (a new incident's intake): nothing can be planned for them yet, so
   * a plain INSERT, without insert's conflict check (a speculative insertion and its confirmation for every row).
   */
  newClocksStepsFragment(planned: PlannedStep[]): SqlFragment {
    return this.insertRows(planned, '');
  }

  private insertRows(planned: PlannedStep[], onConflict: string): SqlFragment {
    const records = planned.map(
      ({ clock, step }): StepRecord => ({
        clock_id: clock.id,
        clock_key: clock.key,
        incident_id: clock.incidentId,
        level: step.level,
        kind: step.kind,
        clock_due_at: clock.dueAt,
        fire_at: step.fireAt,
        audience: step.audience,
      }),
    );
    return (bind) =>
      `INSERT INTO escalation_steps (${COLUMN_NAMES}, state)
       SELECT ${COLUMN_NAMES}, 'pending' FROM jsonb_to_recordset(${bind(JSON.stringify(records))}::jsonb) AS s(${RECORD_TYPE})
       ${onConflict}`;
  }

  async cancelPending(manager: EntityManager, clockIds: string[], at: Date): Promise<void> {
    await manager
      .getRepository(EscalationStepRow)
      .update({ clockId: In(clockIds), state: 'pending' }, { state: 'cancelled', processedAt: at });
  }

  /** When the next pending alert falls due, on any instance. */
  async nextFireAt(): Promise<Date | null> {
    const rows: { next: Date | null }[] = await this.steps.query(
      `SELECT min(fire_at) AS next FROM escalation_steps WHERE state = 'pending'`,
    );
    return rows[0]?.next ? new Date(rows[0].next) : null;
  }

  /** The clocks with alerts due, earliest first; outside any transaction (the dispatcher re-reads under lock). */
  async clocksWithDueSteps(now: Date, limit: number): Promise<string[]> {
    const rows: { clock_id: string }[] = await this.steps.query(
      `SELECT clock_id FROM escalation_steps WHERE state = 'pending' AND fire_at <= $1 ORDER BY fire_at LIMIT $2`,
      [now, limit],
    );
    return [...new Set(rows.map((row) => row.clock_id))];
  }

  // The dispatch round's statements are plain SQL: it runs every 100 ms under intake load, and TypeORM's find and
  // update built their statements anew each time, at more cost than the statements.
  async dueSteps(manager: EntityManager, clockIds: string[], now: Date): Promise<EscalationStepRow[]> {
    const rows: ObjectLiteral[] = await manager.query(
      `SELECT * FROM escalation_steps WHERE clock_id = ANY($1::uuid[]) AND state = 'pending' AND fire_at <= $2 ORDER BY fire_at, id`,
      [clockIds, now],
    );
    return entitiesOf(this.steps, rows);
  }

  async markSuperseded(manager: EntityManager, stepIds: number[], at: Date): Promise<void> {
    if (stepIds.length)
      await manager.query(`UPDATE escalation_steps SET state = 'superseded', processed_at = $1 WHERE id = ANY($2::bigint[])`, [
        at,
        stepIds,
      ]);
  }

  /** Each step sent, with the outbox message that announced it; one statement. */
  async markSent(manager: EntityManager, sent: { stepId: number; outboxId: number }[], at: Date): Promise<void> {
    await manager.query(
      `UPDATE escalation_steps s SET state = 'sent', processed_at = $1, outbox_id = v.outbox_id
       FROM unnest($2::bigint[], $3::bigint[]) AS v(step_id, outbox_id) WHERE s.id = v.step_id`,
      [at, sent.map((s) => s.stepId), sent.map((s) => s.outboxId)],
    );
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.steps.manager.transaction(work);
  }

  /** Every alert of an incident, planned or past, with what became of its message (also when Slack is off); one query. */
  async timelineOf(incidentId: string): Promise<EscalationStepView[]> {
    const rows: (Pick<EscalationStepRow, 'clockKey' | 'level' | 'kind' | 'audience' | 'fireAt' | 'state' | 'processedAt'> & {
      delivery_state: OutboxState | null;
      attempts: number | null;
      sent_at: Date | null;
      last_error: string | null;
    })[] = await this.steps.query(
      `SELECT s.clock_key AS "clockKey", s.level, s.kind, s.audience, s.fire_at AS "fireAt", s.state, s.processed_at AS "processedAt",
              o.state AS delivery_state, o.attempts, o.sent_at, o.last_error
       FROM escalation_steps s LEFT JOIN outbox o ON o.id = s.outbox_id
       WHERE s.incident_id = $1 ORDER BY s.fire_at, s.id`,
      [incidentId],
    );
    return rows.map((row) => ({
      clockKey: row.clockKey,
      level: row.level,
      kind: row.kind,
      audience: row.audience,
      fireAt: row.fireAt.toISOString(),
      state: row.state,
      processedAt: row.processedAt?.toISOString() ?? null,
      delivery:
        row.delivery_state === null
          ? null
          : { state: row.delivery_state, attempts: row.attempts!, sentAt: row.sent_at?.toISOString() ?? null, lastError: row.last_error },
    }));
  }
}
