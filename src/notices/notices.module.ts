import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ClocksModule } from '../clocks/clocks.module.js';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { NoticesController } from './notices.controller.js';
import { NoticesService } from './notices.service.js';
import { PdfRenderer } from './pdf-renderer.js';

@Module({
  imports: [AuditModule, ClocksModule, IncidentsModule, NotificationsModule, OrganisationModule],
  controllers: [NoticesController],
  providers: [NoticesService, PdfRenderer],
  exports: [NoticesService],
})
export class NoticesModule {}
