import { Body, Controller, HttpCode, Post, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { IncidentsService } from '../incidents/incidents.service.js';
import { NoticesService } from '../notices/notices.service.js';
import { noticeDecisionMessage, type SlackAnswer } from './command-answers.js';
import { justificationErrors, justificationOf, newIncidentErrors, rejectReasonErrors, rejectReasonOf } from './form-input.js';
import { incidentLoggedView, messageView } from './form-modals.js';
import { errorSentence } from './slack-sentences.js';
import { SlackActorService } from './slack-actor.service.js';
import { SlackCommandsService } from './slack-commands.service.js';
import { SlackFollowUps } from './slack-follow-ups.service.js';
import { INTERACTION_ANSWER, INTERACTION_FORM } from './slack-openapi.dto.js';
import { interactionOf, type SlackInteraction } from './slack-requests.js';
import { SlackFormGuard } from './slack-form.guard.js';
import { SlackReplayInterceptor } from './slack-replay.interceptor.js';
import { SlackSignatureGuard } from './slack-signature.guard.js';

type ViewSubmissionAnswer =
  | { response_action: 'update'; view: unknown }
  | { response_action: 'errors'; errors: Record<string, string> }
  | { response_action: 'clear' };
type Clicked = Extract<SlackInteraction, { kind: 'approve_clicked' | 'reject_clicked' }>;
type Submitted<Kind extends SlackInteraction['kind']> = Extract<SlackInteraction, { kind: Kind }>;

/**
 * Forms submitted and buttons pressed in Slack. A form's answer is the HTTP response; a button's outcome
 * goes to its response_url after the acknowledgement.
 */
@ApiTags('slack')
@Public()
@UseGuards(SlackSignatureGuard, SlackFormGuard)
@UseInterceptors(SlackReplayInterceptor)
@Controller('slack')
export class SlackInteractionsController {
  constructor(
    private readonly actors: SlackActorService,
    private readonly commands: SlackCommandsService,
    private readonly notices: NoticesService,
    private readonly incidents: IncidentsService,
    private readonly followUps: SlackFollowUps,
  ) {}

  @Post('interactions')
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Slack’s signed interactions: the new-incident form, Approve / Reject on approval requests' })
  @ApiBody({ schema: INTERACTION_FORM })
  @ApiOkResponse({ schema: INTERACTION_ANSWER })
  async interaction(@Body() body: Record<string, unknown>): Promise<ViewSubmissionAnswer | undefined> {
    const interaction = interactionOf(body);
    switch (interaction.kind) {
      case 'new_incident_submitted':
        return this.logIncident(interaction);
      case 'reject_reason_submitted':
        return this.rejectWithReason(interaction);
      case 'approve_clicked':
        this.followUps.respond(interaction.responseUrl, () => this.approve(interaction));
        return undefined;
      case 'reject_clicked':
        this.followUps.respond(interaction.responseUrl, () => this.openRejectForm(interaction));
        return undefined;
      case 'confirm_clicked':
        this.followUps.respond(interaction.confirming.responseUrl, () => this.openConfirmForm(interaction));
        return undefined;
      case 'confirm_justification_submitted':
        return this.confirmDowngrade(interaction);
      case 'ignored':
        return undefined;
    }
  }

  private logIncident({ user, values }: Submitted<'new_incident_submitted'>): Promise<ViewSubmissionAnswer> {
    return answerForm(async () => {
      const caller = await this.actors.authorise(user, 'reporter');
      const incident = await this.commands.logIncident(caller.actor, values);
      return { response_action: 'update', view: incidentLoggedView(incident.reference, incident.title) };
    }, newIncidentErrors);
  }

  private rejectWithReason({ user, values, rejecting }: Submitted<'reject_reason_submitted'>): Promise<ViewSubmissionAnswer> {
    return answerForm(async () => {
      const caller = await this.actors.authorise(user, 'dpo');
      const reason = rejectReasonOf(values);
      const { notice } = await this.notices.reject(caller.actor, rejecting.noticeId, reason);
      const outcome = noticeDecisionMessage(notice, 'rejected', user.id, reason);
      this.followUps.respond(rejecting.responseUrl, async () => ({ replace_original: true, ...outcome }));
      return { response_action: 'clear' };
    }, rejectReasonErrors);
  }

  /** The button carries the version and hash it was posted with: an edit since then is refused, not approved. */
  private async approve({ user, noticeId, read }: Clicked): Promise<SlackAnswer> {
    const caller = await this.actors.authorise(user, 'dpo');
    const notice = await this.commands.approve(caller.actor, noticeId, read ?? {});
    return { replace_original: true, ...noticeDecisionMessage(notice, 'approved', user.id) };
  }

  /** Only a DPO gets the justification form for a pending downgrade; anyone else hears why not. */
  private async openConfirmForm({ user, confirming, triggerId }: Submitted<'confirm_clicked'>): Promise<null> {
    await this.actors.authorise(user, 'dpo');
    await this.commands.openConfirmForm(triggerId, confirming);
    return null;
  }

  /** The DPO's justification confirms the pending version; the message loses its button and says who confirmed. */
  private confirmDowngrade({ user, values, confirming }: Submitted<'confirm_justification_submitted'>): Promise<ViewSubmissionAnswer> {
    return answerForm(async () => {
      const caller = await this.actors.authorise(user, 'dpo');
      const justification = justificationOf(values);
      const incident = await this.incidents.confirmDowngrade(caller.actor, confirming.incidentId, confirming.version, justification);
      const text = `🔽 Assessment version ${confirming.version} of ${incident.reference} was confirmed by <@${user.id}>: ${justification}`;
      this.followUps.respond(confirming.responseUrl, async () => ({ replace_original: true, text }));
      return { response_action: 'clear' };
    }, justificationErrors);
  }

  /** Only a DPO gets the form; anyone else hears why not. */
  private async openRejectForm({ user, noticeId, triggerId, responseUrl }: Clicked): Promise<null> {
    await this.actors.authorise(user, 'dpo');
    await this.commands.openRejectForm(triggerId, { noticeId, responseUrl });
    return null;
  }
}

/** A form that cannot be accepted stays open: bad fields are marked, any other refusal replaces the form with its sentence. */
async function answerForm(
  work: () => Promise<ViewSubmissionAnswer>,
  fieldErrors: (problems: FieldProblem[]) => Record<string, string>,
): Promise<ViewSubmissionAnswer> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === 'INVALID_INPUT' && error.problems.length) return { response_action: 'errors', errors: fieldErrors(error.problems) };
    return { response_action: 'update', view: messageView('Not done', errorSentence(error)) };
  }
}
