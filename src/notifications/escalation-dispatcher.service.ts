import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TimeSource } from '../common/time-source.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { composeEscalation, type DueLine } from './escalation-message.js';
import { ALERTED_CLOCKS, ALERTED_INCIDENTS, type AlertedClocks, type AlertedIncidents } from './escalation-sources.port.js';
import type { EscalationStepRow } from './escalation-step.entity.js';
import { EscalationStepsRepository, type PlannedClock } from './escalation-steps.repository.js';
import { OutboxService } from './outbox.service.js';
import type { EscalationAudience } from '../organisation/escalation-policy.js';
import { collapseDueSteps, stepsAfter, type EscalationStep } from './policy/escalation-steps.js';

// Enough to drain a burst in a few rounds without holding locks on thousands of clocks at once.
const CLAIM_BATCH = 200;

/** Turns due alerts into outbox messages, once, on whichever instance gets to them first. */
@Injectable()
export class EscalationDispatcher {
  constructor(
    private readonly steps: EscalationStepsRepository,
    @Inject(ALERTED_CLOCKS) private readonly clocks: AlertedClocks,
    @Inject(ALERTED_INCIDENTS) private readonly incidents: AlertedIncidents,
    private readonly organisation: OrganisationService,
    private readonly outbox: OutboxService,
    private readonly time: TimeSource,
  ) {}

  /** When the next pending alert falls due, on any instance. */
  nextFireAt(): Promise<Date | null> {
    return this.steps.nextFireAt();
  }

  /**
   * The clocks are locked with SKIP LOCKED, so instances share the work without taking the same clock; per
   * clock, alerts that fell due together (the service was down) collapse into one catch-up; per incident, one
   * message says where each of its clocks stands. Returns how many messages were queued.
   */
  async dispatchDue(): Promise<number> {
    const now = this.time.now();
    // Looked for outside a transaction: most rounds find nothing due. The claim below re-reads under lock.
    const clockIds = await this.steps.clocksWithDueSteps(now, CLAIM_BATCH);
    if (!clockIds.length) return 0;
    return this.steps.transaction(async (manager) => {
      const locked = await this.clocks.lockForAlerts(manager, clockIds);
      if (!locked.length) return 0;
      const due = await this.steps.dueSteps(
        manager,
        locked.map((c) => c.id),
        now,
      );
      const policy = (await this.organisation.get(manager)).escalation;
      const byIncident = new Map<string, DueLine<EscalationStepRow>[]>();
      const supersededIds: number[] = [];
      const repeats: { clock: PlannedClock; step: EscalationStep }[] = [];
      for (const clock of locked) {
        const steps = due.filter((s) => s.clockId === clock.id);
        if (!steps.length) continue;
        const { send, superseded } = collapseDueSteps(steps);
        supersededIds.push(...superseded.map((s) => s.id));
        if (send.kind === 'overdue') {
          // Repeats keep coming until the clock stops; after a catch-up, the next one is the next ahead of now.
          repeats.push(
            ...stepsAfter(clock.dueAt, now, policy)
              .filter((s) => s.kind === 'overdue')
              .map((step) => ({ clock, step })),
          );
        }
        byIncident.set(clock.incidentId, [...(byIncident.get(clock.incidentId) ?? []), { clock, send, superseded }]);
      }
      await this.steps.markSuperseded(manager, supersededIds, now);
      await this.steps.insert(manager, repeats);
      if (!byIncident.size) return 0;
      const mentions = await this.mentionsByAudience(manager);
      const incidents = new Map(
        (await this.incidents.outboxIncidents(manager, [...byIncident.keys()])).map((incident) => [incident.id, incident]),
      );
      const batches = [...byIncident];
      const messages = await this.outbox.enqueueMany(
        manager,
        batches.map(([incidentId, lines]) => ({ incidentId, payload: composeEscalation(incidents.get(incidentId)!, lines, mentions) })),
      );
      const sent = batches.flatMap(([, lines], n) => lines.map((line) => ({ stepId: line.send.id, outboxId: messages[n].id })));
      await this.steps.markSent(manager, sent, now);
      return byIncident.size;
    });
  }

  private async mentionsByAudience(manager: EntityManager): Promise<Record<EscalationAudience, string[]>> {
    const contacts = (await this.organisation.get(manager)).escalation.contacts;
    return {
      channel: [],
      dpo: await this.outbox.dpoSlackIds(manager),
      contacts: contacts.flatMap((c) => (c.slackUserId ? [c.slackUserId] : [])),
    };
  }
}
