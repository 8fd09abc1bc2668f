import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ClocksService } from '../clocks/clocks.service.js';
import { DomainError } from '../common/domain-error.js';
import { AssessmentsService, assessmentView } from '../incidents/assessments.service.js';
import { IncidentsService } from '../incidents/incidents.service.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import type { NoticeCommandType } from './lifecycle/index.js';
import { isSent, type DraftContext, type NoticeContext, type SentNotice } from './notice-context.js';
import type { Authorship } from './notice-rules.js';
import type { Notice } from './notice.entity.js';
import { NoticesRepository } from './notices.repository.js';
import type { NoticeKind } from './render/index.js';

/** Letters to the people, whose sent record says how many they reached. */
export const LETTER_KINDS: readonly NoticeKind[] = ['data_subjects'];

/**
 * Reads what a notice command needs once, at its start, inside its transaction: the notices' own rows from the
 * repository, the rest through the other modules' services (never their tables).
 */
@Injectable()
export class NoticeContextLoader {
  constructor(
    private readonly repository: NoticesRepository,
    private readonly incidents: IncidentsService,
    private readonly clocks: ClocksService,
    private readonly assessments: AssessmentsService,
    private readonly organisation: OrganisationService,
  ) {}

  /** The notice locked for the command, then its incident read-shared: no notice changes once the incident is closed. */
  async forCommand(manager: EntityManager, id: string, command: NoticeCommandType): Promise<NoticeContext> {
    const notice = found(await this.repository.lock(manager, id), id);
    const incident = await this.incidents.readShared(manager, notice.incidentId);
    // Only an authority notice can be late; marking any notice sent stops the clock it meets.
    const needsClocks = notice.kind === 'authority' || command === 'mark_sent';
    const clocks = needsClocks ? await this.clocks.clocksOf(notice.incidentId, manager) : [];
    return { notice, incident, clocks, supplemented: await this.supplementOf(notice, manager) };
  }

  /** A notice as read: enough to say whether it is late. */
  async forRead(id: string): Promise<Pick<NoticeContext, 'notice' | 'clocks' | 'supplemented'>> {
    const notice = found(await this.repository.find(id), id);
    const clocks = notice.kind === 'authority' ? await this.clocks.clocksOf(notice.incidentId) : [];
    return { notice, clocks, supplemented: await this.supplementOf(notice) };
  }

  /** The notice and the reference of its incident, which names the document. */
  async forDocument(id: string): Promise<{ notice: Notice; incidentReference: string }> {
    const notice = found(await this.repository.find(id), id);
    return { notice, incidentReference: (await this.incidents.get(notice.incidentId)).reference };
  }

  /** Every notice of an incident, with the clocks they are judged on, read once for all of them. */
  async forIncident(incidentId: string): Promise<Pick<NoticeContext, 'clocks'> & { notices: Notice[] }> {
    await this.incidents.get(incidentId);
    const notices = await this.repository.ofIncident(incidentId);
    const clocks = notices.some((notice) => notice.kind === 'authority') ? await this.clocks.clocksOf(incidentId) : [];
    return { notices, clocks };
  }

  /** A new draft: the incident read-shared, its clocks and latest assessment, the organisation as it is now. */
  async forDraft(manager: EntityManager, incidentId: string, kind: NoticeKind, supplementTo: string | undefined): Promise<DraftContext> {
    const incident = await this.incidents.readShared(manager, incidentId);
    const firstLetter = kind === 'authority' ? await this.repository.firstSent(manager, incidentId, LETTER_KINDS) : null;
    const latest = await this.assessments.latestRecord(manager, incidentId);
    return {
      incident,
      clocks: await this.clocks.clocksOf(incidentId, manager),
      organisation: await this.organisation.get(manager),
      assessment: latest ? assessmentView(latest) : null,
      supplementTo: supplementTo ? await this.repository.find(supplementTo, manager) : null,
      firstLetter: firstLetter && isSent(firstLetter) ? firstLetter : null,
    };
  }

  /** For an approval: who wrote the version up for it, and the organisation's setting only when the approver did. */
  async authorship(manager: EntityManager, notice: Notice, approverId: string): Promise<Authorship> {
    const current = await this.repository.version(notice.id, notice.version, manager);
    const approverWroteIt = notice.createdBy === approverId || current?.createdBy === approverId;
    const singlePersonAllowed = approverWroteIt && (await this.organisation.get(manager)).singlePersonApproval?.allowed === true;
    return { approverWroteIt, singlePersonAllowed };
  }

  private async supplementOf(notice: Notice, manager?: EntityManager): Promise<SentNotice | null> {
    if (!notice.supplementTo) return null;
    const supplemented = await this.repository.find(notice.supplementTo, manager);
    return supplemented && isSent(supplemented) ? supplemented : null;
  }
}

export function found(notice: Notice | null, id: string): Notice {
  if (!notice) throw DomainError.notFound('notice', id);
  return notice;
}
