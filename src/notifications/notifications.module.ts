import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { DatabaseWakeListener } from './database-wake.listener.js';
import { EscalationPlanner } from './escalation-planner.service.js';
import { EscalationStepRow } from './escalation-step.entity.js';
import { EscalationStepsRepository } from './escalation-steps.repository.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';
import { WakeSignal } from './wake-signal.service.js';

/** Planning alerts and queueing messages; the dispatch of due alerts is EscalationDispatchModule. */
@Module({
  imports: [TypeOrmModule.forFeature([EscalationStepRow, OutboxMessage]), OrganisationModule, AuthModule],
  providers: [EscalationPlanner, EscalationStepsRepository, OutboxService, OutboxRepository, WakeSignal, DatabaseWakeListener],
  exports: [EscalationPlanner, OutboxService, WakeSignal],
})
export class NotificationsModule {}
