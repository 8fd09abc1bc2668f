import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type Actor, type AuditRecord } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { yearIn } from '../common/local-time.js';
import { Metrics } from '../common/metrics.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ClocksService, type ClockView, type FilingRecord } from '../clocks/clocks.service.js';
import { DEFAULT_CONTROLLER_NOTICE_HOURS } from '../clocks/rules/compute-clocks.js';
import { outboxIncident, type OutboxIncident } from '../notifications/escalation-message.js';
import type { AlertedIncidents } from '../notifications/escalation-sources.port.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { InventoryService } from '../inventory/inventory.service.js';
import type { Assessment } from '../risk/assessment.js';
import { INVENTORY_FACTS, type IncidentDataSet, type InventoryFacts } from '../risk/facts.js';
import { assessIncident } from '../risk/parts.js';
import { factContradictions } from '../risk/validate-facts.js';
import {
  AssessmentsService,
  assessmentView,
  decisionOf,
  highRiskSince,
  type AssessmentView,
  type OverrideInput,
} from './assessments.service.js';
import type { AssessmentRecord } from './assessment-record.entity.js';
import type { CreateIncidentDto, UpdateIncidentDto } from './create-incident.dto.js';
import type { AddNoteDto, CloseIncidentDto } from './incident-commands.dto.js';
import type { ListIncidentsQuery } from './incident-query.dto.js';
import type { IncidentNote } from './incident-note.entity.js';
import { incidentSnapshot, type IncidentSnapshot } from './incident-snapshot.js';
import { Incident, incidentFacts, type OpenIncident, type StoredFacts } from './incident.entity.js';
import { IncidentsRepository, NEW_REFERENCE, type IncidentListPage } from './incidents.repository.js';
import { factsFromInventory, incidentDataSets } from './inventory-facts.js';
import { classificationProblems, isInTheFuture, timelineProblems, withoutUnknown } from './timeline.js';

export interface IncidentPage extends IncidentListPage {
  page: number;
  pageSize: number;
}

/** A new incident, with the assessment it was logged with (the answer needs it, and need not read it back). */
export interface LoggedIncident {
  incident: Incident;
  assessment: AssessmentView;
}

const REQUIRED_FACTS = ['title', 'role', 'breachTypes', 'dataCategories'] as const;
// An intake computed from stale settings is retried with fresh ones; a second change in between is a rare race.
const SETTINGS_ATTEMPTS = 3;
// As for an override: a justification the register can show, not a word.
const MIN_JUSTIFICATION = 20;

export type FilingInput = FilingRecord & { sentAt: string };

@Injectable()
export class IncidentsService implements AlertedIncidents {
  constructor(
    private readonly repository: IncidentsRepository,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
    private readonly assessments: AssessmentsService,
    private readonly clocks: ClocksService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
    private readonly inventory: InventoryService,
  ) {}

  /**
   * A new incident is one statement with no transaction around it (IncidentsRepository.insertNew, which may write it
   * with others logged at the same moment): its rows, its clocks' and alerts' rows and its audit lines commit
   * together when the statement answers.
   */
  async create(actor: Actor, input: CreateIncidentDto): Promise<LoggedIncident> {
    const now = this.time.now();
    const draft = toIncidentFields(await this.withInventory(input), now);
    this.assertCoherent(draft, now);
    const incident = this.repository.create({
      id: randomUUID(),
      state: 'open',
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closeCategory: null,
      closeReason: null,
      version: 1,
      ...draft,
    });
    const assessment = this.assessments.assessNew(actor, incident);
    const { reference: _unnumbered, ...unnumbered } = incident;
    const created: AuditRecord = {
      action: 'incident.created',
      entityType: 'incident',
      entityId: incident.id,
      after: { reference: NEW_REFERENCE, ...unnumbered },
    };
    const year = yearIn(now, this.config.displayTimeZone);
    for (let attempt = 1; ; attempt++) {
      const clocks = await this.clocks.startFor({
        incidentId: incident.id,
        facts: incidentFacts(incident),
        decision: decisionOf(assessment.record),
        highRiskSince: highRiskSince([assessment.record]),
      });
      try {
        incident.reference = await this.repository.insertNew({
          incident,
          assessment: assessment.record,
          year,
          dependants: clocks.rows,
          audit: this.audit.appendFragment(actor, [created, assessment.audit, ...clocks.audit]),
          guards: [clocks.guard],
        });
        break;
      } catch (error) {
        // The settings changed since this instance read them: nothing was written; again, by the new settings.
        if (this.clocks.settingsChanged(error) && attempt < SETTINGS_ATTEMPTS) continue;
        throw error;
      }
    }
    // Committed: the scheduler dispatches its "logged" alerts.
    this.clocks.afterCommit();
    this.metrics.incidentLogged();
    return { incident, assessment: assessmentView(assessment.record) };
  }

