import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type Actor, type AuditRecord } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { SqlFragment } from '../database/sql-fragment.js';
import { EscalationPlanner } from '../notifications/escalation-planner.service.js';
import type { AlertedClocks } from '../notifications/escalation-sources.port.js';
import { WakeSignal } from '../notifications/wake-signal.service.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import type { OrganisationSettings } from '../organisation/organisation.js';
import type { IncidentFacts } from '../risk/facts.js';
import type { ClockFiling } from './clock-filing.entity.js';
import { isRunningDuty, isStopped, specOf, type Clock, type ClockDecision } from './clock.entity.js';
import { ClocksRepository } from './clocks.repository.js';
import { clockStatus, owingState, type ClockStatus } from './rules/clock-status.js';
import { computeClocks, phaseCountedFrom, replanFilingPhases } from './rules/compute-clocks.js';
import type { ClockInput, ClockSpec } from './rules/clock-spec.js';
import { incidentRoles } from '../risk/parts.js';

/** A clock still owing, as a list of incidents shows it. */
export interface OwingClock {
  key: string;
  legalBasis: string;
  recipient: string;
  /** UTC ISO 8601 */
  dueAt: string;
  state: 'running' | 'missed';
}

export interface ClockInputs {
  incidentId: string;
  facts: IncidentFacts;
  decision: ClockDecision | null;
  highRiskSince?: Date;
  /** A fact change, not a DPO: a running clock the facts no longer call for keeps running (issue 13.3); sync answers its key. */
  holdDrops?: boolean;
}

export type NewIncidentClocks = Omit<ClockInputs, 'holdDrops'>;

/** What starting a new incident's clocks writes: rows for its intake statement, and audit lines. */
export interface ClocksStart {
  rows: SqlFragment[];
  audit: AuditRecord[];
  /** Fails the statement if the settings the clocks were computed by have changed since (see settingsChanged). */
  guard: SqlFragment;
}

/** How a report was made: the channel and the recipient's reference. */
export interface FilingRecord {
  channel: string;
  externalReference: string;
}

export interface FilingView extends FilingRecord {
  id: string;
  sentAt: string;
  recordedBy: string;
  recordedAt: string;
}

export type ClockView = ClockStatus & {
  key: string;
  regime: string;
  recipient: string;
  noticeKind: string | null;
  legalBasis: string;
  startsAt: string;
  metAt: string | null;
  /** Every report made for this clock, oldest first: the first met it; later ones are updates. */
  filings: FilingView[];
};

