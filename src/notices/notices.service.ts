import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { ClocksService } from '../clocks/clocks.service.js';
import { controllerClockKey, noticeClockKey } from '../clocks/rules/compute-clocks.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { contentHash, transition, type NoticeCommand, type NoticeCommandType } from './lifecycle/index.js';
import { found, LETTER_KINDS, NoticeContextLoader } from './notice-context.loader.js';
import { isLate, isSent, noticeClock, type NoticeContext } from './notice-context.js';
import { approvalRequest, noticeSent } from './notice-messages.js';
import { noticeRenderInput } from './notice-render-input.js';
import {
  addressedControllerIndex,
  assertKindFitsRole,
  assertNoBlanks,
  assertOpen,
  assertOptionsFitKind,
  assertSendable,
  assertUnchangedSince,
  singlePersonReason,
  supplementedNotice,
  type ApprovalRequest,
  type Authorship,
} from './notice-rules.js';
import type { NoticeVersion } from './notice-version.entity.js';
import type { Notice } from './notice.entity.js';
import { NoticesRepository } from './notices.repository.js';
import {
  isLateAuthorityNotice,
  renderNotice,
  unfilledPlaceholders,
  withReasonsForDelay,
  type NoticeKind,
  type NoticeLanguage,
} from './render/index.js';

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

/** What each command leaves in the audit log. */
const AUDIT_ACTION: Record<NoticeCommandType, string> = {
  edit: 'notice.edited',
  submit: 'notice.submitted',
  approve: 'notice.approved',
  reject: 'notice.rejected',
  mark_sent: 'notice.sent',
};

interface CommandStep {
  manager: EntityManager;
  context: NoticeContext;
  now: Date;
}

const NO_APPROVAL = {
  approvedVersion: null,
  approvedHash: null,
  approvedBy: null,
  approvedAt: null,
  approvedSinglePersonReason: null,
  approvedWithSecondFactor: null,
} as const;

