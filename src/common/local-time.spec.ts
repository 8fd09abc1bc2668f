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

// The zone's offset is kept per hour (Intl is slow); whatever is kept, every instant must read as Intl
// reads it, around offset changes too, in zones with odd offsets, changes of 30 minutes, a skipped day and
// local mean time before standard time.
describe('formatLocal against Intl, instant by instant', () => {
  // Sweden's format is ISO's with a space: the wall clock as Intl reads it, and the offset that follows from it.
  const intlReading = (instant: Date, timeZone: string): string => {
    const wall = instant.toLocaleString('sv-SE', { timeZone }).replace(' ', 'T');
    const aheadMinutes = Math.round((Date.parse(`${wall}Z`) - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
    const hhmm = `${String(Math.floor(Math.abs(aheadMinutes) / 60)).padStart(2, '0')}:${String(Math.abs(aheadMinutes) % 60).padStart(2, '0')}`;
    return `${wall}${aheadMinutes < 0 ? '-' : '+'}${hhmm}`;
  };
  const STEP_MS = 7 * 60_000 + 13_000;
  // 36 hours around the change, and the seconds on either side of it
  const around = (iso: string): Date[] => [
    ...Array.from({ length: Math.ceil((36 * 3_600_000) / STEP_MS) }, (_, n) => new Date(Date.parse(iso) - 18 * 3_600_000 + n * STEP_MS)),
    ...[-1_000, 0, 1_000, 29_000].map((ms) => new Date(Date.parse(iso) + ms)),
  ];

  it.each([
    [BUCHAREST, '2026-03-29T01:00:00Z'],
    [BUCHAREST, '2026-10-25T01:00:00Z'],
    [BUCHAREST, '1891-10-01T00:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'],
    ['Asia/Kathmandu', '1986-01-01T00:00:00Z'],
    ['America/St_Johns', '2026-11-01T04:30:00Z'],
    ['Europe/Dublin', '2026-10-25T01:00:00Z'],
    ['Pacific/Apia', '2011-12-30T10:00:00Z'],
    // changes off the hour: −00:44:30 to UTC at 00:44:30 UTC; +00:19:32 to +00:20 at 23:40:28 UTC
    ['Africa/Monrovia', '1972-01-07T00:44:30Z'],
    ['Europe/Amsterdam', '1937-06-30T23:40:28Z'],
    ['UTC', '2026-10-25T01:00:00Z'],
  ])('reads every instant in %s around %s as Intl does', (zone, change) => {
    for (const instant of around(change)) {
      expect(formatLocal(instant, zone)).toBe(intlReading(instant, zone));
    }
  });

  it('reads instants spread over two and a half centuries as Intl does', () => {
    let seed = 20261202;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const from = Date.parse('1850-01-01T00:00:00Z');
    const to = Date.parse('2100-01-01T00:00:00Z');
    for (let n = 0; n < 2_000; n++) {
      const instant = new Date(from + Math.floor(random() * (to - from)));
      expect(formatLocal(instant, BUCHAREST)).toBe(intlReading(instant, BUCHAREST));
    }
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
