import { audienceAt, DEFAULT_ESCALATION_POLICY, type EscalationPolicy, validateEscalationPolicy } from './escalation-policy.js';

describe('audienceAt', () => {
  it.each([
    [72, ['channel']],
    [12.5, ['channel']],
    [12, ['channel', 'dpo']],
    [2.5, ['channel', 'dpo']],
    [2, ['channel', 'dpo', 'contacts']],
    [0, ['channel', 'dpo', 'contacts']],
    [-30, ['channel', 'dpo', 'contacts']],
  ])('with %d h left mentions %j', (hoursLeft, audience) => {
    expect(audienceAt(hoursLeft, DEFAULT_ESCALATION_POLICY)).toEqual(audience);
  });

  it('reaches the escalation contacts once overdue even when they are set to hear only then', () => {
    const policy = { ...DEFAULT_ESCALATION_POLICY, dpoFromHoursLeft: 0, contactsFromHoursLeft: 0 };
    expect(audienceAt(1, policy)).toEqual(['channel']);
    expect(audienceAt(-0.1, policy)).toEqual(['channel', 'dpo', 'contacts']);
  });
});

describe('validateEscalationPolicy', () => {
  it('accepts the default policy', () => {
    expect(validateEscalationPolicy(DEFAULT_ESCALATION_POLICY)).toEqual([]);
  });

  it('accepts a policy with no reminders at all', () => {
    expect(validateEscalationPolicy({ ...DEFAULT_ESCALATION_POLICY, reminderHoursLeft: [] })).toEqual([]);
  });

  it('names every bad field once', () => {
    const policy: EscalationPolicy = {
      reminderHoursLeft: [24, 0, -1, 24, Number.NaN],
      overdueRepeatHours: 0,
      dpoFromHoursLeft: -1,
      contactsFromHoursLeft: Infinity,
    };
    expect(validateEscalationPolicy(policy)).toEqual([
      { field: 'reminderHoursLeft[1]', problem: 'must be a positive number of hours' },
      { field: 'reminderHoursLeft[2]', problem: 'must be a positive number of hours' },
      { field: 'reminderHoursLeft[3]', problem: 'repeats 24: each reminder needs its own threshold' },
      { field: 'reminderHoursLeft[4]', problem: 'must be a positive number of hours' },
      { field: 'overdueRepeatHours', problem: 'must be a positive number of hours' },
      { field: 'dpoFromHoursLeft', problem: 'must be 0 or more hours' },
      { field: 'contactsFromHoursLeft', problem: 'must be 0 or more hours' },
      { field: 'contactsFromHoursLeft', problem: expect.stringContaining('must not exceed dpoFromHoursLeft') },
    ]);
  });

  it('refuses escalation contacts told before the DPO', () => {
    expect(validateEscalationPolicy({ ...DEFAULT_ESCALATION_POLICY, dpoFromHoursLeft: 6, contactsFromHoursLeft: 12 })).toEqual([
      {
        field: 'contactsFromHoursLeft',
        problem: 'must not exceed dpoFromHoursLeft: the DPO hears of a clock before the escalation contacts do',
      },
    ]);
  });
});
