import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TimeSource } from '../common/time-source.js';
import type { SqlFragment } from '../database/sql-fragment.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { EscalationStepsRepository, type EscalationStepView, type PlannedClock, type PlannedStep } from './escalation-steps.repository.js';
import type { EscalationPolicy } from '../organisation/escalation-policy.js';
import { initialSteps } from './policy/escalation-steps.js';

/** Plans and cancels a clock's alerts as clocks start, move and stop; the clocks module calls it in its transactions. */
@Injectable()
export class EscalationPlanner {
  constructor(
    private readonly steps: EscalationStepsRepository,
    private readonly organisation: OrganisationService,
    private readonly time: TimeSource,
  ) {}

  /**
   * Plans the alerts of running clocks, inside the caller's transaction, in one statement: each gets its
   * "logged" alert now (saying where the clock stands) and every threshold still ahead. A clock whose
   * deadline moved must have its pending alerts cancelled first (cancelPending).
   */
  async plan(manager: EntityManager, clocks: PlannedClock[]): Promise<void> {
    if (!clocks.length) return;
    await this.steps.insert(manager, this.initialPlan(clocks, (await this.organisation.get(manager)).escalation));
  }

  /**
   * plan's alerts as part of a new incident's intake statement (IncidentsRepository.insertNew), which creates their
   * clocks too, by the policy the intake read.
   */
  planFragment(clocks: PlannedClock[], policy: EscalationPolicy): SqlFragment {
    return this.steps.newClocksStepsFragment(this.initialPlan(clocks, policy));
  }

  private initialPlan(clocks: PlannedClock[], policy: EscalationPolicy): PlannedStep[] {
    const now = this.time.now();
    return clocks.flatMap((clock) => initialSteps(clock.dueAt, now, policy).map((step) => ({ clock, step })));
  }

  /** Stopped clocks (met, not required) and moved deadlines: the alerts not yet sent are cancelled. */
  async cancelPending(manager: EntityManager, clockIds: string[]): Promise<void> {
    if (clockIds.length) await this.steps.cancelPending(manager, clockIds, this.time.now());
  }

  /** Every alert of an incident, planned or past, with what became of its message (also when Slack is off). */
  stepsOfIncident(incidentId: string): Promise<EscalationStepView[]> {
    return this.steps.timelineOf(incidentId);
  }
}
