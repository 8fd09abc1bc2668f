import { Body, Controller, Get, Patch, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Requires, actorOf, type Caller } from '../auth/auth.decorators.js';
import { OrganisationDto, PatchOrganisationDto, PutOrganisationDto } from './organisation.dto.js';
import { OrganisationService } from './organisation.service.js';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('api/v1/organisation')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @Requires('reporter', 'admin')
  @ApiOkResponse({ type: OrganisationDto })
  get(): Promise<OrganisationDto> {
    return this.organisation.get();
  }

  @Put()
  @Requires('admin')
  @ApiOperation({
    summary: 'Set the organisation: the contract’s fields required, any other field optional; fields not sent keep their values',
  })
  @ApiOkResponse({ type: OrganisationDto })
  replace(@CurrentCaller() caller: Caller, @Body() body: PutOrganisationDto): Promise<OrganisationDto> {
    return this.organisation.change(actorOf(caller), body);
  }

  @Patch()
  @Requires('admin')
  @ApiOperation({ summary: 'Change some settings: dpo and escalation merge field by field, arrays are replaced whole' })
  @ApiOkResponse({ type: OrganisationDto })
  update(@CurrentCaller() caller: Caller, @Body() body: PatchOrganisationDto): Promise<OrganisationDto> {
    return this.organisation.change(actorOf(caller), body);
  }
}
