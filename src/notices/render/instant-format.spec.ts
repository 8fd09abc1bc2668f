import { instantParts, longDate } from './instant-format.js';

describe('instantParts', () => {
  it('shows Bucharest winter time as UTC+02:00', () => {
    expect(instantParts(new Date('2026-03-10T08:15:00Z'), 'Europe/Bucharest')).toEqual({
      utc: '2026-03-10 08:15',
      local: '2026-03-10 10:15',
      offset: 'UTC+02:00',
    });
  });

  it('shows Bucharest summer time as UTC+03:00', () => {
    expect(instantParts(new Date('2026-07-01T21:30:00Z'), 'Europe/Bucharest')).toEqual({
      utc: '2026-07-01 21:30',
      local: '2026-07-02 00:30',
      offset: 'UTC+03:00',
    });
  });

  it('writes a zero offset in full', () => {
    expect(instantParts(new Date('2026-01-01T00:00:00Z'), 'UTC').offset).toBe('UTC+00:00');
  });
});

describe('longDate', () => {
  it('names the local day, which may differ from the UTC day', () => {
    const lateEvening = new Date('2026-03-10T23:15:00Z');
    expect(longDate(lateEvening, 'Europe/Bucharest', 'ro-RO')).toBe('11 martie 2026');
    expect(longDate(lateEvening, 'Europe/Bucharest', 'en-GB')).toBe('11 March 2026');
  });
});
