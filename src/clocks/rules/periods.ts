// Deadline arithmetic on UTC instants: elapsed hours ignore DST, months follow the calendar. Pure.

export type Period = { hours: number } | { months: number };

const MS_PER_HOUR = 3_600_000;

/** Elapsed time: 72 h is exactly 259 200 s whatever the wall clocks do (leap seconds ignored, as by JavaScript). */
export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * MS_PER_HOUR);
}

/** Same day of month and time of day in UTC, clamped to the target month's last day: 31 Jan → 28 (or 29) Feb. */
export function addCalendarMonths(instant: Date, months: number): Date {
  const year = instant.getUTCFullYear();
  const month = instant.getUTCMonth() + months;
  const lastDayOfTargetMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(instant.getTime());
  result.setUTCFullYear(year, month, Math.min(instant.getUTCDate(), lastDayOfTargetMonth));
  return result;
}

export function addPeriod(instant: Date, period: Period): Date {
  return 'hours' in period ? addHours(instant, period.hours) : addCalendarMonths(instant, period.months);
}
