import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { EscalationService } from '../notifications/escalation.service.js';
import { WakeSignal } from '../notifications/wake-signal.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import type { IncidentFacts } from '../risk/facts.js';
import { Clock, isRunningDuty, isStopped, specOf, type ClockDecision } from './clock.entity.js';
import { clockStatus, type ClockStatus } from './rules/clock-status.js';
import { computeClocks } from './rules/compute-clocks.js';
import type { ClockSpec } from './rules/clock-spec.js';

export interface ClockInputs {
  incidentId: string;
  facts: IncidentFacts;
  decision: ClockDecision | null;
  highRiskSince?: Date;
  /** The incident was logged in this transaction: it has no clocks yet, so there are none to read. */
  firstSync?: boolean;
  /** A fact change, not a DPO: a running clock the facts no longer call for keeps running (issue 13.3); sync answers its key. */
  holdDrops?: boolean;
}

export type ClockView = ClockStatus & {
  key: string;
  regime: string;
  recipient: string;
  noticeKind: string | null;
  legalBasis: string;
  startsAt: string;
  metAt: string | null;
};

@Injectable()
export class ClocksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly escalation: EscalationService,
    private readonly organisation: OrganisationService,
    private readonly audit: AuditService,
    private readonly wake: WakeSignal,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Brings an incident's clocks in line with its facts and decision, inside the caller's transaction:
   * new clocks start (with their alerts), moved deadlines are re-planned, clocks that no longer apply or
   * are no longer required stop alerting. Stopped clocks (met, or declared not required) stay as they are.
   * With `holdDrops`, clocks that would stop are left running instead; their keys are answered.
   */
  async sync(manager: EntityManager, actor: Actor, inputs: ClockInputs): Promise<string[]> {
    const repository = manager.getRepository(Clock);
    const existing = inputs.firstSync ? [] : await repository.find({ where: { incidentId: inputs.incidentId }, lock: { mode: 'pessimistic_write' } });
    const byKey = new Map(existing.map((clock) => [clock.key, clock]));
    const settings = await this.organisation.get(manager);
    const specs = computeClocks({
      awareAt: inputs.facts.awareAt,
      role: inputs.facts.role,
      affectedControllers: inputs.facts.affectedControllers,
      sectors: inputs.facts.sectors ?? settings.sectors,
      crossBorder: inputs.facts.crossBorder,
      assessment: inputs.decision,
      highRiskSince: inputs.highRiskSince,
      metAt: Object.fromEntries(existing.flatMap((c) => (c.metAt ? [[c.key, c.metAt]] : []))),
      settings: { authority: 'ANSPDCP', dataSubjectsHours: settings.dataSubjectsHours, leadAuthority: settings.leadAuthority ?? undefined },
    });
    const started: Clock[] = [];
    const replanned: Clock[] = [];
    const silenced: Clock[] = [];
    const held: string[] = [];
    for (const spec of specs) {
      const before = byKey.get(spec.key);
      byKey.delete(spec.key);
      if (before && isStopped(before)) continue;
      if (before && inputs.holdDrops && before.required && !spec.required) {
        held.push(before.key);
        continue;
      }
      const fields = { ...clockFields(spec), incidentId: inputs.incidentId, decision: inputs.decision };
      if (!before) {
        started.push(repository.create({ ...fields, metAt: null, notRequiredReason: null, stoppedBy: null }));
        continue;
      }
      await repository.update({ id: before.id }, fields);
      const after: Clock = { ...before, ...fields };
      if (before.dueAt.getTime() === after.dueAt.getTime() && before.required === after.required) continue;
      await this.audit.record(manager, actor, { action: 'clock.changed', entityType: 'clock', entityId: after.id, before, after });
      (isRunningDuty(after) ? replanned : silenced).push(after);
    }
    if (started.length) await repository.insert(started);
    for (const clock of started) await this.audit.record(manager, actor, { action: 'clock.started', entityType: 'clock', entityId: clock.id, before: null, after: clock });
    // Left over: clocks the facts no longer call for (e.g. the role changed).
    for (const gone of byKey.values()) {
      if (isStopped(gone) || !gone.required) continue;
      if (inputs.holdDrops) {
        held.push(gone.key);
        continue;
      }
      const change = { required: false, ruleReason: 'no longer applies to the incident as now described' };
      await repository.update({ id: gone.id }, change);
      await this.audit.record(manager, actor, { action: 'clock.changed', entityType: 'clock', entityId: gone.id, before: gone, after: { ...gone, ...change } });
      silenced.push(gone);
    }
    await this.escalation.cancelPending(manager, [...replanned, ...silenced].map((c) => c.id));
    await this.escalation.plan(manager, [...replanned, ...started.filter(isRunningDuty)]);
    return held;
  }

  /** A notice went out: the clock is met (late when after its deadline) and stops alerting. */
  async markMet(manager: EntityManager, actor: Actor, incidentId: string, key: string, metAt: Date): Promise<Clock> {
    const before = await this.lockClock(manager, incidentId, key);
    if (before.metAt) return before;
    const after = await manager.getRepository(Clock).save({ ...before, metAt, stoppedBy: actor.id });
    await this.audit.record(manager, actor, { action: 'clock.met', entityType: 'clock', entityId: before.id, before, after });
    await this.escalation.cancelPending(manager, [before.id]);
    return after;
  }

  /** A DPO records, with a reason, that a clock needs no notice; its reminders stop. */
  async recordNotRequired(actor: Actor, incidentId: string, key: string, reason: string): Promise<ClockView> {
    const clock = await this.dataSource.transaction(async (manager) => {
      const before = await this.lockClock(manager, incidentId, key);
      if (before.metAt) throw new DomainError('INVALID_TRANSITION', `clock ${key} was already met`);
      const after = await manager.getRepository(Clock).save({ ...before, notRequiredReason: reason, stoppedBy: actor.id });
      await this.audit.record(manager, actor, { action: 'clock.not_required', entityType: 'clock', entityId: before.id, before, after });
      await this.escalation.cancelPending(manager, [before.id]);
      return after;
    });
    return this.view(clock, this.time.now());
  }

  /** Stops every clock of an incident that turned out not to be a personal-data breach. */
  async stopAll(manager: EntityManager, actor: Actor, incidentId: string, reason: string): Promise<void> {
    const clocks = await manager.getRepository(Clock).find({ where: { incidentId }, lock: { mode: 'pessimistic_write' } });
    const running = clocks.filter((c) => !isStopped(c));
    for (const before of running) {
      const after = await manager.getRepository(Clock).save({ ...before, notRequiredReason: reason, stoppedBy: actor.id });
      await this.audit.record(manager, actor, { action: 'clock.not_required', entityType: 'clock', entityId: before.id, before, after });
    }
    await this.escalation.cancelPending(manager, running.map((c) => c.id));
  }

  async clocksOf(incidentId: string, manager: EntityManager = this.dataSource.manager): Promise<ClockView[]> {
    return (await this.clocksOfMany([incidentId], manager)).get(incidentId) ?? [];
  }

  /** Every clock of these incidents, in one query, by incident, soonest deadline first. */
  async clocksOfMany(incidentIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ClockView[]>> {
    const byIncident = new Map<string, ClockView[]>();
    if (!incidentIds.length) return byIncident;
    const clocks = await manager.getRepository(Clock).find({ where: { incidentId: In(incidentIds) }, order: { dueAt: 'ASC', key: 'ASC' } });
    const now = this.time.now();
    for (const clock of clocks) byIncident.set(clock.incidentId, [...(byIncident.get(clock.incidentId) ?? []), this.view(clock, now)]);
    return byIncident;
  }

  /** After the transaction that planned alerts commits, the scheduler re-reads when to wake. */
  afterCommit(): void {
    this.wake.emit('steps');
  }

  private view(clock: Clock, now: Date): ClockView {
    const stop = { metAt: clock.metAt ?? undefined, notRequiredReason: clock.notRequiredReason ?? undefined };
    return {
      key: clock.key,
      regime: clock.regime,
      recipient: clock.recipient,
      noticeKind: clock.noticeKind,
      legalBasis: clock.legalBasis,
      startsAt: clock.startsAt.toISOString(),
      metAt: clock.metAt?.toISOString() ?? null,
      ...clockStatus(specOf(clock), stop, now, this.config.displayTimeZone),
    };
  }

  private async lockClock(manager: EntityManager, incidentId: string, key: string): Promise<Clock> {
    const clock = await manager.getRepository(Clock).findOne({ where: { incidentId, key }, lock: { mode: 'pessimistic_write' } });
    if (!clock) throw DomainError.notFound('clock', key);
    return clock;
  }
}

function clockFields(spec: ClockSpec): Omit<Clock, 'id' | 'incidentId' | 'metAt' | 'notRequiredReason' | 'stoppedBy' | 'decision'> {
  return {
    key: spec.key,
    regime: spec.regime,
    recipient: spec.recipient,
    noticeKind: spec.noticeKind,
    legalBasis: spec.legalBasis,
    startsAt: spec.startsAt,
    dueAt: spec.dueAt,
    required: spec.required,
    ruleReason: spec.notRequiredReason ?? null,
  };
}