/**
 * The notice lifecycle's commands (draft, edit, submit, approve, reject, mark sent): each one transaction that reads
 * its context once (NoticeContextLoader), asks the rules and the lifecycle, then writes, audits and queues its news.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly repository: NoticesRepository,
    private readonly contexts: NoticeContextLoader,
    private readonly audit: AuditService,
    private readonly clocks: ClocksService,
    private readonly outbox: OutboxService,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For the operations gauges, inside the caller's (read-only) transaction. */
  countsByKindAndState(manager: EntityManager): Promise<{ kind: string; state: string; count: number }[]> {
    return this.repository.countsByKindAndState(manager);
  }

  /** A first draft, written from the incident's facts, its latest assessment, the organisation and the clocks. */
  async create(actor: Actor, incidentId: string, request: NewNotice): Promise<NoticeResult> {
    assertOptionsFitKind(request);
    return this.repository.transaction(async (manager) => {
      const draft = await this.contexts.forDraft(manager, incidentId, request.kind, request.supplementTo);
      const { incident, clocks } = draft;
      assertOpen(incident);
      const controllers = incident.facts.affectedControllers ?? [];
      const controllerIndex = addressedControllerIndex(controllers, request.controllerIndex);
      assertKindFitsRole(incident, request.kind);
      const supplemented = request.supplementTo ? supplementedNotice(draft.supplementTo, incidentId, request.supplementTo) : null;
      const now = this.time.now();
      const clockKey =
        request.kind === 'controller'
          ? controllerClockKey(controllers.length === 0 ? null : controllerIndex)
          : noticeClockKey(request.kind, clocks, supplemented !== null);
      const late =
        request.kind === 'authority' &&
        isLateAuthorityNotice({ clockKey, clocks: clocks.map(noticeClock), at: now, supplementTo: supplemented ?? undefined });
      const input = noticeRenderInput(
        draft,
        {
          kind: request.kind,
          language: request.language,
          late,
          supplemented,
          recipientController: request.kind === 'controller' ? controllers[controllerIndex] : undefined,
          signatory: request.signatory,
        },
        now,
        this.config.displayTimeZone,
      );
      const rendered = renderNotice(input);
      const notice = await this.repository.insert(manager, {
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
      });
      await this.keepVersion(manager, actor, notice, now);
      await this.audit.record(manager, actor, { action: 'notice.created', entityType: 'notice', entityId: notice.id, after: notice });
      return { notice, late };
    });
  }

  async get(id: string): Promise<NoticeResult> {
    const context = await this.contexts.forRead(id);
    return { notice: context.notice, late: isLate(context.notice, context, this.time.now()) };
  }

  async listForIncident(incidentId: string): Promise<NoticeResult[]> {
    const { notices, clocks } = await this.contexts.forIncident(incidentId);
    const now = this.time.now();
    // A supplement completes a notice of the same incident: it is in the list.
    const byId = new Map(notices.map((notice) => [notice.id, notice]));
    return notices.map((notice) => {
      const supplemented = notice.supplementTo ? byId.get(notice.supplementTo) : undefined;
      return { notice, late: isLate(notice, { clocks, supplemented: supplemented && isSent(supplemented) ? supplemented : null }, now) };
    });
  }

  async versions(id: string): Promise<NoticeVersion[]> {
    found(await this.repository.find(id), id);
    return this.repository.versionsOf(id);
  }

  /** The notice and the reference of its incident, which names the document. */
  async forDocument(id: string): Promise<{ notice: Notice; incidentReference: string }> {
    return this.contexts.forDocument(id);
  }

  /** The hash of one version of the body, for a caller (Slack) that names the version the DPO read. */
  async versionHash(id: string, version: number): Promise<string | null> {
    return (await this.repository.version(id, version))?.bodyHash ?? null;
  }

  /** For the console before a DPO approves: whether the four-eyes rule lets her, as the approval will check it. */
  async authorshipFor(actor: Actor, id: string): Promise<{ version: number } & Authorship> {
    return this.repository.transaction(async (manager) => {
      const notice = found(await this.repository.find(id, manager), id);
      return { version: notice.version, ...(await this.contexts.authorship(manager, notice, actor.id)) };
    });
  }

  /** Any edit sends the notice back to draft and voids an approval: the DPO approves a text, not a notice. */
  async edit(actor: Actor, id: string, edit: NoticeEdit): Promise<NoticeResult> {
    if (edit.body === undefined && edit.reasonsForDelay === undefined) {
      throw DomainError.invalid([{ field: 'body', problem: 'or reasonsForDelay must be given' }]);
    }
    const commandFor = (before: Notice): NoticeCommand => ({ type: 'edit', body: edit.body ?? before.body });
    return this.command(actor, id, 'edit', commandFor, async ({ manager, context: { notice: before }, now }) => {
      if (edit.reasonsForDelay !== undefined && before.kind !== 'authority') {
        throw DomainError.invalid([{ field: 'reasonsForDelay', problem: 'applies only to an authority notice (Art. 33(1))' }]);
      }
      const edited = edit.body ?? before.body;
      const body =
        edit.reasonsForDelay === undefined
          ? edited
          : withReasonsForDelay(edited, before.language, edit.reasonsForDelay, before.reasonsForDelay, before.clockKey);
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
    const result = await this.command(
      actor,
      id,
      'submit',
      () => ({ type: 'submit' }),
      async ({ manager, context, now }) => {
        const { notice, incident } = context;
        const asked = {
          submittedBy: actor.name,
          mentions: await this.outbox.dpoSlackIds(manager),
          publicUrl: this.config.publicUrl ?? null,
        };
        await this.outbox.enqueue(manager, incident.id, approvalRequest(incident, notice, isLate(notice, context, now), asked));
        return { rejectedReason: null };
      },
    );
    this.outbox.afterCommit();
    return result;
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
    return this.command(actor, id, 'approve', commandFor, async ({ manager, context: { notice: before }, now }) => {
      assertNoBlanks(unfilledPlaceholders(before.body));
      const approvedSinglePersonReason = singlePersonReason(before, approval, await this.contexts.authorship(manager, before, actor.id));
      return {
        approvedVersion: before.version,
        approvedHash: contentHash(before.body),
        approvedBy: actor.id,
        approvedAt: now,
        approvedSinglePersonReason,
        approvedWithSecondFactor: approval.secondFactor === true,
      };
    });
  }

  async reject(actor: Actor, id: string, reason: string): Promise<NoticeResult> {
    return this.command(
      actor,
      id,
      'reject',
      () => ({ type: 'reject', reason }),
      () => ({ rejectedReason: reason }),
    );
  }

  /** The approved text went out: record how, and stop the clock it meets (met, or met late). */
  async markSent(actor: Actor, id: string, record: SentRecord): Promise<NoticeResult> {
    const sentAt = new Date(record.sentAt);
    const result = await this.command(
      actor,
      id,
      'mark_sent',
      () => ({ type: 'mark_sent' }),
      async ({ manager, context, now }) => {
        const { notice: before, incident, clocks } = context;
        assertSendable(before, sentAt, now);
        if (record.recipientCount !== undefined && !LETTER_KINDS.includes(before.kind)) {
          throw DomainError.invalid([
            { field: 'recipientCount', problem: 'applies only to a letter to the people (kind data_subjects or eprivacy_subscribers)' },
          ]);
        }
        const sent = { channel: record.channel, externalReference: record.externalReference };
        if (clocks.some((clock) => clock.key === before.clockKey))
          await this.clocks.markMet(manager, actor, before.incidentId, before.clockKey, sentAt, sent);
        await this.outbox.enqueue(manager, incident.id, noticeSent(incident, before, sent, actor.name));
        return { sentAt, ...sent, recipientCount: record.recipientCount ?? null };
      },
    );
    this.clocks.afterCommit();
    this.outbox.afterCommit();
    return result;
  }

  /**
   * One transaction per command: the context read once (the notice locked, its incident read-shared so a close
   * waits), the lifecycle asked, the changes applied and audited. A wrong state is reported before anything about
   * the input.
   */
  private async command(
    actor: Actor,
    id: string,
    type: NoticeCommandType,
    commandFor: (before: Notice) => NoticeCommand,
    changesFor: (step: CommandStep) => Partial<Notice> | Promise<Partial<Notice>>,
  ): Promise<NoticeResult> {
    return this.repository.transaction(async (manager) => {
      const context = await this.contexts.forCommand(manager, id, type);
      const before = context.notice;
      assertOpen(context.incident);
      const now = this.time.now();
      const snapshot = {
        state: before.state,
        kind: before.kind,
        late: isLate(before, context, now),
        reasonsForDelay: before.reasonsForDelay,
      };
      const outcome = transition(snapshot, commandFor(before));
      if (!outcome.ok) throw DomainError.refusal(outcome);
      const changes = await changesFor({ manager, context, now });
      const after = await this.repository.update(manager, before, { ...changes, state: outcome.state, updatedAt: now });
      await this.audit.record(manager, actor, { action: AUDIT_ACTION[type], entityType: 'notice', entityId: id, before, after });
      return { notice: after, late: isLate(after, context, now) };
    });
  }

  private async keepVersion(manager: EntityManager, actor: Actor, notice: Notice, at: Date): Promise<void> {
    await this.repository.keepVersion(manager, {
      noticeId: notice.id,
      version: notice.version,
      body: notice.body,
      bodyHash: notice.bodyHash,
      reasonsForDelay: notice.reasonsForDelay,
      createdBy: actor.id,
      createdAt: at,
    });
  }
}