@Injectable()
export class ClocksService implements AlertedClocks {
  constructor(
    private readonly repository: ClocksRepository,
    private readonly escalation: EscalationPlanner,
    private readonly organisation: OrganisationService,
    private readonly audit: AuditService,
    private readonly wake: WakeSignal,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For the operations gauges, inside the caller's (read-only) transaction. */
  countsByRegimeAndState(manager: EntityManager, now: Date): Promise<{ regime: string; state: string; count: number }[]> {
    return this.repository.countsByRegimeAndState(manager, now);
  }

  /**
   * A new incident's clocks, to be written with the incident (IncidentsRepository.insertNew): the rows of its
   * clocks and of the alerts of those running, and the clocks' audit lines, to be recorded after the incident's.
   * The intake is one statement with no transaction around it: the settings come from the organisation's copy,
   * and `guard`, in that statement, fails it if they are no longer current.
   */
  async startFor(inputs: NewIncidentClocks): Promise<ClocksStart> {
    const { settings, unchanged } = await this.organisation.forStatement();
    const clocks = computeClocks(clockInput(inputs, settings, { metAt: {}, lastFiledAt: {} })).map((spec) =>
      this.repository.create({
        id: randomUUID(),
        incidentId: inputs.incidentId,
        decision: inputs.decision,
        metAt: null,
        notRequiredReason: null,
        stoppedBy: null,
        ...clockFields(spec),
      }),
    );
    return {
      rows: [this.repository.insertFragment(clocks), this.escalation.planFragment(clocks.filter(isRunningDuty), settings.escalation)],
      audit: clocks.map(startedLine),
      guard: unchanged,
    };
  }

  /** True when startFor's statement failed on its guard: start the clocks again, by the current settings. */
  settingsChanged(error: unknown): boolean {
    return this.organisation.settingsChanged(error);
  }

  /**
   * Brings an existing incident's clocks in line with its facts and decision, inside the caller's transaction:
   * new clocks start (with their alerts), moved deadlines are re-planned, clocks that no longer apply or
   * are no longer required stop alerting. Stopped clocks (met, or declared not required) stay as they are.
   * With `holdDrops`, clocks that would stop are left running instead; their keys are answered.
   */
  async sync(manager: EntityManager, actor: Actor, inputs: ClockInputs): Promise<string[]> {
    const existing = await this.repository.lockOfIncident(manager, inputs.incidentId);
    const byKey = new Map(existing.map((clock) => [clock.key, clock]));
    const settings = await this.organisation.get(manager);
    const specs = computeClocks(clockInput(inputs, settings, await this.filingTimes(manager, existing)));
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
        started.push(this.repository.create({ ...fields, metAt: null, notRequiredReason: null, stoppedBy: null }));
        continue;
      }
      await this.repository.update(manager, before.id, fields);
      const after: Clock = { ...before, ...fields };
      if (before.dueAt.getTime() === after.dueAt.getTime() && before.required === after.required) continue;
      await this.audit.record(manager, actor, { action: 'clock.changed', entityType: 'clock', entityId: after.id, before, after });
      (isRunningDuty(after) ? replanned : silenced).push(after);
    }
    if (started.length) await this.repository.insert(manager, started);
    for (const clock of started) await this.audit.record(manager, actor, startedLine(clock));
    // Left over: clocks the facts no longer call for (e.g. the role changed).
    for (const gone of byKey.values()) {
      if (isStopped(gone) || !gone.required) continue;
      if (inputs.holdDrops) {
        held.push(gone.key);
        continue;
      }
      const change = { required: false, ruleReason: 'no longer applies to the incident as now described' };
      await this.repository.update(manager, gone.id, change);
      await this.audit.record(manager, actor, {
        action: 'clock.changed',
        entityType: 'clock',
        entityId: gone.id,
        before: gone,
        after: { ...gone, ...change },
      });
      silenced.push(gone);
    }
    await this.escalation.cancelPending(
      manager,
      [...replanned, ...silenced].map((c) => c.id),
    );
    await this.escalation.plan(manager, [...replanned, ...started.filter(isRunningDuty)]);
    return held;
  }

  /**
   * A report was made (a notice sent, a filing in a regulator's portal), inside the caller's transaction: it is
   * recorded, the clock is met by its first report (late when after its deadline) and stops alerting, and the
   * phases that count from it are re-planned with their alerts (docs/clocks.md).
   */
  async markMet(manager: EntityManager, actor: Actor, incidentId: string, key: string, metAt: Date, filing?: FilingRecord): Promise<Clock> {
    const before = await this.lockClock(manager, incidentId, key);
    if (filing) await this.recordFiling(manager, actor, before, metAt, filing);
    if (before.metAt && before.metAt <= metAt) {
      if (filing) await this.replanFollowingPhases(manager, actor, incidentId);
      return before;
    }
    const after = await this.repository.save(manager, { ...before, metAt, stoppedBy: actor.id });
    await this.audit.record(manager, actor, { action: 'clock.met', entityType: 'clock', entityId: before.id, before, after });
    await this.escalation.cancelPending(manager, [before.id]);
    await this.replanFollowingPhases(manager, actor, incidentId);
    return after;
  }

  /** The caller's view of one clock after a command, inside its transaction. */
  async clockOf(manager: EntityManager, incidentId: string, key: string): Promise<ClockView> {
    const clock = (await this.clocksOf(incidentId, manager)).find((c) => c.key === key);
    if (!clock) throw DomainError.notFound('clock', key);
    return clock;
  }

  /**
   * Refuses a filing that cannot be true: a later phase before the phase it follows was filed, or earlier than
   * that filing. The time checks that need the incident (not in the future) are the caller's.
   */
  async assertFileable(manager: EntityManager, incidentId: string, key: string, sentAt: Date): Promise<void> {
    const clocks = await this.repository.ofIncident(manager, incidentId);
    const clock = clocks.find((c) => c.key === key);
    if (!clock) throw DomainError.notFound('clock', key);
    const previous = previousPhaseOf(clock, clocks);
    if (previous && !previous.metAt) throw new DomainError('INVALID_TRANSITION', `${previous.key} must be filed before ${key}`);
    if (previous?.metAt && sentAt < previous.metAt) {
      throw DomainError.invalid([
        { field: 'sentAt', problem: `must not be earlier than the ${previous.key} filing (${previous.metAt.toISOString()})` },
      ]);
    }
  }

  private async recordFiling(manager: EntityManager, actor: Actor, clock: Clock, sentAt: Date, filing: FilingRecord): Promise<void> {
    const row = this.repository.createFiling({
      clockId: clock.id,
      incidentId: clock.incidentId,
      sentAt,
      channel: filing.channel,
      externalReference: filing.externalReference,
      recordedBy: actor.id,
      recordedAt: this.time.now(),
    });
    await this.repository.insertFiling(manager, row);
    await this.audit.record(manager, actor, {
      action: 'clock.filing_recorded',
      entityType: 'clock',
      entityId: clock.id,
      before: null,
      after: { key: clock.key, ...row },
    });
  }

  /** The phases counting from a filing move to their new deadlines; their pending alerts are re-planned. */
  private async replanFollowingPhases(manager: EntityManager, actor: Actor, incidentId: string): Promise<void> {
    const clocks = await this.repository.lockOfIncident(manager, incidentId);
    const planned = replanFilingPhases(clocks, await this.filingTimes(manager, clocks));
    const moved: Clock[] = [];
    for (const { key, startsAt, dueAt } of planned) {
      const before = clocks.find((c) => c.key === key)!;
      if (isStopped(before) || before.dueAt.getTime() === dueAt.getTime()) continue;
      await this.repository.update(manager, before.id, { startsAt, dueAt });
      const after = { ...before, startsAt, dueAt };
      await this.audit.record(manager, actor, { action: 'clock.changed', entityType: 'clock', entityId: before.id, before, after });
      moved.push(after);
    }
    await this.escalation.cancelPending(
      manager,
      moved.map((c) => c.id),
    );
    await this.escalation.plan(manager, moved.filter(isRunningDuty));
  }

  /** When each clock was first met and last filed: the later phases count from these. */
  private async filingTimes(manager: EntityManager, clocks: Clock[]): Promise<Pick<ClockInput, 'metAt' | 'lastFiledAt'>> {
    const metAt = Object.fromEntries(clocks.flatMap((c) => (c.metAt ? [[c.key, c.metAt]] : [])));
    if (!clocks.length) return { metAt, lastFiledAt: {} };
    const last = await this.repository.lastFiledAt(
      manager,
      clocks.map((c) => c.id),
    );
    const keyOf = new Map(clocks.map((c) => [c.id, c.key]));
    return { metAt, lastFiledAt: Object.fromEntries([...last].map(([clockId, at]) => [keyOf.get(clockId)!, at])) };
  }

  /** The escalation dispatcher's read of clocks (notifications' port): locked with SKIP LOCKED, so instances share the work. */
  lockForAlerts(manager: EntityManager, clockIds: string[]): Promise<Clock[]> {
    return this.repository.lockSkippingLocked(manager, clockIds);
  }

  /** A DPO records, with a reason, that a clock needs no notice; its reminders stop. */
  async recordNotRequired(actor: Actor, incidentId: string, key: string, reason: string): Promise<ClockView> {
    return this.repository.transaction(async (manager) => {
      const before = await this.lockClock(manager, incidentId, key);
      if (before.metAt) throw new DomainError('INVALID_TRANSITION', `clock ${key} was already met`);
      const after = await this.repository.save(manager, { ...before, notRequiredReason: reason, stoppedBy: actor.id });
      await this.audit.record(manager, actor, { action: 'clock.not_required', entityType: 'clock', entityId: before.id, before, after });
      await this.escalation.cancelPending(manager, [before.id]);
      return this.clockOf(manager, incidentId, key);
    });
  }

  /** Stops every clock of an incident that turned out not to be a personal-data breach. */
  async stopAll(manager: EntityManager, actor: Actor, incidentId: string, reason: string): Promise<void> {
    const clocks = await this.repository.lockOfIncident(manager, incidentId);
    const running = clocks.filter((c) => !isStopped(c));
    for (const before of running) {
      const after = await this.repository.save(manager, { ...before, notRequiredReason: reason, stoppedBy: actor.id });
      await this.audit.record(manager, actor, { action: 'clock.not_required', entityType: 'clock', entityId: before.id, before, after });
    }
    await this.escalation.cancelPending(
      manager,
      running.map((c) => c.id),
    );
  }

  async clocksOf(incidentId: string, manager?: EntityManager): Promise<ClockView[]> {
    return (await this.clocksOfMany([incidentId], manager)).get(incidentId) ?? [];
  }

  /** Every clock of these incidents, in one query, by incident, soonest deadline first. */
  async clocksOfMany(incidentIds: string[], manager?: EntityManager): Promise<Map<string, ClockView[]>> {
    const byIncident = new Map<string, ClockView[]>();
    if (!incidentIds.length) return byIncident;
    const clocks = await this.repository.ofIncidents(incidentIds, manager);
    const filings = await this.repository.filingsOfIncidents(incidentIds, manager);
    const now = this.time.now();
    for (const clock of clocks) {
      const own = filings.filter((f) => f.clockId === clock.id);
      byIncident.set(clock.incidentId, [...(byIncident.get(clock.incidentId) ?? []), this.view(clock, own, now)]);
    }
    return byIncident;
  }

  /**
   * Of each of these incidents, the clock still owing with the soonest deadline (a missed one is always sooner
   * than a running one), for the console's board: one row per incident, without the filings and the local-time
   * wording a full view makes (most of the board's answer time with a thousand rows).
   */
  async mostUrgentOwing(incidentIds: string[]): Promise<Map<string, OwingClock>> {
    if (!incidentIds.length) return new Map();
    const now = this.time.now();
    const clocks = await this.repository.mostUrgentOwing(incidentIds);
    return new Map(
      clocks.map((clock) => [
        clock.incidentId,
        {
          key: clock.key,
          legalBasis: clock.legalBasis,
          recipient: clock.recipient,
          dueAt: clock.dueAt.toISOString(),
          state: owingState(clock.dueAt, now),
        },
      ]),
    );
  }

  /** After the transaction that planned alerts commits, the scheduler re-reads when to wake. */
  afterCommit(): void {
    this.wake.emit('steps');
  }

  private view(clock: Clock, filings: ClockFiling[], now: Date): ClockView {
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
      filings: filings.map((f) => ({
        id: f.id,
        sentAt: f.sentAt.toISOString(),
        channel: f.channel,
        externalReference: f.externalReference,
        recordedBy: f.recordedBy,
        recordedAt: f.recordedAt.toISOString(),
      })),
    };
  }

  private async lockClock(manager: EntityManager, incidentId: string, key: string): Promise<Clock> {
    const clock = await this.repository.lockOne(manager, incidentId, key);
    if (!clock) throw DomainError.notFound('clock', key);
    return clock;
  }
}

