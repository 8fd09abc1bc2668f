import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { clientOf } from '../common/rate-limit.js';
import { CurrentCaller, type Caller } from './auth.decorators.js';
import { SecondFactorService } from './second-factor.service.js';
import { RecoveryCodesStatusView, RecoveryCodesView, StepUpDto } from './sign-in.dto.js';

@ApiTags('sign-in')
@ApiBearerAuth()
@Controller('api/v1/auth/recovery-codes')
export class RecoveryCodesController {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @Get()
  @ApiOperation({ summary: 'How many of my recovery codes are left' })
  @ApiOkResponse({ type: RecoveryCodesStatusView })
  status(@CurrentCaller() caller: Caller): Promise<RecoveryCodesStatusView> {
    return this.secondFactor.recoveryCodesLeft(caller.userId);
  }

  @Post()
  @ApiOperation({
    summary:
      'New recovery codes in place of all earlier ones, shown once: from a console session with a fresh totpCode (step-up); 403 STEP_UP_REQUIRED with an API token',
  })
  @ApiCreatedResponse({ type: RecoveryCodesView })
  async reissue(@CurrentCaller() caller: Caller, @Body() { totpCode }: StepUpDto, @Req() request: Request): Promise<RecoveryCodesView> {
    return { recoveryCodes: await this.secondFactor.reissueRecoveryCodes(caller, totpCode, clientOf(request)) };
  }
}
