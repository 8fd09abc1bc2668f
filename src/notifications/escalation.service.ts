import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual, type EntityManager } from 'typeorm';
import { TimeSource } from '../common/time-source.js';
import { valuesList } from '../database/values-list.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { outboxIncident, type EscalationClockLine, type EscalationMessage, type EscalationMessageKind, type OutboxIncident } from './escalation-message.js';
import { EscalationStepRow } from './escalation-step.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { OutboxService } from './outbox.service.js';
import type { EscalationAudience } from './policy/escalation-policy.js';
import { collapseDueSteps, initialSteps, stepsAfter, type EscalationStep } from './policy/escalation-steps.js';

export interface EscalationStepView {
  clockKey: string;
  level: string;
  kind: string;
  audience: EscalationAudience[];
  fireAt: string;
  /** pending, sent (its message queued), superseded (folded into a catch-up), cancelled (the clock stopped) */
  state: string;
  processedAt: string | null;
  /** The Slack message: held when Slack is off. */
  delivery: { state: string; attempts: number; sentAt: string | null; lastError: string | null } | null;
}

/** What planning needs of a clock. */
export interface PlannedClock {
  id: string;
  incidentId: string;
  dueAt: Date;
}

/**
 * What an alert says about its clock. Clocks and incidents sit above notifications (STYLE.md's arrows), so
 * they are read here by SQL, not through their entities.
 */
interface AlertedClock extends PlannedClock {
  key: string;
  regime: string;
  recipient: string;
  legalBasis: string;
  decision: EscalationMessage['decision'];
}

type DueLine = { clock: AlertedClock; send: EscalationStepRow; superseded: EscalationStepRow[] };

// Enough to drain a burst in a few rounds without holding locks on thousands of clocks at once.
const CLAIM_BATCH = 200;
// clock_id, incident_id, level, kind, clock_due_at, fire_at, audience, state: as insertSteps lists them.
const STEP_COLUMNS = 8;
const LOUDNESS: Record<EscalationMessageKind, number> = { logged: 0, reminder: 1, catch_up: 2, overdue: 3 };

