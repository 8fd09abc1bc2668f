import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../database/bigint-as-number.js';
import type { OutboxPayload } from './escalation-message.js';

/** pending: to be delivered; sent: delivered once; held: recorded while Slack was off, never sent. */
export type OutboxState = 'pending' | 'sent' | 'held';

/**
 * A message written in the same transaction as the change that caused it and delivered afterwards, so a
 * crash or a Slack outage delays it and never loses it.
 */
@Entity('outbox')
@Check('outbox_state_check', `state IN ('pending','sent','held')`)
@Index('outbox_pending_idx', ['nextAttemptAt'], { where: `state = 'pending'` })
@Index('outbox_incident_pending_idx', ['incidentId', 'id'], { where: `state = 'pending'` })
export class OutboxMessage {
  @PrimaryColumn('bigint', { transformer: bigintAsNumber, generated: 'increment' })
  id: number;

  @Column('uuid', { name: 'incident_id' })
  @ForeignKey('incidents', { name: 'outbox_incident_id_fkey' })
  incidentId: string;

  @Column('jsonb')
  payload: OutboxPayload;

  @Column('text')
  state: OutboxState;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt: Date;

  /** Another sender may not take the message before this. */
  @Column('timestamptz', { name: 'lease_until', nullable: true })
  leaseUntil: Date | null;

  /** Set while an attempt's outcome is unknown (a crash, a lost answer): the next try looks before posting again. */
  @Column('timestamptz', { name: 'attempt_started_at', nullable: true })
  attemptStartedAt: Date | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;

  @Column('text', { name: 'slack_channel', nullable: true })
  slackChannel: string | null;

  @Column('text', { name: 'slack_ts', nullable: true })
  slackTs: string | null;
}
