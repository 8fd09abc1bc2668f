import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { OrganisationController } from './organisation.controller.js';
import { OrganisationRow } from './organisation.entity.js';
import { OrganisationRepository } from './organisation.repository.js';
import { OrganisationService } from './organisation.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationRow]), AuditModule],
  controllers: [OrganisationController],
  providers: [OrganisationService, OrganisationRepository],
  exports: [OrganisationService],
})
export class OrganisationModule {}
