import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { ClocksService, type ClockView } from '../clocks/clocks.service.js';
import { controllerClockKey, noticeClockKey } from '../clocks/rules/compute-clocks.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AssessmentsService, assessmentView } from '../incidents/assessments.service.js';
import { Incident, incidentFacts } from '../incidents/incident.entity.js';
import { isInTheFuture } from '../incidents/timeline.js';
import { outboxIncident } from '../notifications/escalation-message.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { organisationSettingStillDefault } from '../organisation/organisation.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import type { AffectedController } from '../risk/facts.js';
import { contentHash, transition, type NoticeCommand, type TransitionResult } from './lifecycle/index.js';
import { NoticeVersion } from './notice-version.entity.js';
import { Notice } from './notice.entity.js';
import {
  isLateAuthorityNotice,
  NOTICE_IDENTITY_FIELDS,
  renderNotice,
  unfilledPlaceholders,
  withIdentityBlanks,
  withReasonsForDelay,
  type NoticeClock,
  type NoticeInput,
  type NoticeKind,
  type NoticeLanguage,
  type SupplementedNotification,
} from './render/index.js';

/** Letters to the people, whose sent record says how many they reached. */
const LETTER_KINDS: readonly NoticeKind[] = ['data_subjects'];
/** Notices to ANSPDCP, which say how the people were informed. */
const AUTHORITY_KINDS: readonly NoticeKind[] = ['authority'];

/** A notice with what is worked out when it is read: whether it is a late authority notice. */
export interface NoticeResult {
  notice: Notice;
  late: boolean;
}

export interface NewNotice {
  kind: NoticeKind;
  language: NoticeLanguage;
  supplementTo?: string;
  controllerIndex?: number;
  signatory?: { name: string; position: string };
}

export interface NoticeEdit {
  body?: string;
  reasonsForDelay?: string;
}

export interface SentRecord {
  sentAt: string;
  channel: string;
  externalReference: string;
  recipientCount?: number;
}

/** What the DPO read: the approval holds for exactly this text. */
export interface ApprovalRequest {
  version: number;
  bodyHash: string;
  /** Only when the organisation allows single-person approval and the approver wrote the text. */
  singlePersonReason?: string;
}

type SentNotice = Notice & { sentAt: Date; externalReference: string; channel: string };

const NO_APPROVAL = { approvedVersion: null, approvedHash: null, approvedBy: null, approvedAt: null, approvedSinglePersonReason: null } as const;

