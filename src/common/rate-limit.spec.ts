import { afterFailure, lockoutSecondsLeft } from './rate-limit.js';

const LIMITS = { failures: 3, periodMs: 60_000, lockoutMs: 600_000 };

describe('afterFailure', () => {
  it('keeps the failures within the period and adds this one', () => {
    expect(afterFailure([0, 30_000], 70_000, LIMITS)).toEqual({ failures: [30_000, 70_000], lockedUntil: null });
  });

  it('locks out at the limit within the period and forgets the failures that did it', () => {
    expect(afterFailure([10_000, 30_000], 50_000, LIMITS)).toEqual({ failures: [], lockedUntil: 650_000 });
  });

  it('does not count a failure exactly one period old', () => {
    expect(afterFailure([0, 30_000], 60_000, LIMITS).lockedUntil).toBeNull();
  });
});

describe('lockoutSecondsLeft', () => {
  it('rounds up while a lockout lasts and is null once it ended or when there is none', () => {
    expect(lockoutSecondsLeft(10_500, 9_000)).toBe(2);
    expect(lockoutSecondsLeft(10_000, 10_000)).toBeNull();
    expect(lockoutSecondsLeft(null, 0)).toBeNull();
  });
});