@Injectable()
export class EscalationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisation: OrganisationService,
    private readonly outbox: OutboxService,
    private readonly time: TimeSource,
  ) {}

  /**
   * Plans the alerts of running clocks, inside the caller's transaction, in one statement: each gets its
   * "logged" alert now (saying where the clock stands) and every threshold still ahead. A clock whose
   * deadline moved must have its pending alerts cancelled first (cancelPending).
   */
  async plan(manager: EntityManager, clocks: PlannedClock[]): Promise<void> {
    if (!clocks.length) return;
    const now = this.time.now();
    const policy = (await this.organisation.get(manager)).escalation;
    await this.insertSteps(manager, clocks.flatMap((clock) => initialSteps(clock.dueAt, now, policy).map((step) => ({ clock, step }))));
  }

  /** Stopped clocks (met, not required) and moved deadlines: the alerts not yet sent are cancelled. */
  async cancelPending(manager: EntityManager, clockIds: string[]): Promise<void> {
    if (!clockIds.length) return;
    await manager.getRepository(EscalationStepRow).update({ clockId: In(clockIds), state: 'pending' }, { state: 'cancelled', processedAt: this.time.now() });
  }

  /** When the next pending alert falls due, on any instance. */
  async nextFireAt(): Promise<Date | null> {
    const rows: { next: Date | null }[] = await this.dataSource.query(`SELECT min(fire_at) AS next FROM escalation_steps WHERE state = 'pending'`);
    return rows[0]?.next ? new Date(rows[0].next) : null;
  }

  /** Every alert of an incident, planned or past, with what became of its message (also when Slack is off). */
  async stepsOfIncident(incidentId: string): Promise<EscalationStepView[]> {
    const steps = await this.dataSource.getRepository(EscalationStepRow).find({ where: { incidentId }, order: { fireAt: 'ASC', id: 'ASC' } });
    const clocks: { id: string; key: string }[] = await this.dataSource.query('SELECT id, key FROM clocks WHERE incident_id = $1', [incidentId]);
    const outboxIds = steps.flatMap((s) => (s.outboxId === null ? [] : [s.outboxId]));
    const messages = outboxIds.length ? await this.dataSource.getRepository(OutboxMessage).findBy({ id: In(outboxIds) }) : [];
    const keyOf = new Map(clocks.map((c) => [c.id, c.key]));
    const messageOf = new Map(messages.map((m) => [m.id, m]));
    return steps.map((step) => {
      const message = step.outboxId === null ? undefined : messageOf.get(step.outboxId);
      return {
        clockKey: keyOf.get(step.clockId) ?? step.clockId,
        level: step.level,
        kind: step.kind,
        audience: step.audience,
        fireAt: step.fireAt.toISOString(),
        state: step.state,
        processedAt: step.processedAt?.toISOString() ?? null,
        delivery: message
          ? { state: message.state, attempts: message.attempts, sentAt: message.sentAt?.toISOString() ?? null, lastError: message.lastError }
          : null,
      };
    });
  }

  /**
   * Turns due alerts into outbox messages, once. The clocks are locked with SKIP LOCKED, so instances share
   * the work without taking the same clock; per clock, alerts that fell due together (the service was
   * down) collapse into one catch-up; per incident, one message says where each of its clocks stands.
   * Returns how many messages were queued.
   */
  async dispatchDue(): Promise<number> {
    const now = this.time.now();
    // Looked for outside a transaction: most rounds find nothing due. The claim below re-reads under lock.
    const candidates: { clock_id: string }[] = await this.dataSource.query(
      `SELECT clock_id FROM escalation_steps WHERE state = 'pending' AND fire_at <= $1 ORDER BY fire_at LIMIT $2`,
      [now, CLAIM_BATCH],
    );
    const clockIds = [...new Set(candidates.map((c) => c.clock_id))];
    if (!clockIds.length) return 0;
    return this.dataSource.transaction(async (manager) => {
      const locked: AlertedClock[] = await manager.query(
        `SELECT id, incident_id AS "incidentId", key, regime, recipient, legal_basis AS "legalBasis", due_at AS "dueAt", decision
         FROM clocks WHERE id = ANY($1::uuid[]) FOR UPDATE SKIP LOCKED`,
        [clockIds],
      );
      if (!locked.length) return 0;
      const due = await manager.getRepository(EscalationStepRow).find({
        where: { clockId: In(locked.map((c) => c.id)), state: 'pending', fireAt: LessThanOrEqual(now) },
        order: { fireAt: 'ASC', id: 'ASC' },
      });
      const policy = (await this.organisation.get(manager)).escalation;
      const byIncident = new Map<string, DueLine[]>();
      const supersededIds: number[] = [];
      const repeats: { clock: PlannedClock; step: EscalationStep }[] = [];
      for (const clock of locked) {
        const steps = due.filter((s) => s.clockId === clock.id);
        if (!steps.length) continue;
        const { send, superseded } = collapseDueSteps(steps);
        supersededIds.push(...superseded.map((s) => s.id));
        if (send.kind === 'overdue') {
          // Repeats keep coming until the clock stops; after a catch-up, the next one is the next ahead of now.
          repeats.push(...stepsAfter(clock.dueAt, now, policy).filter((s) => s.kind === 'overdue').map((step) => ({ clock, step })));
        }
        byIncident.set(clock.incidentId, [...(byIncident.get(clock.incidentId) ?? []), { clock, send, superseded }]);
      }
      if (supersededIds.length) await manager.getRepository(EscalationStepRow).update({ id: In(supersededIds) }, { state: 'superseded', processedAt: now });
      await this.insertSteps(manager, repeats);
      if (!byIncident.size) return 0;
      const mentions = await this.mentionsByAudience(manager);
      const incidents = new Map(
        (
          await manager.query<{ id: string; reference: string; title: string; awareAt: Date }[]>(
            `SELECT id, reference, title, aware_at AS "awareAt" FROM incidents WHERE id = ANY($1::uuid[])`,
            [[...byIncident.keys()]],
          )
        ).map((incident) => [incident.id, outboxIncident(incident)]),
      );
      const batches = [...byIncident];
      const messages = await this.outbox.enqueueMany(
        manager,
        batches.map(([incidentId, lines]) => ({ incidentId, payload: composeMessage(incidents.get(incidentId)!, lines, mentions) })),
      );
      const sent = batches.flatMap(([, lines], n) => lines.map((l) => ({ stepId: l.send.id, outboxId: messages[n].id })));
      await manager.query(
        `UPDATE escalation_steps s SET state = 'sent', processed_at = $1, outbox_id = v.outbox_id
         FROM unnest($2::bigint[], $3::bigint[]) AS v(step_id, outbox_id) WHERE s.id = v.step_id`,
        [now, sent.map((s) => s.stepId), sent.map((s) => s.outboxId)],
      );
      return byIncident.size;
    });
  }

  /**
   * One statement for all the steps. Idempotent: a step already planned for the same deadline is left alone,
   * unless it was cancelled (the deadline moved away and back, or the clock was stopped and resumed), in
   * which case it is planned again.
   */
  private async insertSteps(manager: EntityManager, planned: { clock: PlannedClock; step: EscalationStep }[]): Promise<void> {
    if (!planned.length) return;
    await manager.query(
      `INSERT INTO escalation_steps (clock_id, incident_id, level, kind, clock_due_at, fire_at, audience, state)
       VALUES ${valuesList(planned.length, STEP_COLUMNS)}
       ON CONFLICT (clock_id, level, clock_due_at) DO UPDATE
         SET state = 'pending', fire_at = EXCLUDED.fire_at, audience = EXCLUDED.audience, processed_at = NULL, outbox_id = NULL
         WHERE escalation_steps.state = 'cancelled'`,
      planned.flatMap(({ clock, step }) => [clock.id, clock.incidentId, step.level, step.kind, clock.dueAt, step.fireAt, step.audience, 'pending']),
    );
  }

  private async mentionsByAudience(manager: EntityManager): Promise<Record<EscalationAudience, string[]>> {
    const contacts = (await this.organisation.get(manager)).escalation.contacts;
    return {
      channel: [],
      dpo: await this.outbox.dpoSlackIds(manager),
      contacts: contacts.flatMap((c) => (c.slackUserId ? [c.slackUserId] : [])),
    };
  }
}

