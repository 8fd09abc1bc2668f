import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { DatabaseWakeListener } from './database-wake.listener.js';
import { EscalationScheduler } from './escalation.scheduler.js';
import { EscalationService } from './escalation.service.js';
import { OutboxService } from './outbox.service.js';
import { WakeSignal } from './wake-signal.service.js';

@Module({
  imports: [OrganisationModule],
  providers: [EscalationService, EscalationScheduler, OutboxService, WakeSignal, DatabaseWakeListener],
  exports: [EscalationService, EscalationScheduler, OutboxService, WakeSignal],
})
export class NotificationsModule {}
