import { Body, Controller, Get, HttpCode, Inject, Param, ParseIntPipe, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Requires, actorOf, type Caller } from '../auth/auth.decorators.js';
import { mayActAs } from '../auth/roles.js';
import { ClocksService, type ClockView } from '../clocks/clocks.service.js';
import { sendJson } from '../common/json-bytes.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { EscalationPlanner } from '../notifications/escalation-planner.service.js';
import { AssessmentsService, assessmentView, type AssessmentView } from './assessments.service.js';
import { CreateIncidentDto, UpdateIncidentDto } from './create-incident.dto.js';
import {
  AddNoteDto,
  CloseIncidentDto,
  ConfirmDowngradeDto,
  FilingDto,
  NotRequiredDto,
  OverrideDecisionDto,
} from './incident-commands.dto.js';
import { ListIncidentsQuery } from './incident-query.dto.js';
import type { Incident } from './incident.entity.js';
import { AssessmentVersionResponse, ClockResponse, EscalationStepResponse } from './incident-responses.dto.js';
import { IncidentView, NoteView, incidentView } from './incident.view.js';
import { LIST_TOTAL_CAP } from './incidents.repository.js';
import { IncidentsService } from './incidents.service.js';

class IncidentPageView {
  @ApiProperty({ type: IncidentView, isArray: true }) items: IncidentView[];
  @ApiProperty({
    description:
      `how many incidents match, counted exactly up to ${LIST_TOTAL_CAP} (and whenever this page reaches the last one); ` +
      `when more match, ${LIST_TOTAL_CAP} and totalExact is false`,
  })
  total: number;
  @ApiProperty({ description: `false when total stopped counting at ${LIST_TOTAL_CAP}: at least that many match` })
  totalExact: boolean;
  @ApiProperty({ description: 'another page follows this one (page + 1 has incidents); page on while true' })
  hasMore: boolean;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('api/v1/incidents')
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly assessments: AssessmentsService,
    private readonly clocks: ClocksService,
    private readonly escalation: EscalationPlanner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @Requires('reporter')
  @ApiCreatedResponse({ type: IncidentView })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateIncidentDto): Promise<IncidentView> {
    const { incident, assessment } = await this.incidents.create(actorOf(caller), body);
    return incidentView(incident, this.config.displayTimeZone, assessment);
  }

  @Get()
  @Requires('reporter')
  @ApiOkResponse({ type: IncidentPageView })
  async list(@Query() query: ListIncidentsQuery, @Res() response: Response): Promise<void> {
    const { items, latestAssessments, ...page } = await this.incidents.list(query);
    const view: IncidentPageView = {
      items: items.map((i) => {
        const assessment = latestAssessments.get(i.id);
        return incidentView(i, this.config.displayTimeZone, assessment ? assessmentView(assessment) : null);
      }),
      ...page,
    };
    sendJson(response, view);
  }

  @Get(':id')
  @Requires('reporter')
  @ApiOkResponse({ type: IncidentView })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<IncidentView> {
    const incident = await this.incidents.get(id);
    return incidentView(incident, this.config.displayTimeZone, await this.assessments.latest(id), await this.incidents.notes(id));
  }

  @Patch(':id')
  @Requires('reporter')
  @ApiOkResponse({ type: IncidentView })
  async update(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateIncidentDto,
  ): Promise<IncidentView> {
    return this.view(await this.incidents.update(actorOf(caller), id, body));
  }

  @Post(':id/notes')
  @Requires('reporter')
  @ApiCreatedResponse({ type: NoteView })
  addNote(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() body: AddNoteDto): Promise<NoteView> {
    return this.incidents.addNote(actorOf(caller), id, body, mayActAs(caller.roles, 'responder'));
  }

  @Post(':id/close')
  @HttpCode(200)
  @Requires('responder')
  @ApiOkResponse({ type: IncidentView })
  async close(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CloseIncidentDto,
  ): Promise<IncidentView> {
    return this.view(await this.incidents.close(actorOf(caller), id, body));
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Requires('responder')
  @ApiOperation({
    summary: 'Take the incident on: the first acknowledgement is kept; a later one by another person is a take-over, noted',
  })
  @ApiOkResponse({ type: IncidentView })
  async acknowledge(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<IncidentView> {
    return this.view((await this.incidents.acknowledge(actorOf(caller), id)).incident);
  }

  @Get(':id/assessments')
  @Requires('reporter')
  @ApiOperation({ summary: 'Every version of the risk assessment, oldest first' })
  @ApiOkResponse({ type: AssessmentVersionResponse, isArray: true })
  async history(@Param('id', ParseUUIDPipe) id: string): Promise<AssessmentView[]> {
    await this.incidents.get(id);
    return this.assessments.history(id);
  }

  @Post(':id/assess')
  @HttpCode(200)
  @Requires('responder')
  @ApiOperation({ summary: 'Run the risk engine again on the stored facts' })
  @ApiOkResponse({ type: IncidentView })
  async assess(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<IncidentView> {
    return this.view(await this.incidents.reassess(actorOf(caller), id));
  }

  @Post(':id/assessments/override')
  @HttpCode(200)
  @Requires('dpo')
  @ApiOperation({ summary: 'DPO: replace the engine’s decision, with a written justification (the engine’s result is kept)' })
  @ApiOkResponse({ type: IncidentView })
  async override(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: OverrideDecisionDto,
  ): Promise<IncidentView> {
    return this.view(await this.incidents.overrideDecision(actorOf(caller), id, body));
  }

  @Post(':id/assessments/:version/confirm')
  @HttpCode(200)
  @Requires('dpo')
  @ApiOperation({
    summary:
      'DPO: confirm a pending downgrade (an assessment that would drop a duty or stop a clock), with a justification; until then the decision in force, its clocks and reminders stand. 409 ASSESSMENT_CHANGED if the version is not the pending one',
  })
  @ApiOkResponse({ type: IncidentView })
  async confirmDowngrade(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('version', ParseIntPipe) version: number,
    @Body() body: ConfirmDowngradeDto,
  ): Promise<IncidentView> {
    return this.view(await this.incidents.confirmDowngrade(actorOf(caller), id, version, body.justification));
  }

  @Get(':id/clocks')
  @Requires('reporter')
  @ApiOperation({ summary: 'Every legal deadline of the incident: regime, recipient, dueAt (UTC), dueAtLocal, state, time left' })
  @ApiOkResponse({ type: ClockResponse, isArray: true })
  async clocksOf(@Param('id', ParseUUIDPipe) id: string): Promise<ClockView[]> {
    await this.incidents.get(id);
    return this.clocks.clocksOf(id);
  }

  @Post(':id/clocks/:key/not-required')
  @HttpCode(200)
  @Requires('dpo')
  @ApiOperation({ summary: 'DPO: record, with a reason, that a clock needs no notice; its reminders stop' })
  @ApiOkResponse({ type: ClockResponse })
  notRequired(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('key') key: string,
    @Body() body: NotRequiredDto,
  ): Promise<ClockView> {
    return this.incidents.recordClockNotRequired(actorOf(caller), id, key, body.reason);
  }

  @Post(':id/clocks/:key/filings')
  @HttpCode(201)
  @Requires('responder')
  @ApiOperation({
    summary:
      'Record a report made to meet a clock of any regime (sent at, channel, reference): the first meets it, late when after dueAt; ' +
      'the phases that count from it (ePrivacy second phase, NIS2 final report, DORA intermediate and final) are re-planned',
  })
  @ApiCreatedResponse({ type: ClockResponse })
  recordFiling(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('key') key: string,
    @Body() body: FilingDto,
  ): Promise<ClockView> {
    return this.incidents.recordFiling(actorOf(caller), id, key, body);
  }

  @Get(':id/escalations')
  @Requires('reporter')
  @ApiOperation({ summary: 'Every planned, sent, superseded or cancelled alert of the incident (also when Slack is off)' })
  @ApiOkResponse({ type: EscalationStepResponse, isArray: true })
  async escalations(@Param('id', ParseUUIDPipe) id: string): Promise<EscalationStepResponse[]> {
    await this.incidents.get(id);
    return this.escalation.stepsOfIncident(id);
  }

  private async view(incident: Incident): Promise<IncidentView> {
    return incidentView(incident, this.config.displayTimeZone, await this.assessments.latest(incident.id));
  }
}
