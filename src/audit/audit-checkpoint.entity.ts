import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../database/bigint-as-number.js';

/** A signed statement of the audit chain's length and head hash (migration 1764000000091). */
@Entity('audit_checkpoints')
@Check('audit_checkpoints_entries_not_negative', `"entries" >= 0`)
export class AuditCheckpoint {
  @PrimaryColumn('bigint', { transformer: bigintAsNumber, generated: 'identity' })
  id: number;

  @Column('timestamptz')
  at: Date;

  @Column('bigint', { transformer: bigintAsNumber })
  entries: number;

  @Column('text', { name: 'head_hash' })
  headHash: string;

  @Column('text', { name: 'key_id' })
  keyId: string;

  @Column('text')
  signature: string;
}
