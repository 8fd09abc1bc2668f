import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ClocksModule } from '../clocks/clocks.module.js';
import { InventoryModule } from '../inventory/inventory.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AssessmentRecord } from './assessment-record.entity.js';
import { AssessmentsService } from './assessments.service.js';
import { IncidentNote } from './incident-note.entity.js';
import { Incident } from './incident.entity.js';
import { IncidentsController } from './incidents.controller.js';
import { IncidentsRepository } from './incidents.repository.js';
import { IncidentsService } from './incidents.service.js';
import { RiskController } from './risk.controller.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Incident, AssessmentRecord, IncidentNote]),
    AuditModule,
    ClocksModule,
    InventoryModule,
    NotificationsModule,
  ],
  controllers: [IncidentsController, RiskController],
  providers: [IncidentsService, AssessmentsService, IncidentsRepository],
  exports: [IncidentsService, AssessmentsService],
})
export class IncidentsModule {}
