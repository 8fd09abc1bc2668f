import { MAX_SLEEP_MS, WAKE_GATHER_MS, nextRoundIn } from './dispatch-rounds.js';

describe('nextRoundIn', () => {
  const complete = { queued: 3, complete: true };
  const cutShort = { queued: 200, complete: false };

  it('sleeps until the next alert falls due, at most MAX_SLEEP_MS, or that long when none is pending', () => {
    expect(nextRoundIn(complete, 1_234)).toBe(1_234);
    expect(nextRoundIn(complete, 3_600_000)).toBe(MAX_SLEEP_MS);
    expect(nextRoundIn(complete, null)).toBe(MAX_SLEEP_MS);
  });

  it('gathers what fell due during a round that took everything due when it began', () => {
    expect(nextRoundIn(complete, 0)).toBe(WAKE_GATHER_MS);
    expect(nextRoundIn(complete, -40)).toBe(WAKE_GATHER_MS);
  });

  it('comes back sooner than a gathering for what a round could not take, but never spins', () => {
    const again = nextRoundIn(cutShort, -40);
    expect(again).toBeLessThan(WAKE_GATHER_MS);
    expect(again).toBeGreaterThan(0);
  });
});
