import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ClocksModule } from '../clocks/clocks.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AssessmentsService } from './assessments.service.js';
import { IncidentsController } from './incidents.controller.js';
import { IncidentsService } from './incidents.service.js';
import { RiskController } from './risk.controller.js';

@Module({
  imports: [AuditModule, ClocksModule, NotificationsModule],
  controllers: [IncidentsController, RiskController],
  providers: [IncidentsService, AssessmentsService],
  exports: [IncidentsService, AssessmentsService],
})
export class IncidentsModule {}
