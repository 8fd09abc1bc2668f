import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Requires, actorOf, type Caller } from '../auth/auth.decorators.js';
import { OrganisationDto } from './organisation.dto.js';
import type { OrganisationSettings } from './organisation.js';
import { OrganisationService } from './organisation.service.js';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('api/v1/organisation')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @Requires('reporter')
  get(): Promise<OrganisationDto> {
    return this.organisation.get();
  }

  @Put()
  @Requires('admin')
  replace(@CurrentCaller() caller: Caller, @Body() body: OrganisationDto): Promise<OrganisationDto> {
    return this.organisation.replace(actorOf(caller), body as OrganisationSettings);
  }
}
