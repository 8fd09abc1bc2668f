import { Module } from '@nestjs/common';
import { AuditCheckpointsRepository } from './audit-checkpoints.repository.js';
import { AuditCheckpointsService } from './audit-checkpoints.service.js';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';

@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditCheckpointsService, AuditCheckpointsRepository],
  exports: [AuditService, AuditCheckpointsService],
})
export class AuditModule {}
