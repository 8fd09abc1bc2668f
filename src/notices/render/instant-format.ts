// Times in notices: the authority wants both UTC and local time with its offset, so nobody has to guess
// which one a figure is. Kept private to the renderer on purpose.

export interface InstantParts {
  /** "2026-03-10 08:15" */
  utc: string;
  /** "2026-03-10 10:15" in the given zone */
  local: string;
  /** "UTC+02:00" */
  offset: string;
}

export function instantParts(instant: Date, timeZone: string): InstantParts {
  const local = wallClock(instant, timeZone);
  return { utc: wallClock(instant, 'UTC').dateTime, local: local.dateTime, offset: local.offset };
}

/** A date as people write it, e.g. "10 martie 2026", in the given zone. */
export function longDate(instant: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(instant);
}

function wallClock(instant: Date, timeZone: string): { dateTime: string; offset: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  // ICU writes a zero offset as a bare "GMT".
  const offset = part('timeZoneName').replace('GMT', 'UTC');
  return {
    dateTime: `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`,
    offset: offset === 'UTC' ? 'UTC+00:00' : offset,
  };
}
