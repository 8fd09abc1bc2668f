import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { ClockFiling } from './clock-filing.entity.js';
import { Clock } from './clock.entity.js';
import { ClocksRepository } from './clocks.repository.js';
import { ClocksService } from './clocks.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Clock, ClockFiling]), AuditModule, NotificationsModule, OrganisationModule],
  providers: [ClocksService, ClocksRepository],
  exports: [ClocksService],
})
export class ClocksModule {}
