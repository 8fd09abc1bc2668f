// Where a clock stands at `now`. Pure.
import { formatDuration, formatLocal, type Language } from '../../common/local-time.js';
import type { ClockSpec } from './clock-spec.js';

export const CLOCK_STATES = ['running', 'met', 'missed', 'not_required'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

/** What stopped the clock, if anything: the notice went out, or someone recorded why none is needed. */
export interface ClockStop {
  metAt?: Date;
  notRequiredReason?: string;
}

export interface ClockStatus {
  state: ClockState;
  /** A required clock whose deadline passed before it was met, or is still unmet. */
  late: boolean;
  /** UTC ISO 8601 */
  dueAt: string;
  /** ISO 8601 in the display zone, with its offset */
  dueAtLocal: string;
  /**
   * Seconds to the deadline: from now while unmet (negative when overdue), frozen at metAt once met
   * (negative when met late), 0 when not required.
   */
  secondsLeft: number;
  /** secondsLeft for people ("1d 2h 3m", "overdue by 5h 0m"); empty when not required. */
  timeLeft: string;
  notRequiredReason?: string;
}

/** A duty not met and not waived: running until its deadline, missed from then on. */
export function owingState(dueAt: Date, now: Date): 'running' | 'missed' {
  return now >= dueAt ? 'missed' : 'running';
}

export function clockStatus(spec: ClockSpec, stop: ClockStop, now: Date, timeZone: string, language: Language = 'en'): ClockStatus {
  const due = { dueAt: spec.dueAt.toISOString(), dueAtLocal: formatLocal(spec.dueAt, timeZone) };
  const isDuty = spec.required && stop.notRequiredReason === undefined;
  const leftAt = (instant: Date): Pick<ClockStatus, 'secondsLeft' | 'timeLeft'> => {
    const secondsLeft = Math.floor((spec.dueAt.getTime() - instant.getTime()) / 1000);
    return { secondsLeft, timeLeft: formatDuration(secondsLeft, language) };
  };

  // A notice that went out stays on record as met, even when later judged not required; it can't be late then.
  if (stop.metAt) {
    return { state: 'met', late: isDuty && stop.metAt > spec.dueAt, ...due, ...leftAt(stop.metAt) };
  }
  if (!isDuty) {
    const notRequiredReason = stop.notRequiredReason ?? spec.notRequiredReason;
    return { state: 'not_required', late: false, ...due, secondsLeft: 0, timeLeft: '', notRequiredReason };
  }
  const state = owingState(spec.dueAt, now);
  return { state, late: state === 'missed', ...due, ...leftAt(now) };
}
