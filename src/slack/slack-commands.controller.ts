import { Body, Controller, HttpCode, Inject, Post, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { REQUIRED_ROLE, parseBreachCommand } from './breach-command.js';
import {
  acknowledgedAnswer,
  assessingAnswer,
  ephemeral,
  helpAnswer,
  invalidCommandAnswer,
  listAnswer,
  noticeDecisionMessage,
  statusAnswer,
  type SlackAnswer,
} from './command-answers.js';
import { SlackActorService } from './slack-actor.service.js';
import { SlackCommandsService } from './slack-commands.service.js';
import { SlackErrorFilter } from './slack-error.filter.js';
import { SLASH_COMMAND_ANSWER, SLASH_COMMAND_FORM } from './slack-openapi.dto.js';
import { slashCommandOf } from './slack-requests.js';
import { SlackFormGuard } from './slack-form.guard.js';
import { SlackReplayInterceptor } from './slack-replay.interceptor.js';
import { SlackSignatureGuard } from './slack-signature.guard.js';

/** `/breach …`: Slack's signed form post, answered within Slack's 3 seconds. */
@ApiTags('slack')
@Public()
@UseGuards(SlackSignatureGuard, SlackFormGuard)
@UseInterceptors(SlackReplayInterceptor)
@UseFilters(SlackErrorFilter)
@Controller('slack')
export class SlackCommandsController {
  constructor(
    private readonly actors: SlackActorService,
    private readonly commands: SlackCommandsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('commands')
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Slack’s signed slash command: /breach help | new | list | status | ack | assess | approve' })
  @ApiBody({ schema: SLASH_COMMAND_FORM })
  @ApiOkResponse({ schema: SLASH_COMMAND_ANSWER })
  async command(@Body() body: Record<string, unknown>): Promise<SlackAnswer | undefined> {
    const slash = slashCommandOf(body);
    const command = parseBreachCommand(slash.text);
    const caller = await this.actors.authorise(slash.user, REQUIRED_ROLE[command.kind]);
    switch (command.kind) {
      case 'help':
        return helpAnswer();
      case 'invalid':
        return invalidCommandAnswer(command.problem);
      case 'new':
        // The form is the answer; Slack needs nothing more.
        await this.commands.openNewIncidentForm(slash.triggerId, command.title);
        return undefined;
      case 'list':
        return listAnswer(await this.commands.openIncidents());
      case 'status':
        return statusAnswer(await this.commands.statusOf(command.reference), this.config.displayTimeZone);
      case 'ack': {
        const { incident, inThread, takenOverFrom } = await this.commands.acknowledge(caller, command.reference);
        return acknowledgedAnswer(incident.reference, inThread, takenOverFrom);
      }
      case 'assess':
        return assessingAnswer((await this.commands.reassessLater(caller.actor, command.reference, slash.responseUrl)).reference);
      case 'confirm': {
        const incident = await this.commands.confirmDowngrade(caller.actor, command.reference, command.version, command.justification);
        return ephemeral(
          `🔽 Assessment version ${command.version} of ${incident.reference} is confirmed; the duties and clocks it drops have stopped.`,
        );
      }
      case 'approve': {
        const notice = await this.commands.approve(caller.actor, command.noticeId, { version: command.version }, command.reason);
        const { text, blocks } = noticeDecisionMessage(notice, 'approved', slash.user.id);
        return ephemeral(text, blocks);
      }
    }
  }
}