@Injectable()
export class NoticesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
    private readonly assessments: AssessmentsService,
    private readonly clocks: ClocksService,
    private readonly organisation: OrganisationService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A first draft, written from the incident's facts, its latest assessment, the organisation and the clocks. */
  async create(actor: Actor, incidentId: string, request: NewNotice): Promise<NoticeResult> {
    assertOptionsFitKind(request);
    return this.dataSource.transaction(async (manager) => {
      const incident = await manager.getRepository(Incident).findOne({ where: { id: incidentId }, lock: { mode: 'pessimistic_read' } });
      if (!incident) throw DomainError.notFound('incident', incidentId);
      assertOpen(incident);
      const controllers = incident.facts.affectedControllers ?? [];
      const controllerIndex = addressedControllerIndex(controllers, request.controllerIndex);
      assertKindFitsRole(incident, request.kind);
      const recipient = request.kind === 'controller' ? controllers[controllerIndex] : undefined;
      const supplemented = request.supplementTo ? await this.supplementedNotice(manager, incidentId, request.supplementTo) : null;
      const now = this.time.now();
      const clocks = await this.clocks.clocksOf(incidentId, manager);
      const clockKey =
        request.kind === 'controller'
          ? controllerClockKey(controllers.length === 0 ? null : controllerIndex)
          : noticeClockKey(request.kind, clocks, supplemented !== null);
      const late = request.kind === 'authority' && isLateAuthorityNotice({ clockKey, clocks: clocks.map(noticeClock), at: now, supplementTo: supplemented ?? undefined });
      const input = await this.renderInput(manager, incident, now, clocks, {
        kind: request.kind,
        language: request.language,
        late,
        supplementTo: supplemented ? supplementedNotification(supplemented) : undefined,
        recipientController: recipient,
        signatory: request.signatory,
      });
      const rendered = renderNotice(input);
      const repository = manager.getRepository(Notice);
      const notice = await repository.save(
        repository.create({
          incidentId,
          kind: request.kind,
          language: request.language,
          state: 'draft',
          version: 1,
          title: rendered.title,
          body: rendered.markdown,
          bodyHash: contentHash(rendered.markdown),
          reasonsForDelay: null,
          clockKey,
          supplementTo: supplemented?.id ?? null,
          ...NO_APPROVAL,
          rejectedReason: null,
          sentAt: null,
          channel: null,
          externalReference: null,
          organisationSnapshot: input.supplementTo?.organisation ?? input.organisation,
          factsSnapshot: input.incident,
          recipientCount: null,
          createdBy: actor.id,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.keepVersion(manager, actor, notice, now);
      await this.audit.record(manager, actor, { action: 'notice.created', entityType: 'notice', entityId: notice.id, after: notice });
      return { notice, late: await this.isLate(manager, notice, now) };
    });
  }

  async get(id: string): Promise<NoticeResult> {
    const notice = await this.find(this.dataSource.manager, id);
    return { notice, late: await this.isLate(this.dataSource.manager, notice, this.time.now()) };
  }

  async listForIncident(incidentId: string): Promise<NoticeResult[]> {
    const manager = this.dataSource.manager;
    if (!(await manager.getRepository(Incident).existsBy({ id: incidentId }))) throw DomainError.notFound('incident', incidentId);
    const notices = await manager.getRepository(Notice).find({ where: { incidentId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const now = this.time.now();
    return Promise.all(notices.map(async (notice) => ({ notice, late: await this.isLate(manager, notice, now) })));
  }

  async versions(id: string): Promise<NoticeVersion[]> {
    await this.find(this.dataSource.manager, id);
    return this.dataSource.getRepository(NoticeVersion).find({ where: { noticeId: id }, order: { version: 'ASC' } });
  }

  /** The notice and the reference of its incident, which names the document. */
  async forDocument(id: string): Promise<{ notice: Notice; incidentReference: string }> {
    const notice = await this.find(this.dataSource.manager, id);
    const incident = await this.dataSource.getRepository(Incident).findOneByOrFail({ id: notice.incidentId });
    return { notice, incidentReference: incident.reference };
  }

  /** Any edit sends the notice back to draft and voids an approval: the DPO approves a text, not a notice. */
  async edit(actor: Actor, id: string, edit: NoticeEdit): Promise<NoticeResult> {
    if (edit.body === undefined && edit.reasonsForDelay === undefined) {
      throw DomainError.invalid([{ field: 'body', problem: 'or reasonsForDelay must be given' }]);
    }
    return this.command(actor, id, 'notice.edited', (before) => ({ type: 'edit', body: edit.body ?? before.body }), async (before, { manager, now }) => {
      if (edit.reasonsForDelay !== undefined && before.kind !== 'authority') {
        throw DomainError.invalid([{ field: 'reasonsForDelay', problem: 'applies only to an authority notice (Art. 33(1))' }]);
      }
      const edited = edit.body ?? before.body;
      const body = edit.reasonsForDelay === undefined ? edited : withReasonsForDelay(edited, before.language, edit.reasonsForDelay, before.reasonsForDelay, before.clockKey);
      const changes = {
        version: before.version + 1,
        body,
        bodyHash: contentHash(body),
        reasonsForDelay: edit.reasonsForDelay ?? before.reasonsForDelay,
        ...NO_APPROVAL,
      };
      await this.keepVersion(manager, actor, { ...before, ...changes }, now);
      return changes;
    });
  }

  /** Submitted for approval: the DPOs are asked (in Slack, when it is on) in the same transaction. */
  async submit(actor: Actor, id: string): Promise<NoticeResult> {
    const result = await this.command(actor, id, 'notice.submitted', () => ({ type: 'submit' }), async (before, { manager }) => {
      await this.requestApproval(manager, actor, before);
      return { rejectedReason: null };
    });
    this.outbox.afterCommit();
    return result;
  }

  private async requestApproval(manager: EntityManager, actor: Actor, notice: Notice): Promise<void> {
    const incident = await manager.getRepository(Incident).findOneByOrFail({ id: notice.incidentId });
    const documentPath = `/api/v1/notices/${notice.id}/document?format=html`;
    await this.outbox.enqueue(manager, incident.id, {
      type: 'approval_request',
      incident: outboxIncident(incident),
      notice: { id: notice.id, kind: notice.kind, language: notice.language, version: notice.version, bodyHash: notice.bodyHash, late: await this.isLate(manager, notice, this.time.now()) },
      submittedBy: actor.name,
      mentions: await this.outbox.dpoSlackIds(manager),
      documentLink: `${this.config.publicUrl ?? ''}${documentPath}`,
    });
  }

  /**
   * Records the exact version and words the DPO approved: the version and hash they read must still be the
   * notice's (an edit since answers NOTICE_CHANGED), and the approver must not have written it (four eyes).
   */
  async approve(actor: Actor, id: string, approval: ApprovalRequest): Promise<NoticeResult> {
    const commandFor = (before: Notice): NoticeCommand => {
      assertUnchangedSince(before, approval);
      return { type: 'approve' };
    };
    return this.command(actor, id, 'notice.approved', commandFor, async (before, { manager, now }) => {
      const blanks = unfilledPlaceholders(before.body);
      if (blanks.length) {
        throw DomainError.invalid([{ field: 'body', problem: `still has blanks to fill in before approval: ${blanks.join(', ')}` }]);
      }
      const approvedSinglePersonReason = await this.singlePersonReason(manager, actor, before, approval);
      return { approvedVersion: before.version, approvedHash: contentHash(before.body), approvedBy: actor.id, approvedAt: now, approvedSinglePersonReason };
    });
  }

  /** The hash of one version of the body, for a caller (Slack) that names the version the DPO read. */
  async versionHash(id: string, version: number): Promise<string | null> {
    const kept = await this.dataSource.getRepository(NoticeVersion).findOneBy({ noticeId: id, version });
    return kept?.bodyHash ?? null;
  }

  /**
   * Four eyes: whoever drafted the notice or wrote this version may not approve it, unless the organisation
   * allows single-person approval, and then the approval says so, with a reason (null: two people).
   */
  private async singlePersonReason(manager: EntityManager, actor: Actor, notice: Notice, approval: ApprovalRequest): Promise<string | null> {
    const current = await manager.getRepository(NoticeVersion).findOneByOrFail({ noticeId: notice.id, version: notice.version });
    const wroteIt = notice.createdBy === actor.id || current.createdBy === actor.id;
    if (!wroteIt) {
      if (approval.singlePersonReason !== undefined) {
        throw DomainError.invalid([{ field: 'singlePersonReason', problem: 'is only for approving a text you drafted or edited yourself' }]);
      }
      return null;
    }
    const { singlePersonApproval } = await this.organisation.get(manager);
    if (!singlePersonApproval?.allowed) {
      throw new DomainError(
        'FOUR_EYES',
        `You drafted or last edited version ${notice.version} of this notice, so another DPO must approve it (four eyes). Nothing was changed.`,
      );
    }
    if (approval.singlePersonReason === undefined) {
      throw DomainError.invalid([
        { field: 'singlePersonReason', problem: 'is required: you drafted or edited this version, and a single-person approval must say why' },
      ]);
    }
    return approval.singlePersonReason;
  }

  async reject(actor: Actor, id: string, reason: string): Promise<NoticeResult> {
    return this.command(actor, id, 'notice.rejected', () => ({ type: 'reject', reason }), () => ({ rejectedReason: reason }));
  }

  /** The approved text went out: record how, and stop the clock it meets (met, or met late). */
  async markSent(actor: Actor, id: string, record: SentRecord): Promise<NoticeResult> {
    const sentAt = new Date(record.sentAt);
    const result = await this.command(actor, id, 'notice.sent', () => ({ type: 'mark_sent' }), async (before, { manager, now }) => {
      assertSendable(before, sentAt, now);
      if (record.recipientCount !== undefined && !LETTER_KINDS.includes(before.kind)) {
        throw DomainError.invalid([{ field: 'recipientCount', problem: 'applies only to a letter to the people (kind data_subjects or eprivacy_subscribers)' }]);
      }
      const clockKeys = (await this.clocks.clocksOf(before.incidentId, manager)).map((clock) => clock.key);
      const filing = { channel: record.channel, externalReference: record.externalReference };
      if (clockKeys.includes(before.clockKey)) await this.clocks.markMet(manager, actor, before.incidentId, before.clockKey, sentAt, filing);
      const incident = await manager.getRepository(Incident).findOneByOrFail({ id: before.incidentId });
      await this.outbox.enqueue(manager, incident.id, {
        type: 'incident_update',
        incident: outboxIncident(incident),
        update: 'notice_sent',
        summary: `The ${before.kind.replace('_', ' ')} notice (${before.language}, version ${before.version}) was sent via ${record.channel}, reference ${record.externalReference}; its clock ${before.clockKey} is met.`,
        by: actor.name,
      });
      return { sentAt, channel: record.channel, externalReference: record.externalReference, recipientCount: record.recipientCount ?? null };
    });
    this.clocks.afterCommit();
    this.outbox.afterCommit();
    return result;
  }

  /**
   * One transaction per command: lock the notice, ask the lifecycle, apply the changes, audit. A wrong
   * state is reported before anything about the input.
   */
  private async command(
    actor: Actor,
    id: string,
    action: string,
    commandFor: (before: Notice) => NoticeCommand,
    changesFor: (before: Notice, context: { manager: EntityManager; now: Date }) => Partial<Notice> | Promise<Partial<Notice>>,
  ): Promise<NoticeResult> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockNotice(manager, id);
      // Shared with other notice commands, exclusive of a close: no notice changes once the incident is closed.
      assertOpen(await manager.getRepository(Incident).findOneOrFail({ where: { id: before.incidentId }, lock: { mode: 'pessimistic_read' } }));
      const now = this.time.now();
      const snapshot = { state: before.state, kind: before.kind, late: await this.isLate(manager, before, now), reasonsForDelay: before.reasonsForDelay };
      const outcome = transition(snapshot, commandFor(before));
      if (!outcome.ok) throw refusal(outcome);
      const changes = await changesFor(before, { manager, now });
      const after = await manager.getRepository(Notice).save({ ...before, ...changes, state: outcome.state, updatedAt: now });
      await this.audit.record(manager, actor, { action, entityType: 'notice', entityId: id, before, after });
      return { notice: after, late: await this.isLate(manager, after, now) };
    });
  }

  private async find(manager: EntityManager, id: string): Promise<Notice> {
    return found(await manager.getRepository(Notice).findOneBy({ id }), id);
  }

  /** Row lock for the rest of the transaction: commands on one notice apply one after another. */
  private async lockNotice(manager: EntityManager, id: string): Promise<Notice> {
    return found(await manager.getRepository(Notice).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }), id);
  }

  private async keepVersion(manager: EntityManager, actor: Actor, notice: Notice, at: Date): Promise<void> {
    await manager.getRepository(NoticeVersion).insert({
      noticeId: notice.id,
      version: notice.version,
      body: notice.body,
      bodyHash: notice.bodyHash,
      reasonsForDelay: notice.reasonsForDelay,
      createdBy: actor.id,
      createdAt: at,
    });
  }

  /** Judged when the notice is sent, or now while it is not, on the deadline of the clock it meets (render/lateness.ts). */
  private async isLate(manager: EntityManager, notice: Notice, now: Date): Promise<boolean> {
    if (notice.kind !== 'authority') return false;
    const clocks = await this.clocks.clocksOf(notice.incidentId, manager);
    const supplemented = notice.supplementTo ? await manager.getRepository(Notice).findOneByOrFail({ id: notice.supplementTo }) : null;
    return isLateAuthorityNotice({
      clockKey: notice.clockKey,
      clocks: clocks.map(noticeClock),
      at: notice.sentAt ?? now,
      supplementTo: supplemented && isSent(supplemented) ? supplemented : undefined,
    });
  }

  private async supplementedNotice(manager: EntityManager, incidentId: string, id: string): Promise<SentNotice> {
    const first = await manager.getRepository(Notice).findOneBy({ id });
    if (!first || first.incidentId !== incidentId || first.kind !== 'authority') {
      throw DomainError.invalid([{ field: 'supplementTo', problem: 'must name an authority notice of this incident' }]);
    }
    if (!isSent(first)) {
      throw new DomainError(
        'CONFLICT',
        `supplementTo names notice ${id}, which is '${first.state}': a supplement completes a notification already sent (Art. 33(4))`,
      );
    }
    return first;
  }

  private async renderInput(
    manager: EntityManager,
    incident: Incident,
    now: Date,
    clocks: ClockView[],
    notice: Pick<NoticeInput, 'kind' | 'language' | 'late' | 'supplementTo' | 'recipientController' | 'signatory'>,
  ): Promise<NoticeInput> {
    const settings = await this.organisation.get(manager);
    const { name, sector, registrationCode, address, dpo } = settings;
    const unsetIdentity = NOTICE_IDENTITY_FIELDS.filter((field) => organisationSettingStillDefault(settings, field));
    const assessment = await this.assessments.latestRecord(manager, incident.id);
    return {
      ...notice,
      now,
      timeZone: this.config.displayTimeZone,
      organisation: withIdentityBlanks({ name, sector, registrationCode, address, dpo }, unsetIdentity, notice.language),
      incident: { ...incidentFacts(incident), reference: incident.reference },
      assessment: assessment ? assessmentView(assessment) : null,
      clocks: clocks.map(noticeClock),
      subjectsInformed: AUTHORITY_KINDS.includes(notice.kind) ? await this.subjectsInformed(manager, incident.id) : null,
    };
  }

  /** For the authority notice: how, when, with what letter and to how many the people were first told, once a letter has gone out. */
  private async subjectsInformed(manager: EntityManager, incidentId: string): Promise<NoticeInput['subjectsInformed']> {
    const letter = await manager
      .getRepository(Notice)
      .findOne({ where: { incidentId, kind: In([...LETTER_KINDS]), state: 'sent' }, order: { sentAt: 'ASC' } });
    if (!letter || !isSent(letter)) return null;
    return { how: letter.channel, when: letter.sentAt, count: letter.recipientCount ?? undefined, letter: { title: letter.title, version: letter.version } };
  }
}

