import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { ClocksService } from './clocks.service.js';

@Module({ imports: [AuditModule, NotificationsModule, OrganisationModule], providers: [ClocksService], exports: [ClocksService] })
export class ClocksModule {}
