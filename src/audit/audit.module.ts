import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditCheckpoint } from './audit-checkpoint.entity.js';
import { AuditCheckpointsRepository } from './audit-checkpoints.repository.js';
import { AuditCheckpointsService } from './audit-checkpoints.service.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditController } from './audit.controller.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry, AuditCheckpoint])],
  controllers: [AuditController],
  providers: [AuditService, AuditRepository, AuditCheckpointsService, AuditCheckpointsRepository],
  exports: [AuditService, AuditCheckpointsService],
})
export class AuditModule {}
