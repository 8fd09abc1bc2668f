import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrganisationController } from './organisation.controller.js';
import { OrganisationService } from './organisation.service.js';

@Module({ imports: [AuditModule], controllers: [OrganisationController], providers: [OrganisationService], exports: [OrganisationService] })
export class OrganisationModule {}
