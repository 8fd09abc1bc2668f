// The alerts one clock gets: when each fires, what it says and whom it mentions. Pure.
import { audienceAt, audienceOnLogging, type EscalationAudience, type EscalationPolicy } from '../../organisation/escalation-policy.js';

export type EscalationKind = 'logged' | 'reminder' | 'overdue';

export interface EscalationStep {
  /** Stable per clock: 'logged', 'left_48h' … 'left_2h', 'overdue_0', 'overdue_1', … */
  level: string;
  fireAt: Date;
  kind: EscalationKind;
  /** Hours left on the clock when the step fires; negative once overdue. */
  hoursLeft: number;
  audience: EscalationAudience[];
}

const MS_PER_HOUR = 3_600_000;
const OVERDUE_LEVEL = /^overdue_(\d+)$/;

function step(kind: EscalationKind, level: string, fireAt: Date, dueAt: Date, policy: EscalationPolicy): EscalationStep {
  const hoursLeft = (dueAt.getTime() - fireAt.getTime()) / MS_PER_HOUR;
  const audience = kind === 'logged' ? audienceOnLogging(hoursLeft, policy) : audienceAt(hoursLeft, policy);
  return { level, fireAt, kind, hoursLeft, audience };
}

function reminderStep(dueAt: Date, hoursLeft: number, policy: EscalationPolicy): EscalationStep {
  return step('reminder', `left_${hoursLeft}h`, new Date(dueAt.getTime() - hoursLeft * MS_PER_HOUR), dueAt, policy);
}

/** overdue_0 fires at the deadline itself, overdue_k every overdueRepeatHours after it. */
function overdueStep(dueAt: Date, repeat: number, policy: EscalationPolicy): EscalationStep {
  const fireAt = new Date(dueAt.getTime() + repeat * policy.overdueRepeatHours * MS_PER_HOUR);
  return step('overdue', `overdue_${repeat}`, fireAt, dueAt, policy);
}

/**
 * A newly logged clock: the alert on logging says where the clock stands (its audience widens with the
 * time already gone), then the steps still ahead. Thresholds already passed are not replayed one by one.
 */
export function initialSteps(dueAt: Date, loggedAt: Date, policy: EscalationPolicy): EscalationStep[] {
  return [step('logged', 'logged', loggedAt, dueAt, policy), ...stepsAfter(dueAt, loggedAt, policy)];
}

/**
 * The steps of a clock due at `dueAt` that fire strictly after `now`: every reminder still ahead, then the
 * next overdue alert (later ones follow from nextOverdueStep). Used to reschedule when the deadline moves.
 */
export function stepsAfter(dueAt: Date, now: Date, policy: EscalationPolicy): EscalationStep[] {
  const reminders = [...policy.reminderHoursLeft]
    .sort((a, b) => b - a)
    .map((hoursLeft) => reminderStep(dueAt, hoursLeft, policy))
    .filter((reminder) => reminder.fireAt > now);
  const repeatMs = policy.overdueRepeatHours * MS_PER_HOUR;
  const nextRepeat = now < dueAt ? 0 : Math.floor((now.getTime() - dueAt.getTime()) / repeatMs) + 1;
  return [...reminders, overdueStep(dueAt, nextRepeat, policy)];
}

/** The overdue alert after `afterLevel` ('overdue_k' → 'overdue_{k+1}'). */
export function nextOverdueStep(dueAt: Date, afterLevel: string, policy: EscalationPolicy): EscalationStep {
  const match = OVERDUE_LEVEL.exec(afterLevel);
  if (!match) throw new RangeError(`not an overdue level: ${afterLevel}`);
  return overdueStep(dueAt, Number(match[1]) + 1, policy);
}

/**
 * Several steps of one clock due at once (the service was down): send only the latest, whose catch-up message
 * says where the clock stands and reaches the widest audience; the rest are superseded, never sent.
 */
export function collapseDueSteps<T extends Pick<EscalationStep, 'fireAt'>>(
  due: readonly T[],
): {
  send: T;
  superseded: T[];
} {
  if (due.length === 0) throw new RangeError('no due steps to collapse');
  const send = due.reduce((latest, candidate) => (candidate.fireAt >= latest.fireAt ? candidate : latest));
  return { send, superseded: due.filter((candidate) => candidate !== send) };
}
