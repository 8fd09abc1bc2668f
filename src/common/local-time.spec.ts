import { formatDuration, formatHuman, formatLocal, isValidTimeZone, yearIn } from './local-time.js';

const BUCHAREST = 'Europe/Bucharest';

describe('formatLocal', () => {
  it.each([
    ['2026-10-27T07:00:00Z', BUCHAREST, '2026-10-27T09:00:00+02:00'],
    ['2026-07-01T07:00:00Z', BUCHAREST, '2026-07-01T10:00:00+03:00'],
    // 25 Oct 2026, 04:00 summer time → 03:00 winter time: the hour before and the hour after
    ['2026-10-25T00:30:00Z', BUCHAREST, '2026-10-25T03:30:00+03:00'],
    ['2026-10-25T01:30:00Z', BUCHAREST, '2026-10-25T03:30:00+02:00'],
    ['2026-10-26T22:00:00Z', BUCHAREST, '2026-10-27T00:00:00+02:00'],
    ['2026-10-27T07:00:00Z', 'UTC', '2026-10-27T07:00:00+00:00'],
    ['2026-10-27T07:00:00Z', 'America/New_York', '2026-10-27T03:00:00-04:00'],
    ['2026-10-27T07:00:00Z', 'Asia/Kathmandu', '2026-10-27T12:45:00+05:45'],
  ])('shows %s in %s as %s', (instant, zone, expected) => {
    expect(formatLocal(new Date(instant), zone)).toBe(expected);
  });

  it('keeps seconds and drops milliseconds', () => {
    expect(formatLocal(new Date('2026-10-27T07:00:07.999Z'), BUCHAREST)).toBe('2026-10-27T09:00:07+02:00');
  });

  it('names the same instant as its UTC form', () => {
    const instant = new Date('2026-03-29T00:59:59Z');
    expect(new Date(formatLocal(instant, BUCHAREST)).getTime()).toBe(instant.getTime());
  });
});

describe('formatHuman', () => {
  it.each([
    ['2026-10-27T07:00:00Z', 'en', '27 Oct 2026, 09:00 (UTC+02:00)'],
    ['2026-10-27T07:00:00Z', 'ro', '27 octombrie 2026, 09:00 (UTC+02:00)'],
    ['2026-08-03T21:05:00Z', 'en', '4 Aug 2026, 00:05 (UTC+03:00)'],
    ['2026-08-03T21:05:00Z', 'ro', '4 august 2026, 00:05 (UTC+03:00)'],
  ] as const)('shows %s in %s as %s', (instant, language, expected) => {
    expect(formatHuman(new Date(instant), BUCHAREST, language)).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each([
    [93784, 'en', '1d 2h 3m'],
    [93784, 'ro', '1z 2h 3min'],
    [-93784, 'en', 'overdue by 1d 2h 3m'],
    [-93784, 'ro', 'depășit cu 1z 2h 3min'],
    [7380, 'en', '2h 3m'],
    [7200, 'en', '2h 0m'],
    [86700, 'en', '1d 0h 5m'],
    [180, 'en', '3m'],
    [59, 'en', '< 1m'],
    [-59, 'en', 'overdue by < 1m'],
    [0, 'ro', '< 1min'],
  ] as const)('%i s in %s reads %s', (seconds, language, expected) => {
    expect(formatDuration(seconds, language)).toBe(expected);
  });

  it('refuses a non-number', () => {
    expect(() => formatDuration(Number.NaN, 'en')).toThrow(RangeError);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Bucharest', true],
    ['UTC', true],
    ['Europe/Atlantis', false],
    ['+02:00', false],
    ['', false],
  ])('%s → %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe('yearIn', () => {
  // Half past midnight on New Year's Day in Bucharest is still the old year in UTC.
  const newYearInBucharest = new Date('2026-12-31T22:30:00Z');

  it('is the calendar year in the given zone', () => {
    expect(yearIn(newYearInBucharest, 'Europe/Bucharest')).toBe(2027);
    expect(yearIn(newYearInBucharest, 'UTC')).toBe(2026);
  });
});
