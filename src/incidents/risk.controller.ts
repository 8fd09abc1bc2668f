import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Requires } from '../auth/auth.decorators.js';
import type { Assessment } from '../risk/assessment.js';
import { CreateIncidentDto } from './create-incident.dto.js';
import { AssessmentResponse } from './incident-responses.dto.js';
import { IncidentsService } from './incidents.service.js';

@ApiTags('risk')
@ApiBearerAuth()
@Controller('api/v1/risk')
export class RiskController {
  constructor(private readonly incidents: IncidentsService) {}

  // The same body as POST /api/v1/incidents (one DTO), so a script can send the same JSON to both.
  @Post('assess')
  @HttpCode(200)
  @Requires('reporter')
  @ApiOperation({
    summary: 'What-if: the assessment these facts would get; nothing is stored',
    description:
      'Takes exactly the intake body; title, description, awareAt, occurredAt, detectedAt, affectedControllers and sectors are validated as at intake and do not change the score.',
  })
  @ApiOkResponse({ type: AssessmentResponse })
  whatIf(@Body() body: CreateIncidentDto): Promise<Assessment> {
    return this.incidents.whatIf(body);
  }
}
