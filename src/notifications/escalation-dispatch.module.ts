import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { EscalationDispatcher } from './escalation-dispatcher.service.js';
import { ALERTED_CLOCKS, ALERTED_INCIDENTS, type AlertedClocks, type AlertedIncidents } from './escalation-sources.port.js';
import { EscalationStepRow } from './escalation-step.entity.js';
import { EscalationStepsRepository } from './escalation-steps.repository.js';
import { EscalationScheduler } from './escalation.scheduler.js';
import { NotificationsModule } from './notifications.module.js';

/**
 * The dispatcher and its scheduler. Registered by the app module with the providers of its ports
 * (escalation-sources.port.ts), which live in modules ranked above notifications: nothing here imports them.
 */
@Module({})
export class EscalationDispatchModule {
  static register(ports: {
    imports: NonNullable<ModuleMetadata['imports']>;
    clocks: Type<AlertedClocks>;
    incidents: Type<AlertedIncidents>;
  }): DynamicModule {
    return {
      module: EscalationDispatchModule,
      imports: [TypeOrmModule.forFeature([EscalationStepRow]), NotificationsModule, OrganisationModule, ...ports.imports],
      providers: [
        EscalationStepsRepository,
        EscalationDispatcher,
        EscalationScheduler,
        { provide: ALERTED_CLOCKS, useExisting: ports.clocks },
        { provide: ALERTED_INCIDENTS, useExisting: ports.incidents },
      ],
      exports: [EscalationDispatcher, EscalationScheduler],
    };
  }
}
