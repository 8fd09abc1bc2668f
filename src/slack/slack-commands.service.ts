import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../audit/audit.service.js';
import { ClocksService, type ClockView } from '../clocks/clocks.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { validatedAs } from '../common/validation.js';
import { AssessmentsService } from '../incidents/assessments.service.js';
import { CreateIncidentDto } from '../incidents/create-incident.dto.js';
import type { Incident } from '../incidents/incident.entity.js';
import { IncidentsService } from '../incidents/incidents.service.js';
import type { Notice } from '../notices/notice.entity.js';
import { NoticesService } from '../notices/notices.service.js';
import { assessedAnswer, handlingMessage, type IncidentStatus } from './command-answers.js';
import { InventoryService } from '../inventory/inventory.service.js';
import { newIncidentInput, type ViewStateValues } from './form-input.js';
import { confirmDowngradeModal, newIncidentModal, rejectReasonModal } from './form-modals.js';
import type { ConfirmContext, RejectContext } from './interaction-ids.js';
import { SLACK_GATEWAY } from './outbox-sender.service.js';
import type { SlackCaller } from './slack-actor.service.js';
import type { SlackGateway } from './slack-client.js';
import { SlackFollowUps } from './slack-follow-ups.service.js';
import { SlackThreadsRepository } from './slack-threads.repository.js';

export interface OpenIncident {
  incident: Incident;
  clocks: ClockView[];
}

const PAGE_SIZE = 200;

/** What /breach and the Slack forms do that takes more than one call to the services behind them. */
@Injectable()
export class SlackCommandsService {
  constructor(
    private readonly threads: SlackThreadsRepository,
    private readonly incidents: IncidentsService,
    private readonly assessments: AssessmentsService,
    private readonly clocks: ClocksService,
    private readonly notices: NoticesService,
    private readonly followUps: SlackFollowUps,
    @Inject(SLACK_GATEWAY) private readonly gateway: SlackGateway | null,
    private readonly time: TimeSource,
    private readonly inventory: InventoryService,
  ) {}

  /** The awareness time starts at now: the person types /breach the moment they know. */
  async openNewIncidentForm(triggerId: string, title: string): Promise<void> {
    await this.slack().openView(triggerId, newIncidentModal(title, this.time.now(), await this.inventory.systemOptions()));
  }

  /** The form's answers become the intake API's body, validated as the HTTP edge validates it, then the same intake. */
  async logIncident(actor: Actor, values: ViewStateValues): Promise<Incident> {
    return (await this.incidents.create(actor, await validatedAs(CreateIncidentDto, newIncidentInput(values)))).incident;
  }

  async openIncidents(): Promise<OpenIncident[]> {
    const incidents: Incident[] = [];
    for (let page = 1; ; page += 1) {
      const { items, hasMore } = await this.incidents.list({ state: 'open', page, pageSize: PAGE_SIZE });
      incidents.push(...items);
      if (!hasMore) break;
    }
    const clocks = await this.clocks.clocksOfMany(incidents.map((incident) => incident.id));
    return incidents.map((incident) => ({ incident, clocks: clocks.get(incident.id) ?? [] }));
  }

  async statusOf(reference: string): Promise<IncidentStatus> {
    const incident = await this.incidents.getByReference(reference);
    const [assessment, clocks, notices] = await Promise.all([
      this.assessments.latest(incident.id),
      this.clocks.clocksOf(incident.id),
      this.notices.listForIncident(incident.id),
    ]);
    return { incident, assessment, clocks, notices: notices.map(({ notice }) => notice) };
  }

  /** Records, as an audited note, who handles the incident; after the answer, says so in its Slack thread. */
  /** The same acknowledgement as the console's button: the first is kept, a later one by another person is a take-over. */
  async acknowledge(
    caller: SlackCaller,
    reference: string,
  ): Promise<{ incident: Incident; inThread: boolean; takenOverFrom: string | null }> {
    const { incident, takenOverFrom } = await this.incidents.acknowledge(caller.actor, (await this.incidents.getByReference(reference)).id);
    const thread = await this.threads.threadOf(incident.id);
    if (thread) {
      const message = handlingMessage(incident.reference, caller.slackUserId);
      this.followUps.later(() => this.slack().postMessage({ channel: thread.channel, threadTs: thread.ts, ...message }));
    }
    return { incident, inThread: thread !== null, takenOverFrom };
  }

  /** Finds the incident now; the engine runs after the answer and its result goes to `responseUrl`. */
  async reassessLater(actor: Actor, reference: string, responseUrl: string): Promise<Incident> {
    const incident = await this.incidents.getByReference(reference);
    this.followUps.respond(responseUrl, async () => {
      await this.incidents.reassess(actor, incident.id);
      return assessedAnswer(incident.reference, await this.assessments.latest(incident.id));
    });
    return incident;
  }

  /**
   * Approve from Slack: the version the DPO read must be named (the button carries it with its hash; the
   * command names the version, whose kept hash is used). Without one the answer gives the current version.
   */
  async approve(actor: Actor, noticeId: string, read: { version?: number; bodyHash?: string }, reason?: string): Promise<Notice> {
    if (read.version === undefined) {
      const { notice } = await this.notices.get(noticeId);
      throw DomainError.invalid([
        {
          field: 'version',
          problem: `is needed: say which version you read. The notice is now at version ${notice.version} (body SHA-256 ${notice.bodyHash.slice(0, 12)}…); after reading it, type \`/breach approve ${notice.id} ${notice.version}\``,
        },
      ]);
    }
    const bodyHash = read.bodyHash ?? (await this.notices.versionHash(noticeId, read.version));
    if (bodyHash === null) {
      const { notice } = await this.notices.get(noticeId);
      throw DomainError.invalid([
        { field: 'version', problem: `${read.version} does not exist; the notice is at version ${notice.version}` },
      ]);
    }
    const approval = { version: read.version, bodyHash, ...(reason ? { singlePersonReason: reason } : {}) };
    return (await this.notices.approve(actor, noticeId, approval)).notice;
  }

  async confirmDowngrade(actor: Actor, reference: string, version: number, justification: string): Promise<Incident> {
    const incident = await this.incidents.getByReference(reference);
    return this.incidents.confirmDowngrade(actor, incident.id, version, justification);
  }

  async openConfirmForm(triggerId: string, confirming: ConfirmContext): Promise<void> {
    await this.slack().openView(triggerId, confirmDowngradeModal(confirming));
  }

  async openRejectForm(triggerId: string, rejecting: RejectContext): Promise<void> {
    await this.slack().openView(triggerId, rejectReasonModal(rejecting));
  }

  /** Slack requests reach here only when Slack is on (SlackSignatureGuard), so a gateway exists. */
  private slack(): SlackGateway {
    if (!this.gateway) throw new Error('Slack is off: no SLACK_BOT_TOKEN');
    return this.gateway;
  }
}
