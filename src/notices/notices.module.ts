import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ClocksModule } from '../clocks/clocks.module.js';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { NoticeContextLoader } from './notice-context.loader.js';
import { NoticeVersion } from './notice-version.entity.js';
import { Notice } from './notice.entity.js';
import { NoticesController } from './notices.controller.js';
import { NoticesRepository } from './notices.repository.js';
import { NoticesService } from './notices.service.js';
import { PdfRenderer } from './pdf-renderer.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Notice, NoticeVersion]),
    AuditModule,
    AuthModule,
    ClocksModule,
    IncidentsModule,
    NotificationsModule,
    OrganisationModule,
  ],
  controllers: [NoticesController],
  providers: [NoticesService, NoticesRepository, NoticeContextLoader, PdfRenderer],
  exports: [NoticesService],
})
export class NoticesModule {}