function composeMessage(
  incident: OutboxIncident,
  lines: DueLine[],
  mentionsOf: Record<EscalationAudience, string[]>,
): EscalationMessage {
  const kinds = lines.map(({ send, superseded }): EscalationMessageKind => (superseded.length && send.kind !== 'overdue' ? 'catch_up' : send.kind));
  const kind = kinds.reduce((loudest, k) => (LOUDNESS[k] > LOUDNESS[loudest] ? k : loudest));
  const audience = [...new Set(lines.flatMap((l) => l.send.audience))];
  const clockLines: EscalationClockLine[] = lines.map(({ clock, send, superseded }) => ({
    key: clock.key,
    regime: clock.regime,
    recipient: clock.recipient,
    legalBasis: clock.legalBasis,
    dueAt: clock.dueAt.toISOString(),
    level: send.level,
    supersededLevels: superseded.map((s) => s.level),
  }));
  const decision = lines.find((l) => l.clock.decision)?.clock.decision ?? null;
  return {
    type: 'escalation',
    incident,
    decision,
    kind,
    audience,
    mentions: [...new Set(audience.flatMap((a) => mentionsOf[a]))],
    clocks: clockLines,
    firesAt: new Date(Math.min(...lines.map((l) => l.send.fireAt.getTime()))).toISOString(),
  };
}