  /**
   * The what-if (POST /api/v1/risk/assess): the intake's own body, validated the same way (timeline included), assessed
   * and not stored. Title, description and times are checked but weigh nothing in the score.
   */
  async whatIf(input: CreateIncidentDto): Promise<Assessment> {
    const now = this.time.now();
    const fields = toIncidentFields(await this.withInventory(input), now);
    this.assertCoherent(fields, now);
    return assessIncident({ role: fields.role, ...fields.facts }, now);
  }

  async update(actor: Actor, id: string, changes: UpdateIncidentDto): Promise<Incident> {
    const now = this.time.now();
    const cleared = REQUIRED_FACTS.filter((field) => changes[field] === null);
    if (cleared.length) throw DomainError.invalid(cleared.map((field) => ({ field, problem: 'may be changed but not removed' })));
    return this.command(async (manager) => {
      const before = await this.lockOpenIncident(manager, id);
      // The data sets kept are the inventory as it was at intake; naming other systems or another role reads it again.
      const kept = changes.systems === undefined && changes.role === undefined ? before.facts.dataSets : undefined;
      const merged = toIncidentFields(await this.withInventory(mergedInput(before, changes), kept), now, before.awareAt);
      this.assertCoherent(merged, now);
      const after = await this.repository.save(manager, { ...before, ...merged, updatedAt: now });
      await this.audit.record(manager, actor, { action: 'incident.updated', entityType: 'incident', entityId: id, before, after });
      await this.reassessAndSyncClocks(manager, actor, after, 'facts_changed');
      return after;
    });
  }

  async get(id: string): Promise<Incident> {
    const incident = await this.repository.findById(id);
    if (!incident) throw DomainError.notFound('incident', id);
    return incident;
  }

  /**
   * The incident for a command of a module above (a notice's), read-shared in the caller's transaction: a close,
   * which locks it for update, waits for that command, and the command for a close.
   */
  async readShared(manager: EntityManager, id: string): Promise<IncidentSnapshot> {
    const incident = await this.repository.lockSharedById(manager, id);
    if (!incident) throw DomainError.notFound('incident', id);
    return incidentSnapshot(incident);
  }

  /** How alerts name these incidents (notifications' port), read in the dispatcher's transaction. */
  async outboxIncidents(manager: EntityManager, ids: string[]): Promise<OutboxIncident[]> {
    return (await this.repository.headsOf(manager, ids)).map(outboxIncident);
  }

  async getByReference(reference: string): Promise<Incident> {
    const incident = await this.repository.findByReference(reference.toUpperCase());
    if (!incident) throw DomainError.notFound('incident', reference);
    return incident;
  }

