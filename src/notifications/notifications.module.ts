import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { EscalationScheduler } from './escalation-scheduler.js';
import { EscalationService } from './escalation.service.js';
import { WakeSignal } from './wake-signal.js';

@Module({
  imports: [OrganisationModule],
  providers: [EscalationService, EscalationScheduler, WakeSignal],
  exports: [EscalationService, EscalationScheduler, WakeSignal],
})
export class NotificationsModule {}