/**
 * Art. 33(2): a processor's notice is its warning to the controllers; the Art. 33 notice to ANSPDCP and the Art. 34
 * letter are the controllers' to make, in their own names. A controller has no controller to warn.
 */
function assertKindFitsRole(incident: Incident, kind: NoticeKind): void {
  if (incident.role === 'processor' && (kind === 'authority' || kind === 'data_subjects')) {
    throw new DomainError(
      'ROLE_MISMATCH',
      `incident ${incident.reference} is a processor's: a processor does not notify ANSPDCP or write to the people in its own name (Art. 33(2)); draft the warning to each controller (kind 'controller') instead`,
    );
  }
  if (incident.role === 'controller' && kind === 'controller') {
    throw new DomainError(
      'ROLE_MISMATCH',
      `incident ${incident.reference} is a controller's: a warning to a controller (kind 'controller') is a processor's notice (Art. 33(2)); draft the notice to ANSPDCP or the letter to the people`,
    );
  }
}

/** supplementTo completes an authority notification (Art. 33(4)); controllerIndex picks a processor's controller. */
function assertOptionsFitKind({ kind, supplementTo, controllerIndex }: NewNotice): void {
  const problems = [
    ...(supplementTo !== undefined && kind !== 'authority' ? [{ field: 'supplementTo', problem: "applies only to kind 'authority' (Art. 33(4))" }] : []),
    ...(controllerIndex !== undefined && kind !== 'controller' ? [{ field: 'controllerIndex', problem: "applies only to kind 'controller'" }] : []),
  ];
  if (problems.length) throw DomainError.invalid(problems);
}

