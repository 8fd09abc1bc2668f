import { DEFAULT_ESCALATION_POLICY as POLICY } from '../../organisation/escalation-policy.js';
import { collapseDueSteps, type EscalationStep, initialSteps, nextOverdueStep, stepsAfter } from './escalation-steps.js';

const DUE_AT = new Date('2026-10-27T07:00:00Z');
const HOUR_MS = 3_600_000;
const hoursBeforeDue = (hours: number): Date => new Date(DUE_AT.getTime() - hours * HOUR_MS);

const summary = (steps: EscalationStep[]) => steps.map((s) => [s.level, s.fireAt.toISOString(), s.audience.join('+')]);

describe('initialSteps', () => {
  it('logged 72 h before the deadline: the logging alert, every reminder, then the overdue alert, in order', () => {
    expect(summary(initialSteps(DUE_AT, hoursBeforeDue(72), POLICY))).toEqual([
      ['logged', '2026-10-24T07:00:00.000Z', 'channel+dpo'],
      ['left_48h', '2026-10-25T07:00:00.000Z', 'channel'],
      ['left_24h', '2026-10-26T07:00:00.000Z', 'channel'],
      ['left_12h', '2026-10-26T19:00:00.000Z', 'channel+dpo'],
      ['left_6h', '2026-10-27T01:00:00.000Z', 'channel+dpo'],
      ['left_2h', '2026-10-27T05:00:00.000Z', 'channel+dpo+contacts'],
      ['overdue_0', '2026-10-27T07:00:00.000Z', 'channel+dpo+contacts'],
    ]);
  });

  it('logged with 10 h left: passed thresholds are not replayed', () => {
    const steps = initialSteps(DUE_AT, hoursBeforeDue(10), POLICY);
    expect(steps.map((s) => s.level)).toEqual(['logged', 'left_6h', 'left_2h', 'overdue_0']);
    expect(steps[0]).toMatchObject({ kind: 'logged', hoursLeft: 10, audience: ['channel', 'dpo'] });
  });

  it('logged exactly at a threshold: the logging alert stands in for it', () => {
    const levels = initialSteps(DUE_AT, hoursBeforeDue(24), POLICY).map((s) => s.level);
    expect(levels).toEqual(['logged', 'left_12h', 'left_6h', 'left_2h', 'overdue_0']);
  });

  it('logged with 5 h left: the logging alert mentions the DPO', () => {
    expect(initialSteps(DUE_AT, hoursBeforeDue(5), POLICY)[0].audience).toEqual(['channel', 'dpo']);
  });

  it('logged after the deadline: the logging alert reaches everyone, then the next overdue repeat', () => {
    const steps = initialSteps(DUE_AT, hoursBeforeDue(-7), POLICY);
    expect(summary(steps)).toEqual([
      ['logged', '2026-10-27T14:00:00.000Z', 'channel+dpo+contacts'],
      ['overdue_2', '2026-10-27T19:00:00.000Z', 'channel+dpo+contacts'],
    ]);
    expect(steps[0].hoursLeft).toBe(-7);
  });

  it('logged at the deadline itself: overdue_0 is the logging alert, overdue_1 comes next', () => {
    expect(initialSteps(DUE_AT, DUE_AT, POLICY).map((s) => s.level)).toEqual(['logged', 'overdue_1']);
  });

  it('tells the DPO of every breach when it is logged, however much time is left (GDPR Art. 38(1), WP250)', () => {
    const [logged] = initialSteps(DUE_AT, hoursBeforeDue(72), POLICY);
    expect(logged).toMatchObject({ kind: 'logged', audience: ['channel', 'dpo'] });
  });

  it('leaves the DPO out of the logging alert only when the organisation turned that off', () => {
    const [logged] = initialSteps(DUE_AT, hoursBeforeDue(72), { ...POLICY, dpoOnLogging: false });
    expect(logged.audience).toEqual(['channel']);
  });

  it('widens the reminders’ audience step by step and never narrows it', () => {
    const sizes = initialSteps(DUE_AT, hoursBeforeDue(72), POLICY)
      .slice(1)
      .map((s) => s.audience.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(sizes[0]).toBe(1);
    expect(sizes.at(-1)).toBe(3);
  });

  it('orders reminders by time whatever order the policy lists them in', () => {
    const policy = { ...POLICY, reminderHoursLeft: [2, 24, 0.5] };
    const levels = initialSteps(DUE_AT, hoursBeforeDue(30), policy).map((s) => s.level);
    expect(levels).toEqual(['logged', 'left_24h', 'left_2h', 'left_0.5h', 'overdue_0']);
  });
});

describe('stepsAfter (when the deadline moves)', () => {
  it('schedules what remains of the new deadline from now, without a logging alert', () => {
    const movedDueAt = new Date(DUE_AT.getTime() + 24 * HOUR_MS);
    const now = hoursBeforeDue(0);
    expect(stepsAfter(movedDueAt, now, POLICY).map((s) => s.level)).toEqual(['left_12h', 'left_6h', 'left_2h', 'overdue_0']);
  });

  it('schedules only the next overdue alert when the new deadline is already past', () => {
    expect(summary(stepsAfter(DUE_AT, hoursBeforeDue(-12), POLICY))).toEqual([
      ['overdue_3', '2026-10-28T01:00:00.000Z', 'channel+dpo+contacts'],
    ]);
  });
});

describe('nextOverdueStep', () => {
  it.each([
    ['overdue_0', 'overdue_1', '2026-10-27T13:00:00.000Z', -6],
    ['overdue_1', 'overdue_2', '2026-10-27T19:00:00.000Z', -12],
    ['overdue_9', 'overdue_10', '2026-10-29T19:00:00.000Z', -60],
  ])('after %s comes %s at %s', (after, level, fireAt, hoursLeft) => {
    const next = nextOverdueStep(DUE_AT, after, POLICY);
    expect(next).toMatchObject({ level, kind: 'overdue', hoursLeft, audience: ['channel', 'dpo', 'contacts'] });
    expect(next.fireAt.toISOString()).toBe(fireAt);
  });

  it('follows the policy’s repeat interval', () => {
    const next = nextOverdueStep(DUE_AT, 'overdue_2', { ...POLICY, overdueRepeatHours: 4 });
    expect(next.fireAt.toISOString()).toBe('2026-10-27T19:00:00.000Z');
  });

  it('refuses a level that is not an overdue one', () => {
    expect(() => nextOverdueStep(DUE_AT, 'left_2h', POLICY)).toThrow(RangeError);
  });
});

describe('collapseDueSteps', () => {
  it('sends only the latest of the steps that came due while the service was down', () => {
    const [, left48, left24, left12, left6] = initialSteps(DUE_AT, hoursBeforeDue(72), POLICY);
    const { send, superseded } = collapseDueSteps([left12, left48, left6, left24]);
    expect(send.level).toBe('left_6h');
    expect(superseded.map((s) => s.level)).toEqual(['left_12h', 'left_48h', 'left_24h']);
  });

  it('sends a single due step as it is', () => {
    const [logged] = initialSteps(DUE_AT, hoursBeforeDue(72), POLICY);
    expect(collapseDueSteps([logged])).toEqual({ send: logged, superseded: [] });
  });

  it('refuses an empty list', () => {
    expect(() => collapseDueSteps([])).toThrow(RangeError);
  });
});
