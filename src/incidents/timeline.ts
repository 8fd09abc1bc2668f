import type { FieldProblem } from '../common/domain-error.js';

export interface Timeline {
  awareAt: Date;
  occurredAt?: Date | null;
  detectedAt?: Date | null;
}

// Reporters' laptops run a little ahead of the server; a minute of skew must not refuse a breach at 2 a.m.
const CLOCK_SKEW_MS = 60_000;

/** Later than now, beyond the skew between a reporter's clock and ours. */
export function isInTheFuture(instant: Date, now: Date): boolean {
  return instant.getTime() > now.getTime() + CLOCK_SKEW_MS;
}

/** The order of events a report must respect; Art. 33 counts from awareness, so it may not lie ahead. */
export function timelineProblems(timeline: Timeline, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['awareAt', 'occurredAt', 'detectedAt'] as const) {
    const value = timeline[field];
    if (value && isInTheFuture(value, now)) problems.push({ field, problem: 'must not be in the future' });
  }
  const { occurredAt, detectedAt, awareAt } = timeline;
  if (occurredAt && occurredAt > awareAt) problems.push({ field: 'occurredAt', problem: 'must not be later than awareAt' });
  if (occurredAt && detectedAt && occurredAt > detectedAt) {
    problems.push({ field: 'occurredAt', problem: 'must not be later than detectedAt' });
  }
  return problems;
}

/** A NIS2 or DORA classification is a finding already made: its time may not lie ahead. */
export function classificationProblems(
  facts: { nis2Classification?: { classifiedAt: string }; doraClassification?: { classifiedAt: string } },
  now: Date,
): FieldProblem[] {
  return (['nis2Classification', 'doraClassification'] as const).flatMap((field) => {
    const classifiedAt = facts[field]?.classifiedAt;
    return classifiedAt && isInTheFuture(new Date(classifiedAt), now)
      ? [{ field: `${field}.classifiedAt`, problem: 'must not be in the future' }]
      : [];
  });
}

/** An absent fact and a null one both mean "not known" (a PATCH with null clears it). */
export function withoutUnknown<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}
