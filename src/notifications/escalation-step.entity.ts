import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { bigintAsNumber } from '../database/bigint-as-number.js';
import type { EscalationAudience } from '../organisation/escalation-policy.js';
import type { EscalationKind } from './policy/escalation-steps.js';

export type StepState = 'pending' | 'sent' | 'superseded' | 'cancelled';

/** One alert a clock is due to get. Unique per (clock, level, the deadline it was planned for). */
@Entity('escalation_steps')
@Check('escalation_steps_kind_check', `kind IN ('logged','reminder','overdue')`)
@Check('escalation_steps_state_check', `state IN ('pending','sent','superseded','cancelled')`)
@Unique('escalation_steps_clock_id_level_clock_due_at_key', ['clockId', 'level', 'clockDueAt'])
// The scheduler's only question, "what is due next?", stays an index lookup however large history grows.
@Index('escalation_steps_due_idx', ['fireAt'], { where: `state = 'pending'` })
export class EscalationStepRow {
  @PrimaryColumn('bigint', { transformer: bigintAsNumber, generated: 'increment' })
  id: number;

  @Column('uuid', { name: 'clock_id' })
  @ForeignKey('clocks', { name: 'escalation_steps_clock_id_fkey' })
  clockId: string;

  /** The clock's key, which never changes: the timeline names the clock without reading the clocks table. */
  @Column('text', { name: 'clock_key' })
  clockKey: string;

  @Column('uuid', { name: 'incident_id' })
  // Checked at commit: an intake plans its alerts before its incident (migration 0005).
  @ForeignKey('incidents', { name: 'escalation_steps_incident_id_fkey', deferrable: 'INITIALLY DEFERRED' })
  incidentId: string;

  @Column('text')
  level: string;

  @Column('text')
  kind: EscalationKind;

  @Column('timestamptz', { name: 'clock_due_at' })
  clockDueAt: Date;

  @Column('timestamptz', { name: 'fire_at' })
  fireAt: Date;

  @Column('text', { array: true })
  audience: EscalationAudience[];

  @Column('text')
  state: StepState;

  @Column('timestamptz', { name: 'processed_at', nullable: true })
  processedAt: Date | null;

  @Column('bigint', { name: 'outbox_id', nullable: true, transformer: bigintAsNumber })
  outboxId: number | null;
}
