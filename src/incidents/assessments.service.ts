import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type Actor, type AuditRecord } from '../audit/audit.service.js';
import type { ClockDecision } from '../clocks/clock.entity.js';
import { TimeSource } from '../common/time-source.js';
import { assessIncident } from '../risk/parts.js';
import type { Assessment, Decision } from '../risk/assessment.js';
import type {
  AssessmentRecord,
  DecisionRecord,
  DowngradeConfirmation,
  PendingDowngrade,
  RiskOverride,
} from './assessment-record.entity.js';
import { clockDrop, downgradeOf } from './downgrade.js';
import { Incident, incidentFacts } from './incident.entity.js';
import { IncidentsRepository } from './incidents.repository.js';

export type AssessmentTrigger = 'intake' | 'facts_changed' | 'reassess' | 'override' | 'downgrade_confirmed';
/** What makes a new version of an existing incident's assessment by running the engine again. */
type ChangeTrigger = 'facts_changed' | 'reassess';

/** The engine's result with the decision in force (a DPO override, when there is one) and its history. */
export type AssessmentView = Assessment & {
  version: number;
  trigger: AssessmentTrigger;
  /** The engine's own decision, kept beside an override. */
  engineDecision: Omit<Decision, 'notifyControllers'>;
  override: RiskOverride | null;
  /**
   * Set while this version would drop a duty and no DPO has confirmed it: the top-level decision is the one
   * still in force; `decision` here is the one waiting for the DPO.
   */
  pendingDowngrade: (PendingDowngrade & { decision: Decision; confirmPath: string }) | null;
  /** On a version made by a DPO confirming a downgrade: who, when, why. */
  confirmation: DowngradeConfirmation | null;
};

export type OverrideInput = Omit<RiskOverride, 'by' | 'byName' | 'at' | 'madeOnVersion'>;

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly repository: IncidentsRepository,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
  ) {}

  /**
   * A new incident's first assessment, to be written with the incident (IncidentsRepository.insertNew), and its
   * audit line, to be recorded once the incident's is: nothing before it to read, carry over or hold.
   */
  assessNew(actor: Actor, incident: Incident): { record: AssessmentRecord; audit: AuditRecord } {
    const now = this.time.now();
    const record = this.repository.createAssessment({
      incidentId: incident.id,
      version: 1,
      result: assessIncident(incidentFacts(incident), now),
      override: null,
      pendingDowngrade: null,
      confirmation: null,
      trigger: 'intake',
      createdBy: actor.id,
      createdAt: now,
    });
    return { record, audit: createdLine(record) };
  }

  /** Runs the engine on the incident's current facts and stores the result as a new version. */
  async reassess(manager: EntityManager, actor: Actor, incident: Incident, trigger: ChangeTrigger): Promise<AssessmentRecord> {
    const previous = await this.latestRecord(manager, incident.id);
    const now = this.time.now();
    const result = assessIncident(incidentFacts(incident), now);
    // A DPO's decision stands until the DPO changes it; it names the version it was made on.
    const override = previous?.override ?? null;
    const downgrade = previous && downgradeOf(dutyDecisionOf(previous), override ?? result);
    const record = this.repository.createAssessment({
      incidentId: incident.id,
      version: (previous?.version ?? 0) + 1,
      result,
      override,
      pendingDowngrade: downgrade && { ...downgrade, heldClocks: [] },
      confirmation: null,
      trigger,
      createdBy: actor.id,
      createdAt: now,
    });
    await this.repository.insertAssessment(manager, record);
    await this.audit.record(manager, actor, createdLine(record));
    return record;
  }

  /**
   * The clocks kept running for a version record it, and make it wait for the DPO like a dropped duty. Called
   * in the transaction that made the version, once the clocks are synced.
   */
  async holdClocks(manager: EntityManager, record: AssessmentRecord, clockKeys: string[]): Promise<AssessmentRecord> {
    if (!clockKeys.length) return record;
    const pending: PendingDowngrade = record.pendingDowngrade ?? { drops: [], held: dutyDecisionOf(record), heldClocks: [] };
    const pendingDowngrade = { ...pending, drops: [...pending.drops, ...clockKeys.map(clockDrop)], heldClocks: clockKeys };
    await this.repository.setPendingDowngrade(manager, record.id, pendingDowngrade);
    return { ...record, pendingDowngrade };
  }

  /** A DPO confirms a pending downgrade with a justification: a new version whose decision is the confirmed one. */
  async confirmDowngrade(
    manager: EntityManager,
    actor: Actor,
    pending: AssessmentRecord,
    justification: string,
  ): Promise<AssessmentRecord> {
    const now = this.time.now();
    const confirmation: DowngradeConfirmation = {
      confirmsVersion: pending.version,
      justification,
      by: actor.id,
      byName: actor.name,
      at: now.toISOString(),
    };
    const record = this.repository.createAssessment({
      incidentId: pending.incidentId,
      version: pending.version + 1,
      result: pending.result,
      override: pending.override,
      pendingDowngrade: null,
      confirmation,
      trigger: 'downgrade_confirmed',
      createdBy: actor.id,
      createdAt: now,
    });
    await this.repository.insertAssessment(manager, record);
    await this.audit.record(manager, actor, {
      action: 'assessment.downgrade_confirmed',
      entityType: 'incident',
      entityId: pending.incidentId,
      before: { version: pending.version, decision: decisionOf(pending), pendingDowngrade: pending.pendingDowngrade },
      after: { version: record.version, decision: decisionOf(record), justification },
    });
    return record;
  }

  async override(manager: EntityManager, actor: Actor, incident: Incident, input: OverrideInput): Promise<AssessmentRecord> {
    const previous = await this.latestRecord(manager, incident.id);
    const base = previous ?? (await this.reassess(manager, actor, incident, 'reassess'));
    const now = this.time.now();
    const override: RiskOverride = { ...input, by: actor.id, byName: actor.name, at: now.toISOString(), madeOnVersion: base.version };
    const record = await this.repository.saveAssessment(
      manager,
      this.repository.createAssessment({
        incidentId: incident.id,
        version: base.version + 1,
        result: base.result,
        override,
        trigger: 'override',
        createdBy: actor.id,
        createdAt: now,
      }),
    );
    await this.audit.record(manager, actor, {
      action: 'assessment.overridden',
      entityType: 'incident',
      entityId: incident.id,
      before: { version: base.version, decision: decisionOf(base) },
      after: { version: record.version, decision: decisionOf(record), justification: input.justification },
    });
    return record;
  }

  latestRecord(manager: EntityManager, incidentId: string): Promise<AssessmentRecord | null> {
    return this.repository.latestAssessment(incidentId, manager);
  }

  async latest(incidentId: string): Promise<AssessmentView | null> {
    const record = await this.repository.latestAssessment(incidentId);
    return record ? assessmentView(record) : null;
  }

  /** The latest assessment of each incident, in one query (lists). */
  async latestFor(incidentIds: string[]): Promise<Map<string, AssessmentView>> {
    if (!incidentIds.length) return new Map();
    const records = await this.repository.latestAssessments(incidentIds);
    return new Map(records.map((record) => [record.incidentId, assessmentView(record)]));
  }

  /** The decision in force of each incident, read without the assessments' reasons: for the board's thousand rows. */
  async decisionsFor(incidentIds: string[]): Promise<Map<string, ClockDecision>> {
    if (!incidentIds.length) return new Map();
    const records = await this.repository.latestDecisions(incidentIds);
    return new Map(records.map((record) => [record.incidentId, decisionOf(record)]));
  }

  async history(incidentId: string): Promise<AssessmentView[]> {
    const records = await this.repository.assessmentsOf(incidentId, 'ASC');
    return records.map(assessmentView);
  }

  /** When the decision in force first became high risk, without a break up to now. */
  async highRiskSince(manager: EntityManager, incidentId: string): Promise<Date | undefined> {
    return highRiskSince(await this.repository.assessmentsOf(incidentId, 'DESC', manager));
  }
}

