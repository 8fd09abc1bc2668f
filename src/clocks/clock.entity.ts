import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Decision } from '../risk/assessment.js';
import type { ClockNoticeKind, ClockRegime, ClockSpec } from './rules/clock-spec.js';

/** The decision a clock was computed under, kept for the alerts it sends. */
export interface ClockDecision extends Omit<Decision, 'notifyControllers'> {
  overridden: boolean;
}

@Entity('clocks')
@Unique('clocks_incident_id_key_key', ['incidentId', 'key'])
export class Clock {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'incident_id' })
  // Checked at commit (migration 0005); an intake writes its clocks and its incident in one statement.
  @ForeignKey('incidents', { name: 'clocks_incident_id_fkey', deferrable: 'INITIALLY DEFERRED' })
  incidentId: string;

  @Column('text')
  key: string;

  @Column('text')
  regime: ClockRegime;

  @Column('text')
  recipient: string;

  @Column('text', { name: 'notice_kind', nullable: true })
  noticeKind: ClockNoticeKind;

  @Column('text', { name: 'legal_basis' })
  legalBasis: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt: Date;

  @Column('timestamptz', { name: 'due_at' })
  dueAt: Date;

  /** Whether the rules require it (false, e.g., when the risk is unlikely); `ruleReason` says why not. */
  @Column('boolean')
  required: boolean;

  @Column('text', { name: 'rule_reason', nullable: true })
  ruleReason: string | null;

  @Column('timestamptz', { name: 'met_at', nullable: true })
  metAt: Date | null;

  /** A person recorded that this clock needs no notice (audited). */
  @Column('text', { name: 'not_required_reason', nullable: true })
  notRequiredReason: string | null;

  @Column('text', { name: 'stopped_by', nullable: true })
  stoppedBy: string | null;

  @Column('jsonb', { nullable: true })
  decision: ClockDecision | null;
}

/** A clock as the console's board shows it (the most urgent one owing of each incident). */
export type OwingClockRow = Pick<Clock, 'incidentId' | 'key' | 'legalBasis' | 'recipient' | 'dueAt'>;

export function specOf(clock: Clock): ClockSpec {
  return {
    key: clock.key,
    regime: clock.regime,
    recipient: clock.recipient,
    noticeKind: clock.noticeKind,
    legalBasis: clock.legalBasis,
    startsAt: clock.startsAt,
    dueAt: clock.dueAt,
    required: clock.required,
    notRequiredReason: clock.ruleReason ?? undefined,
  };
}

/** Stopped: met, or a person said no notice is needed. A stopped clock sends no more alerts. */
export function isStopped(clock: Clock): boolean {
  return clock.metAt !== null || clock.notRequiredReason !== null;
}

export function isRunningDuty(clock: Clock): boolean {
  return clock.required && !isStopped(clock);
}