function clockInput(
  inputs: NewIncidentClocks,
  settings: OrganisationSettings,
  filed: Pick<ClockInput, 'metAt' | 'lastFiledAt'>,
): ClockInput {
  const { facts } = inputs;
  return {
    awareAt: facts.awareAt,
    role: facts.role,
    roles: incidentRoles(facts),
    affectedControllers: facts.affectedControllers,
    sectors: facts.sectors ?? settings.sectors,
    crossBorder: facts.crossBorder,
    assessment: inputs.decision,
    highRiskSince: inputs.highRiskSince,
    ...filed,
    settings: { authority: 'ANSPDCP', dataSubjectsHours: settings.dataSubjectsHours, leadAuthority: settings.leadAuthority ?? undefined },
    regime: facts.regime,
    dataCategories: facts.dataCategories,
    classifications: {
      nis2: facts.nis2Classification && {
        significant: facts.nis2Classification.significant,
        classifiedAt: new Date(facts.nis2Classification.classifiedAt),
      },
      dora: facts.doraClassification && {
        major: facts.doraClassification.major,
        classifiedAt: new Date(facts.doraClassification.classifiedAt),
      },
    },
  };
}

function startedLine(clock: Clock): AuditRecord {
  return { action: 'clock.started', entityType: 'clock', entityId: clock.id, before: null, after: clock };
}

/** The phase a clock counts from, when it counts from an earlier filing (its start is that phase's filing or deadline). */
function previousPhaseOf(clock: Clock, clocks: Clock[]): Clock | undefined {
  const previous = phaseCountedFrom(clock.regime);
  return previous === undefined ? undefined : clocks.find((c) => c.key === previous);
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
