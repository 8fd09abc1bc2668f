import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../database/bigint-as-number.js';
import type { EscalationAudience } from './policy/escalation-policy.js';
import type { EscalationKind } from './policy/escalation-steps.js';

export type StepState = 'pending' | 'sent' | 'superseded' | 'cancelled';

/** One alert a clock is due to get. Unique per (clock, level, the deadline it was planned for). */
@Entity('escalation_steps')
export class EscalationStepRow {
  @PrimaryColumn('bigint', { transformer: bigintAsNumber, generated: 'increment' })
  id: number;

  @Column('uuid', { name: 'clock_id' })
  clockId: string;

  @Column('uuid', { name: 'incident_id' })
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