  async list(query: ListIncidentsQuery): Promise<IncidentPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    return { page, pageSize, ...(await this.repository.list(query, page, pageSize)) };
  }

  /** Every open incident, lean (the console's board). */
  open(): Promise<OpenIncident[]> {
    return this.repository.open();
  }

  /** The register's order (awareness, then reference), `limit` incidents after `after`: keyset batches for exports. */
  inRegisterOrder(after: Pick<Incident, 'awareAt' | 'reference'> | undefined, limit: number): Promise<Incident[]> {
    return this.repository.inRegisterOrder(after, limit);
  }

  async notes(incidentId: string): Promise<IncidentNote[]> {
    return this.repository.notesOf(incidentId);
  }

  /** `byResponder`: a closed incident takes notes from responders only (the register is otherwise read-only). */
  async addNote(actor: Actor, incidentId: string, input: AddNoteDto, byResponder = true): Promise<IncidentNote> {
    return this.command(async (manager) => {
      const incident = await this.lockIncident(manager, incidentId);
      if (incident.state === 'closed' && !byResponder) throw closedError(incident, 'only a responder may add a note to it');
      const note = await this.repository.insertNote(manager, {
        incidentId,
        author: actor.id,
        authorName: actor.name,
        body: input.body,
        createdAt: this.time.now(),
      });
      await this.audit.record(manager, actor, { action: 'incident.note_added', entityType: 'incident', entityId: incidentId, after: note });
      return note;
    });
  }

  /**
   * Someone takes the incident on. The first acknowledgement is kept (who and when, on the board); a later one by
   * another person is a take-over, recorded as a note; the same person again changes nothing. Audited each time.
   */
  async acknowledge(actor: Actor, id: string): Promise<{ incident: Incident; takenOverFrom: string | null }> {
    return this.command(async (manager) => {
      const before = await this.lockIncident(manager, id);
      if (before.state === 'closed') throw closedError(before, 'it cannot be acknowledged');
      const now = this.time.now();
      if (!before.acknowledgedBy) {
        const after = await this.repository.save(manager, {
          ...before,
          acknowledgedBy: actor.id,
          acknowledgedByName: actor.name,
          acknowledgedAt: now,
        });
        await this.audit.record(manager, actor, { action: 'incident.acknowledged', entityType: 'incident', entityId: id, before, after });
        return { incident: after, takenOverFrom: null };
      }
      const takenOverFrom = before.acknowledgedBy === actor.id ? null : before.acknowledgedByName;
      if (takenOverFrom) {
        await this.repository.insertNote(manager, {
          incidentId: id,
          author: actor.id,
          authorName: actor.name,
          body: `Taken over by ${actor.name} from ${takenOverFrom}, who acknowledged it first.`,
          createdAt: now,
        });
      }
      await this.audit.record(manager, actor, {
        action: takenOverFrom ? 'incident.taken_over' : 'incident.acknowledged',
        entityType: 'incident',
        entityId: id,
        after: { acknowledgedBy: before.acknowledgedBy, by: actor.id, at: now },
      });
      return { incident: before, takenOverFrom };
    });
  }

  async close(actor: Actor, id: string, input: CloseIncidentDto): Promise<Incident> {
    return this.command(async (manager) => {
      const before = await this.lockIncident(manager, id);
      if (before.state === 'closed') throw new DomainError('INVALID_TRANSITION', `incident ${before.reference} is already closed`);
      if (input.category === 'resolved') await this.assertNothingOwed(manager, before);
      const now = this.time.now();
      const after = await this.repository.save(manager, {
        ...before,
        state: 'closed' as const,
        closedAt: now,
        closeCategory: input.category,
        closeReason: input.reason,
        updatedAt: now,
      });
      await this.audit.record(manager, actor, { action: 'incident.closed', entityType: 'incident', entityId: id, before, after });
      // A resolved breach still owes its notices; one that was no breach at all owes none.
      if (input.category !== 'resolved')
        await this.clocks.stopAll(manager, actor, id, `incident closed as ${input.category}: ${input.reason}`);
      await this.outbox.enqueue(manager, id, {
        type: 'incident_update',
        incident: outboxIncident(after),
        update: 'closed',
        summary: `Closed as ${input.category.replace(/_/g, ' ')}: ${input.reason}`,
        by: actor.name,
      });
      return after;
    });
  }

  /** A DPO records that a clock needs no notice; a closed incident's clocks are part of the register and stay as they are. */
  async recordClockNotRequired(actor: Actor, id: string, key: string, reason: string): Promise<ClockView> {
    const incident = await this.get(id);
    if (incident.state === 'closed') throw closedError(incident, 'its clocks cannot change');
    return this.clocks.recordNotRequired(actor, id, key, reason);
  }

  /**
   * A report was made to meet a clock (any regime): recorded and audited, the clock met (late when after its
   * deadline), and the phases that count from it re-planned with their alerts, in one transaction.
   */
  async recordFiling(actor: Actor, id: string, key: string, input: FilingInput): Promise<ClockView> {
    const sentAt = new Date(input.sentAt);
    if (isInTheFuture(sentAt, this.time.now())) throw DomainError.invalid([{ field: 'sentAt', problem: 'must not be in the future' }]);
    return this.command(async (manager) => {
      const incident = await this.lockIncident(manager, id);
      // A resolved breach still owes its reports after closing (a NIS2 final report falls due a month on); one that was no breach owes none.
      if (incident.state === 'closed' && incident.closeCategory !== 'resolved') throw closedError(incident, 'its clocks cannot change');
      await this.clocks.assertFileable(manager, id, key, sentAt);
      await this.clocks.markMet(manager, actor, id, key, sentAt, { channel: input.channel, externalReference: input.externalReference });
      const clock = await this.clocks.clockOf(manager, id, key);
      const outcome = clock.late ? 'met late' : 'met';
      await this.outbox.enqueue(manager, id, {
        type: 'incident_update',
        incident: outboxIncident(incident),
        update: 'filing_recorded',
        summary: `The ${key} report (${clock.legalBasis}) to ${clock.recipient} was sent ${sentAt.toISOString()} via ${input.channel}, reference ${input.externalReference}; its clock is ${outcome}.`,
        by: actor.name,
      });
      return clock;
    });
  }

  /** Runs the engine again on the stored facts (e.g. after the method changed) and updates the clocks. */
  async reassess(actor: Actor, id: string): Promise<Incident> {
    return this.command(async (manager) => {
      const incident = await this.lockOpenIncident(manager, id);
      await this.reassessAndSyncClocks(manager, actor, incident, 'reassess');
      return incident;
    });
  }

  /** A DPO replaces the engine's decision, with a written justification; the clocks follow the new decision. */
  async overrideDecision(actor: Actor, id: string, input: OverrideInput): Promise<Incident> {
    return this.command(async (manager) => {
      const incident = await this.lockOpenIncident(manager, id);
      const record = await this.assessments.override(manager, actor, incident, input);
      await this.syncClocks(manager, actor, incident, record);
      return incident;
    });
  }

  /**
   * A DPO confirms the pending assessment `version` with a justification: its decision takes effect, and the
   * duties and clocks it drops stop. Any other version (stale, or not pending) is refused.
   */
  async confirmDowngrade(actor: Actor, id: string, version: number, justification: string): Promise<Incident> {
    if (justification.trim().length < MIN_JUSTIFICATION) {
      throw DomainError.invalid([{ field: 'justification', problem: `must say why, in at least ${MIN_JUSTIFICATION} characters` }]);
    }
    return this.command(async (manager) => {
      const incident = await this.lockOpenIncident(manager, id);
      const latest = await this.assessments.latestRecord(manager, id);
      if (!latest?.pendingDowngrade || latest.version !== version) {
        const now = latest?.pendingDowngrade ? `version ${latest.version} is the one waiting` : 'no downgrade is waiting for a DPO';
        throw new DomainError(
          'ASSESSMENT_CHANGED',
          `Assessment version ${version} of ${incident.reference} is not the pending downgrade: ${now}. Nothing was changed.`,
        );
      }
      const record = await this.assessments.confirmDowngrade(manager, actor, latest, justification);
      await this.syncClocks(manager, actor, incident, record);
      await this.outbox.enqueue(manager, id, {
        type: 'incident_update',
        incident: outboxIncident(incident),
        update: 'downgrade_confirmed',
        summary: `The DPO confirmed assessment version ${version}: ${latest.pendingDowngrade.drops.join('; ')}. Justification: ${justification}`,
        by: actor.name,
      });
      return incident;
    });
  }

  /**
   * A fact change or a re-run of the engine cannot drop a duty by itself: the decision in force, its clocks and
   * reminders stay until a DPO confirms (issue 13.3), and the DPOs are told in the same transaction.
   */
  private async reassessAndSyncClocks(
    manager: EntityManager,
    actor: Actor,
    incident: Incident,
    trigger: 'facts_changed' | 'reassess',
  ): Promise<void> {
    const record = await this.assessments.reassess(manager, actor, incident, trigger);
    const held = await this.assessments.holdClocks(manager, record, await this.syncClocks(manager, actor, incident, record, true));
    if (!held.pendingDowngrade) return;
    await this.audit.record(manager, actor, {
      action: 'assessment.downgrade_pending',
      entityType: 'incident',
      entityId: incident.id,
      after: { version: held.version, pendingDowngrade: held.pendingDowngrade },
    });
    await this.outbox.enqueue(manager, incident.id, {
      type: 'downgrade_pending',
      incident: outboxIncident(incident),
      version: held.version,
      drops: held.pendingDowngrade.drops,
      by: actor.name,
      mentions: await this.outbox.dpoSlackIds(manager),
    });
  }

  private async syncClocks(
    manager: EntityManager,
    actor: Actor,
    incident: Incident,
    record: AssessmentRecord,
    holdDrops = false,
  ): Promise<string[]> {
    if (incident.state === 'closed' && incident.closeCategory !== 'resolved') return [];
    return this.clocks.sync(manager, actor, {
      incidentId: incident.id,
      facts: incidentFacts(incident),
      decision: decisionOf(record),
      highRiskSince: await this.assessments.highRiskSince(manager, incident.id),
      holdDrops,
    });
  }

  /** One transaction per command; once it commits, the scheduler hears that alerts may have been planned. */
  private async command<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.repository.transaction(work);
    this.clocks.afterCommit();
    this.outbox.afterCommit();
    return result;
  }

  /** Row lock for the rest of the transaction: concurrent changes to one incident apply one after another. */
  private async lockIncident(manager: EntityManager, id: string): Promise<Incident> {
    const incident = await this.repository.lockById(manager, id);
    if (!incident) throw DomainError.notFound('incident', id);
    return incident;
  }

  /**
   * A closed incident is read-only, so a notice it still owes could never be sent: a breach is resolved once
   * every duty clock is met or recorded as not required by the DPO.
   */
  private async assertNothingOwed(manager: EntityManager, incident: Incident): Promise<void> {
    const owed = (await this.clocks.clocksOf(incident.id, manager)).filter(
      (clock) => clock.state === 'running' || clock.state === 'missed',
    );
    if (!owed.length) return;
    throw new DomainError(
      'INVALID_TRANSITION',
      `incident ${incident.reference} still owes ${owed.map((clock) => `${clock.key} (${clock.recipient})`).join(', ')}: send the notice, or have the DPO record it as not required, before closing it as resolved`,
    );
  }

  /** The register cannot change after closure: a closed incident refuses every change but a responder's note. */
  private async lockOpenIncident(manager: EntityManager, id: string): Promise<Incident> {
    const incident = await this.lockIncident(manager, id);
    if (incident.state === 'closed') throw closedError(incident, 'its facts and assessment cannot change');
    return incident;
  }

  /**
   * The intake's facts, with what the inventory says of the systems named for every fact the reporter left out
   * (issue #15); 400 naming role or dataCategories when neither the reporter nor the inventory gives it. `kept`: the
   * data sets an incident already holds, reused while its systems and role stay as they were.
   */
  private async withInventory(input: CreateIncidentDto, kept?: IncidentDataSet[]): Promise<IntakeInput> {
    const { systems } = input;
    let facts: CreateIncidentDto & InventoryFacts = withoutInventoryLink(input);
    if (systems?.length) {
      const dataSets = kept ?? incidentDataSets(await this.inventory.dataSetsFor(systems));
      const derivation = factsFromInventory(input, systems, dataSets);
      if (derivation.problems.length) throw DomainError.invalid(derivation.problems);
      facts = derivation.facts;
    }
    const missing = (['role', 'dataCategories'] as const).filter((field) => facts[field] === undefined || facts[field]?.length === 0);
    if (missing.length) {
      const problem = systems?.length
        ? 'is required: the data sets of the systems named give none'
        : 'is required unless systems names the systems the breach touched';
      throw DomainError.invalid(missing.map((field) => ({ field, problem })));
    }
    return facts as IntakeInput;
  }

  private assertCoherent(fields: IncidentFields, now: Date): void {
    const problems = [
      ...timelineProblems(fields, now),
      ...classificationProblems(fields.facts, now),
      ...factContradictions({ role: fields.role, ...fields.facts }),
    ];
    if (problems.length) throw DomainError.invalid(problems);
  }
}

