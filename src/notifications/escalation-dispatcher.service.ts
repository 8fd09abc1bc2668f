import { Inject, Injectable } from '@nestjs/common';
import { TimeSource } from '../common/time-source.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { composeEscalation, type DueLine } from './escalation-message.js';
import { ALERTED_CLOCKS, ALERTED_INCIDENTS, type AlertedClocks, type AlertedIncidents } from './escalation-sources.port.js';
import type { EscalationStepRow } from './escalation-step.entity.js';
import { EscalationStepsRepository } from './escalation-steps.repository.js';
import { OutboxService } from './outbox.service.js';
import type { EscalationAudience } from '../organisation/escalation-policy.js';
import type { DispatchRound } from './policy/dispatch-rounds.js';
import { collapseDueSteps, stepsAfter } from './policy/escalation-steps.js';

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
   * message says where each of its clocks stands.
   */
  async dispatchDue(): Promise<DispatchRound> {
    const now = this.time.now();
    // Looked for outside a transaction: most rounds find nothing due. The claim below re-reads under lock.
    const clockIds = await this.steps.clocksWithDueSteps(now, CLAIM_BATCH);
    if (!clockIds.length) return { queued: 0, complete: true };
    const complete = clockIds.length < CLAIM_BATCH;
    return this.steps.transaction(async (manager) => {
      const locked = await this.clocks.lockForAlerts(manager, clockIds);
      const round = (queued: number): DispatchRound => ({ queued, complete: complete && locked.length === clockIds.length });
      if (!locked.length) return round(0);
      const due = await this.steps.dueSteps(
        manager,
        locked.map((c) => c.id),
        now,
      );
      const byIncident = new Map<string, DueLine<EscalationStepRow>[]>();
      for (const clock of locked) {
        const steps = due.filter((s) => s.clockId === clock.id);
        if (!steps.length) continue;
        byIncident.set(clock.incidentId, [...(byIncident.get(clock.incidentId) ?? []), { clock, ...collapseDueSteps(steps) }]);
      }
      const lines = [...byIncident.values()].flat();
      // The settings only when a line needs them (a repeat to plan, contacts to mention): a round of "logged"
      // alerts, the common one under intake, reads none.
      const overdue = lines.filter((line) => line.send.kind === 'overdue');
      const audiences = new Set(lines.flatMap((line) => line.send.audience));
      const policy = overdue.length || audiences.has('contacts') ? (await this.organisation.get(manager)).escalation : undefined;
      // Repeats keep coming until the clock stops; after a catch-up, the next one is the next ahead of now.
      const repeats = overdue.flatMap(({ clock }) =>
        stepsAfter(clock.dueAt, now, policy!)
          .filter((step) => step.kind === 'overdue')
          .map((step) => ({ clock, step })),
      );
      await this.steps.markSuperseded(
        manager,
        lines.flatMap((line) => line.superseded.map((s) => s.id)),
        now,
      );
      await this.steps.insert(manager, repeats);
      if (!byIncident.size) return round(0);
      const mentions: Record<EscalationAudience, string[]> = {
        channel: [],
        dpo: audiences.has('dpo') ? await this.outbox.dpoSlackIds(manager) : [],
        contacts: (policy?.contacts ?? []).flatMap((c) => (c.slackUserId ? [c.slackUserId] : [])),
      };
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
      return round(byIncident.size);
    });
  }
}
