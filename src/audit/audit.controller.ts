import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Requires } from '../auth/auth.decorators.js';
import { AuditService } from './audit.service.js';

class ChainVerificationView {
  @ApiProperty() ok: boolean;
  @ApiProperty({ description: 'entries in the log' }) entries: number;
  @ApiProperty({ nullable: true, type: Number, description: 'id of the first entry whose hash or link is wrong' })
  firstBadEntry: number | null;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('verify')
  @Requires('responder')
  @ApiOkResponse({ type: ChainVerificationView })
  verify(): Promise<ChainVerificationView> {
    return this.audit.verify();
  }
}
