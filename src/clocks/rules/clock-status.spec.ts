import { type ClockInput, type ClockSpec } from './clock-spec.js';
import { DEFAULT_CLOCK_SETTINGS } from '../../organisation/organisation.js';
import { clockStatus } from './clock-status.js';
import { computeClocks } from './compute-clocks.js';

const BUCHAREST = 'Europe/Bucharest';
const HOUR_MS = 3_600_000;

function art33For(input: Partial<ClockInput>): ClockSpec {
  const clocks = computeClocks({
    awareAt: new Date('2026-10-24T10:00:00+03:00'),
    role: 'controller',
    sectors: [],
    assessment: null,
    metAt: {},
    settings: DEFAULT_CLOCK_SETTINGS,
    ...input,
  });
  return clocks.find((c) => c.key === 'gdpr_art33')!;
}

const art33 = art33For({});
const hoursBeforeDue = (hours: number): Date => new Date(art33.dueAt.getTime() - hours * HOUR_MS);

describe('clockStatus', () => {
  it('shows the deadline in UTC and in Bucharest time, winter offset after summer time ended', () => {
    const status = clockStatus(art33, {}, new Date('2026-10-24T08:00:00Z'), BUCHAREST);
    expect(status.dueAt).toBe('2026-10-27T07:00:00.000Z');
    expect(status.dueAtLocal).toBe('2026-10-27T09:00:00+02:00');
  });

  it('runs with the time left until the deadline', () => {
    const now = new Date(hoursBeforeDue(26).getTime() - 3 * 60_000 - 4000);
    expect(clockStatus(art33, {}, now, BUCHAREST)).toMatchObject({
      state: 'running',
      late: false,
      secondsLeft: 93784,
      timeLeft: '1d 2h 3m',
    });
  });

  it('speaks Romanian when asked', () => {
    expect(clockStatus(art33, {}, hoursBeforeDue(5), BUCHAREST, 'ro').timeLeft).toBe('5h 0min');
  });

  it('is missed at the deadline itself when nothing was sent', () => {
    expect(clockStatus(art33, {}, art33.dueAt, BUCHAREST)).toMatchObject({ state: 'missed', late: true, secondsLeft: 0 });
  });

  it('is missed at once when awareness is backdated beyond the window', () => {
    const now = new Date('2026-11-02T10:00:00Z');
    const backdated = art33For({ awareAt: new Date('2026-10-28T10:00:00Z') });
    expect(clockStatus(backdated, {}, now, BUCHAREST)).toMatchObject({
      state: 'missed',
      late: true,
      secondsLeft: -48 * 3600,
      timeLeft: 'overdue by 2d 0h 0m',
    });
  });

  it('is met on time when the notice went out before the deadline, with the time that was left frozen', () => {
    const status = clockStatus(art33, { metAt: hoursBeforeDue(5) }, new Date('2026-12-01T00:00:00Z'), BUCHAREST);
    expect(status).toMatchObject({ state: 'met', late: false, secondsLeft: 5 * 3600, timeLeft: '5h 0m' });
  });

  it('is met but late when the notice went out after the deadline', () => {
    const status = clockStatus(art33, { metAt: hoursBeforeDue(-3) }, new Date('2026-12-01T00:00:00Z'), BUCHAREST);
    expect(status).toMatchObject({ state: 'met', late: true, secondsLeft: -3 * 3600, timeLeft: 'overdue by 3h 0m' });
  });

  it('is not required when the risk is unlikely, whatever the time', () => {
    const unlikely = art33For({ assessment: { riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false } });
    const status = clockStatus(unlikely, {}, hoursBeforeDue(-100), BUCHAREST);
    expect(status).toMatchObject({ state: 'not_required', late: false, secondsLeft: 0, timeLeft: '' });
    expect(status.notRequiredReason).toBe(unlikely.notRequiredReason);
  });

  it('is not required when the team recorded why no notice is needed', () => {
    const status = clockStatus(art33, { notRequiredReason: 'not a significant incident' }, hoursBeforeDue(-1), BUCHAREST);
    expect(status).toMatchObject({ state: 'not_required', late: false, notRequiredReason: 'not a significant incident' });
  });

  it('stays met, and not late, when a notice sent after the deadline turns out not to have been required', () => {
    const stop = { metAt: hoursBeforeDue(-3), notRequiredReason: 'reassessed: risk unlikely' };
    const status = clockStatus(art33, stop, hoursBeforeDue(-10), BUCHAREST);
    expect(status).toMatchObject({ state: 'met', late: false });
  });
});
