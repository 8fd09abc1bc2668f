import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Requires } from '../auth/auth.decorators.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { assess } from '../risk/assess.js';
import type { Assessment } from '../risk/assessment.js';
import { factContradictions } from '../risk/validate-facts.js';
import { RiskFactsDto } from './incident-facts.dto.js';
import { AssessmentResponse } from './incident-responses.dto.js';
import { withoutUnknown } from './timeline.js';

@ApiTags('risk')
@ApiBearerAuth()
@Controller('api/v1/risk')
export class RiskController {
  constructor(private readonly time: TimeSource) {}

  @Post('assess')
  @HttpCode(200)
  @Requires('reporter')
  @ApiOperation({ summary: 'What-if: the assessment these facts would get; nothing is stored' })
  @ApiOkResponse({ type: AssessmentResponse })
  whatIf(@Body() body: RiskFactsDto): Assessment {
    const facts = withoutUnknown(body);
    const problems = factContradictions(facts);
    if (problems.length) throw DomainError.invalid(problems);
    return assess(facts, this.time.now());
  }
}