function createdLine(record: AssessmentRecord): AuditRecord {
  return {
    action: 'assessment.created',
    entityType: 'incident',
    entityId: record.incidentId,
    after: { version: record.version, trigger: record.trigger, decision: decisionOf(record), pendingDowngrade: record.pendingDowngrade },
  };
}

/** Over an incident's assessments, newest first: when the unbroken run of high-risk decisions up to now began. */
export function highRiskSince(newestFirst: AssessmentRecord[]): Date | undefined {
  let since: Date | undefined;
  for (const record of newestFirst) {
    if (decisionOf(record).riskLevel !== 'high_risk') break;
    since = record.createdAt;
  }
  return since;
}

/** The decision in force: held while a downgrade waits for the DPO, else the DPO's override or the engine's. */
function dutyDecisionOf(record: DecisionRecord): Decision {
  return record.pendingDowngrade?.held ?? record.override ?? record.result;
}

export function decisionOf(record: DecisionRecord): ClockDecision {
  const source = dutyDecisionOf(record);
  return {
    riskLevel: source.riskLevel,
    notifyAuthority: source.notifyAuthority,
    notifyDataSubjects: source.notifyDataSubjects,
    overridden: record.override !== null,
  };
}

export function assessmentView(record: AssessmentRecord): AssessmentView {
  const { overridden: _overridden, ...decision } = decisionOf(record);
  return {
    // A member before the spreads: a literal that starts with a spread gets maps of its own on Node 20, which kept
    // every request's objects through a young collection (docs/benchmarks.md, eleventh session).
    engineDecision: {
      riskLevel: record.result.riskLevel,
      notifyAuthority: record.result.notifyAuthority,
      notifyDataSubjects: record.result.notifyDataSubjects,
    },
    ...record.result,
    ...decision,
    version: record.version,
    trigger: record.trigger as AssessmentTrigger,
    override: record.override,
    ...(record.pendingDowngrade?.held ?? {}),
    pendingDowngrade: record.pendingDowngrade && {
      ...record.pendingDowngrade,
      decision: pick(record.override ?? record.result),
      confirmPath: `/api/v1/incidents/${record.incidentId}/assessments/${record.version}/confirm`,
    },
    confirmation: record.confirmation ?? null,
  };
}

function pick({ riskLevel, notifyAuthority, notifyDataSubjects, notifyControllers }: Decision): Decision {
  return { riskLevel, notifyAuthority, notifyDataSubjects, ...(notifyControllers === undefined ? {} : { notifyControllers }) };
}
