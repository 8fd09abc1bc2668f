import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Requires, actorOf, type Caller } from '../auth/auth.decorators.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CreateIncidentDto, UpdateIncidentDto } from './create-incident.dto.js';
import { AddNoteDto, CloseIncidentDto, ListIncidentsQuery } from './incident-query.dto.js';
import { IncidentView, NoteView, incidentView } from './incident.view.js';
import { IncidentsService } from './incidents.service.js';

class IncidentPageView {
  @ApiProperty({ type: IncidentView, isArray: true }) items: IncidentView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('api/v1/incidents')
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @Requires('reporter')
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateIncidentDto): Promise<IncidentView> {
    return this.view(await this.incidents.create(actorOf(caller), body));
  }

  @Get()
  @Requires('reporter')
  async list(@Query() query: ListIncidentsQuery): Promise<IncidentPageView> {
    const page = await this.incidents.list(query);
    return { ...page, items: page.items.map((incident) => this.view(incident)) };
  }

  @Get(':id')
  @Requires('reporter')
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<IncidentView> {
    const incident = await this.incidents.get(id);
    return incidentView(incident, this.config.displayTimeZone, await this.incidents.notes(id));
  }

  @Patch(':id')
  @Requires('reporter')
  async update(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateIncidentDto): Promise<IncidentView> {
    return this.view(await this.incidents.update(actorOf(caller), id, body));
  }

  @Post(':id/notes')
  @Requires('reporter')
  addNote(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() body: AddNoteDto): Promise<NoteView> {
    return this.incidents.addNote(actorOf(caller), id, body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Requires('responder')
  async close(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() body: CloseIncidentDto): Promise<IncidentView> {
    return this.view(await this.incidents.close(actorOf(caller), id, body));
  }

  private view(incident: Parameters<typeof incidentView>[0]): IncidentView {
    return incidentView(incident, this.config.displayTimeZone);
  }
}