/** A controller notice goes to the first controller the incident names, unless the request picks another. */
function addressedControllerIndex(controllers: readonly AffectedController[], requested: number | undefined): number {
  if (requested === undefined || requested < controllers.length) return requested ?? 0;
  const problem = controllers.length
    ? `must be between 0 and ${controllers.length - 1}: the incident names ${controllers.length} affectedControllers`
    : 'cannot be used: the incident names no affectedControllers';
  throw DomainError.invalid([{ field: 'controllerIndex', problem }]);
}

function assertSendable(notice: Notice, sentAt: Date, now: Date): void {
  if (isInTheFuture(sentAt, now)) {
    throw DomainError.invalid([{ field: 'sentAt', problem: 'must not be in the future' }]);
  }
  if (notice.approvedAt && sentAt < notice.approvedAt) {
    throw DomainError.invalid([{ field: 'sentAt', problem: `must not be earlier than the approval (${notice.approvedAt.toISOString()})` }]);
  }
  if (notice.approvedHash !== contentHash(notice.body)) {
    throw new DomainError('CONFLICT', 'the body is no longer the text the DPO approved; submit it for approval again');
  }
}

function refusal(outcome: Extract<TransitionResult, { ok: false }>): DomainError {
  switch (outcome.code) {
    case 'INVALID_TRANSITION':
    case 'NOT_APPROVED':
      return new DomainError(outcome.code, outcome.message);
    case 'REASONS_FOR_DELAY_REQUIRED':
      return DomainError.invalid([
        {
          field: 'reasonsForDelay',
          problem: 'must be given: the notice is made after the deadline of the clock it meets (Art. 33(1) GDPR, Reg. 611/2013 Art. 2); PATCH the notice with reasonsForDelay',
        },
      ]);
    case 'REJECT_REASON_REQUIRED':
      return DomainError.invalid([{ field: 'reason', problem: 'must not be blank' }]);
  }
}

