// Instants shown as wall-clock time in a zone (TZ_DISPLAY, default Europe/Bucharest). Pure: Intl only.

export type Language = 'en' | 'ro';

interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC, e.g. 120 for Bucharest in winter. */
  offsetMinutes: number;
}

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;

const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

const toTheSecond = (epochMs: number): number => Math.floor(epochMs / MS_PER_SECOND) * MS_PER_SECOND;

/**
 * Milliseconds the zone's wall clock is ahead of UTC at an instant, to the second (local mean times included), as Intl
 * tells it: exact, and the costliest call on an intake's path.
 */
function offsetFromIntl(epochMs: number, timeZone: string): number {
  const parts = Object.fromEntries(
    wallClockFormatter(timeZone)
      .formatToParts(epochMs)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  ) as Omit<WallClock, 'offsetMinutes'>;
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - toTheSecond(epochMs);
}

// The offset is asked of Intl once per hour (UTC) and zone, and kept when it is the same at both ends of that hour:
// no zone changes its offset twice within an hour, so it is then the offset at every instant in between. An hour with
// a change in it is kept as such (CHANGES_WITHIN), and each of its instants asks Intl. A miss costs two questions
// instead of one; the intake (now), a page of the list (recent instants) and the register (in order of awareness)
// mostly hit.
const OFFSET_SPAN_MS = 60 * MS_PER_MINUTE;
const MAX_KEPT_OFFSETS = 20_000;
const CHANGES_WITHIN = Number.NaN;
const keptOffsets = new Map<string, number>();

function offsetAt(epochMs: number, timeZone: string): number {
  const span = Math.floor(epochMs / OFFSET_SPAN_MS);
  const key = `${timeZone} ${span}`;
  let kept = keptOffsets.get(key);
  if (kept === undefined) {
    const first = offsetFromIntl(span * OFFSET_SPAN_MS, timeZone);
    kept = first === offsetFromIntl((span + 1) * OFFSET_SPAN_MS - MS_PER_SECOND, timeZone) ? first : CHANGES_WITHIN;
    if (keptOffsets.size >= MAX_KEPT_OFFSETS) keptOffsets.clear();
    keptOffsets.set(key, kept);
  }
  return Number.isNaN(kept) ? offsetFromIntl(epochMs, timeZone) : kept;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const offset = offsetAt(instant.getTime(), timeZone);
  const local = new Date(toTheSecond(instant.getTime()) + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    offsetMinutes: Math.round(offset / MS_PER_MINUTE),
  };
}

/** The calendar year at that instant in the zone (a reference number's year). */
export function yearIn(instant: Date, timeZone: string): number {
  return wallClock(instant, timeZone).year;
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const magnitude = Math.abs(offsetMinutes);
  return `${sign}${twoDigits(Math.floor(magnitude / 60))}:${twoDigits(magnitude % 60)}`;
}

/** ISO 8601 local time with its offset, to the second: "2026-10-27T09:00:00+02:00". */
export function formatLocal(instant: Date, timeZone: string): string {
  const t = wallClock(instant, timeZone);
  const date = `${String(t.year).padStart(4, '0')}-${twoDigits(t.month)}-${twoDigits(t.day)}`;
  const time = `${twoDigits(t.hour)}:${twoDigits(t.minute)}:${twoDigits(t.second)}`;
  return `${date}T${time}${formatOffset(t.offsetMinutes)}`;
}

const MONTH_NAMES: Record<Language, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ro: [
    'ianuarie',
    'februarie',
    'martie',
    'aprilie',
    'mai',
    'iunie',
    'iulie',
    'august',
    'septembrie',
    'octombrie',
    'noiembrie',
    'decembrie',
  ],
};

/** For people: "27 Oct 2026, 09:00 (UTC+02:00)" / "27 octombrie 2026, 09:00 (UTC+02:00)". */
export function formatHuman(instant: Date, timeZone: string, language: Language): string {
  const t = wallClock(instant, timeZone);
  const date = `${t.day} ${MONTH_NAMES[language][t.month - 1]} ${t.year}`;
  return `${date}, ${twoDigits(t.hour)}:${twoDigits(t.minute)} (UTC${formatOffset(t.offsetMinutes)})`;
}

const DURATION_WORDS: Record<Language, { units: readonly [string, string, string]; overdueBy: string }> = {
  en: { units: ['d', 'h', 'm'], overdueBy: 'overdue by' },
  ro: { units: ['z', 'h', 'min'], overdueBy: 'depășit cu' },
};

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/**
 * Time left on a clock, to the minute: 93784 → "1d 2h 3m", −93784 → "overdue by 1d 2h 3m".
 * Leading zero units are dropped ("2h 0m"), inner ones kept ("1d 0h 5m") so a countdown keeps its shape;
 * under a minute reads "< 1m" rather than a misleading "0m".
 */
export function formatDuration(seconds: number, language: Language): string {
  if (!Number.isFinite(seconds)) throw new RangeError(`not a duration: ${seconds}`);
  const words = DURATION_WORDS[language];
  const magnitude = formatMagnitude(Math.abs(seconds), words.units);
  return seconds < 0 ? `${words.overdueBy} ${magnitude}` : magnitude;
}

function formatMagnitude(seconds: number, units: readonly [string, string, string]): string {
  const totalMinutes = Math.floor(seconds / 60);
  if (totalMinutes === 0) return `< 1${units[2]}`;
  const amounts = [
    Math.floor(totalMinutes / MINUTES_PER_DAY),
    Math.floor((totalMinutes % MINUTES_PER_DAY) / MINUTES_PER_HOUR),
    totalMinutes % MINUTES_PER_HOUR,
  ];
  const largest = amounts.findIndex((amount) => amount > 0);
  return amounts
    .slice(largest)
    .map((amount, i) => `${amount}${units[largest + i]}`)
    .join(' ');
}

/** An IANA zone name this runtime knows ("Europe/Bucharest"); offsets like "+02:00" are not zones. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    wallClockFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}
