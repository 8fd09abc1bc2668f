import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Requires, actorOf, type Caller } from '../auth/auth.decorators.js';
import { CreateSystemDto, SystemView, UpdateSystemDto } from './system.dto.js';
import { SystemsService } from './systems.service.js';

@ApiTags('inventory')
@ApiBearerAuth()
@Controller('api/v1/systems')
export class SystemsController {
  constructor(private readonly systems: SystemsService) {}

  @Post()
  @Requires('responder', 'admin')
  @ApiOperation({ summary: 'Add a system and the data sets it holds (our role in each; for processor data, whose it is)' })
  @ApiCreatedResponse({ type: SystemView })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateSystemDto): Promise<SystemView> {
    return this.systems.create(actorOf(caller), body);
  }

  @Get()
  @Requires('reporter', 'admin')
  @ApiOkResponse({ type: SystemView, isArray: true })
  list(): Promise<SystemView[]> {
    return this.systems.list();
  }

  @Get(':slug')
  @Requires('reporter', 'admin')
  @ApiOkResponse({ type: SystemView })
  get(@Param('slug') slug: string): Promise<SystemView> {
    return this.systems.view(slug);
  }

  @Patch(':slug')
  @Requires('responder', 'admin')
  @ApiOperation({ summary: 'Change a system (not its slug); dataSets, when sent, replaces the list whole' })
  @ApiOkResponse({ type: SystemView })
  update(@CurrentCaller() caller: Caller, @Param('slug') slug: string, @Body() body: UpdateSystemDto): Promise<SystemView> {
    return this.systems.update(actorOf(caller), slug, body);
  }

  @Delete(':slug')
  @HttpCode(204)
  @Requires('responder', 'admin')
  @ApiNoContentResponse()
  delete(@CurrentCaller() caller: Caller, @Param('slug') slug: string): Promise<void> {
    return this.systems.delete(actorOf(caller), slug);
  }
}