function closedError(incident: Incident, what: string): DomainError {
  return new DomainError(
    'INCIDENT_CLOSED',
    `Incident ${incident.reference} is closed and part of the register: ${what}. Nothing was changed.`,
  );
}

type IncidentFields = Pick<Incident, 'title' | 'description' | 'role' | 'awareAt' | 'occurredAt' | 'detectedAt' | 'facts'>;

/** The intake's body once role and data categories are known, stated or from the inventory. */
type IntakeInput = CreateIncidentDto & InventoryFacts & Required<Pick<CreateIncidentDto, 'role' | 'dataCategories'>>;

/** Without systems, an incident keeps no data sets and no record of sources: its facts are all the reporter's. */
function withoutInventoryLink(input: CreateIncidentDto & InventoryFacts): CreateIncidentDto & InventoryFacts {
  if (input.systems?.length) return input;
  const { systems: _systems, dataSets: _dataSets, factSources: _sources, ...rest } = input;
  return rest;
}

/**
 * A PATCH over the stored incident. What the inventory gave is given again (from the data sets kept, or from the
 * inventory when the systems or the role change); what the PATCH states becomes the reporter's.
 */
function mergedInput(before: Incident, changes: UpdateIncidentDto): CreateIncidentDto {
  const stored: Record<string, unknown> = { ...storedInput(before) };
  // Unlinked from its systems (systems: null), an incident keeps the facts it had, now all the reporter's.
  if (changes.systems === null) return { ...stored, ...changes } as CreateIncidentDto;
  for (const fact of INVENTORY_FACTS) if (before.facts.factSources?.[fact] === 'inventory') delete stored[fact];
  return { ...stored, ...changes } as CreateIncidentDto;
}

function toIncidentFields(input: IntakeInput, now: Date, previousAwareAt?: Date): IncidentFields {
  const { title, description, role, awareAt, occurredAt, detectedAt, affectedControllers, ...rest } = input;
  const facts: StoredFacts = {
    affectedControllers: affectedControllers?.map((c) => ({ ...c, noticeHours: c.noticeHours ?? DEFAULT_CONTROLLER_NOTICE_HOURS })),
    ...rest,
  };
  return {
    title,
    description: description ?? null,
    role,
    awareAt: awareAt ? new Date(awareAt) : (previousAwareAt ?? now),
    occurredAt: occurredAt ? new Date(occurredAt) : null,
    detectedAt: detectedAt ? new Date(detectedAt) : null,
    facts: withoutUnknown(facts),
  };
}

/** The stored incident in the shape of the intake DTO, so a PATCH merges over it. */
function storedInput(incident: Incident): IntakeInput {
  const facts = incidentFacts(incident);
  return {
    ...incident.facts,
    title: facts.title,
    description: facts.description,
    role: facts.role,
    awareAt: incident.awareAt.toISOString(),
    occurredAt: incident.occurredAt?.toISOString(),
    detectedAt: incident.detectedAt?.toISOString(),
  } as IntakeInput;
}