function found(notice: Notice | null, id: string): Notice {
  if (!notice) throw DomainError.notFound('notice', id);
  return notice;
}

function isSent(notice: Notice): notice is SentNotice {
  return notice.state === 'sent' && notice.sentAt !== null && notice.externalReference !== null && notice.channel !== null;
}

function sentRecordOf(notice: SentNotice): { externalReference: string; sentAt: Date } {
  return { externalReference: notice.externalReference, sentAt: notice.sentAt };
}

/** The register cannot change after closure: a closed incident's notices stay as they are. */
function assertOpen(incident: Incident): void {
  if (incident.state !== 'closed') return;
  throw new DomainError('INCIDENT_CLOSED', `Incident ${incident.reference} is closed and part of the register: its notices cannot change. Nothing was changed.`);
}

/** The approval names the text the DPO read; an edit since then (a new version, another hash) refuses it. */
function assertUnchangedSince(notice: Notice, approval: ApprovalRequest): void {
  if (notice.version === approval.version && notice.bodyHash === approval.bodyHash) return;
  const what = notice.version === approval.version ? `its body hash is no longer ${approval.bodyHash}` : `it is now at version ${notice.version}`;
  throw new DomainError(
    'NOTICE_CHANGED',
    `The notice changed since version ${approval.version} was read (${what}, hash ${notice.bodyHash}); read the current text and approve that version. Nothing was approved.`,
  );
}

/** The notification a supplement completes, with the identity and facts it was written with (JSON keeps dates as text). */
function supplementedNotification(notice: SentNotice): SupplementedNotification {
  const facts = notice.factsSnapshot;
  return {
    ...sentRecordOf(notice),
    organisation: notice.organisationSnapshot ?? undefined,
    incident: facts
      ? {
          ...facts,
          awareAt: new Date(facts.awareAt),
          occurredAt: facts.occurredAt === undefined ? undefined : new Date(facts.occurredAt),
          detectedAt: facts.detectedAt === undefined ? undefined : new Date(facts.detectedAt),
        }
      : undefined,
  };
}

function noticeClock(clock: ClockView): NoticeClock {
  return { key: clock.key, regime: clock.regime, recipient: clock.recipient, dueAt: new Date(clock.dueAt), state: clock.state };
}
