// Dates in TZ_DISPLAY local time, UTC on hover; countdowns driven by one shared 1 s ticker so a board of
// a thousand rows schedules one timer, not a thousand.
import { useSyncExternalStore } from 'react';
import { useLocale, type Language } from './i18n';

const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, timeZone: string, withSeconds = false): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${withSeconds}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'ro' ? 'ro-RO' : 'en-GB', {
      timeZone,
      dateStyle: 'medium',
      timeStyle: withSeconds ? 'medium' : 'short',
    });
    formats.set(key, format);
  }
  return format;
}

export function formatInstant(iso: string, language: Language, timeZone: string): string {
  return dateFormat(language, timeZone).format(new Date(iso));
}

export function formatNumber(n: number, language: Language): string {
  return new Intl.NumberFormat(language === 'ro' ? 'ro-RO' : 'en-GB').format(n);
}

/** An instant in the display zone, with the UTC instant on hover and in the markup. */
export function Time({ iso, className }: { iso: string | null | undefined; className?: string }) {
  const { language, timeZone } = useLocale();
  if (!iso) return <span className={className}>—</span>;
  return (
    <time
      className={className}
      dateTime={iso}
      title={`${new Date(iso)
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC')}`}
    >
      {formatInstant(iso, language, timeZone)}
    </time>
  );
}

/** hh:mm (or "3 d 04:05" past a day) of a span of milliseconds. */
export function formatSpan(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hh = String(Math.floor((minutes % 1440) / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return days ? `${days} d ${hh}:${mm}` : `${hh}:${mm}`;
}

export type Urgency = 'calm' | 'amber' | 'red' | 'overdue';

/** Amber under 24 h, red under 6 h, overdue past the deadline. */
export function urgencyOf(msLeft: number): Urgency {
  if (msLeft < 0) return 'overdue';
  if (msLeft < 6 * 3_600_000) return 'red';
  if (msLeft < 24 * 3_600_000) return 'amber';
  return 'calm';
}

/** Minutes left until `due` (negative past it); re-renders its caller only when that number changes. */
export function useMinutesLeft(due: number): number {
  return useSyncExternalStore(subscribe, () => Math.floor((due - now) / 60_000));
}

/** A live countdown to a deadline, shown as hh:mm: amber under 24 h, red under 6 h, overdue in red with how long. */
export function Countdown({ dueAt }: { dueAt: string }) {
  const { t } = useLocale();
  const minutes = useMinutesLeft(Date.parse(dueAt));
  const left = minutes * 60_000;
  const urgency = urgencyOf(left);
  // Overdue by 5 minutes is 5 minutes past, not the floor's 6.
  const span = formatSpan(urgency === 'overdue' ? left + 60_000 : left);
  return (
    <span className={`countdown ${urgency}`} data-urgency={urgency}>
      {urgency === 'overdue' ? t.overdueBy(span) : `${t.dueIn} ${span}`}
    </span>
  );
}

/** The offset (ms) of `timeZone` from UTC at the instant `utcMs`. */
function offsetAt(utcMs: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - Math.floor(utcMs / 1000) * 1000;
}

/** A datetime-local value ("2026-10-24T09:30"), read as wall-clock time in `timeZone`, as a UTC ISO instant. */
export function localInputToIso(value: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return undefined;
  const wall = Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5]);
  // Twice: the offset can differ on either side of a DST change.
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone)).toISOString();
}

/** A UTC ISO instant as a datetime-local value in `timeZone`. */
export function isoToLocalInput(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  return new Date(ms + offsetAt(ms, timeZone)).toISOString().slice(0, 16);
}
