import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../database/bigint-as-number.js';

/** One line of the append-only, hash-chained audit log. A trigger refuses UPDATE and DELETE. */
@Entity('audit_log')
@Index('audit_log_entity_idx', ['entityType', 'entityId'])
export class AuditEntry {
  @PrimaryColumn('bigint', { transformer: bigintAsNumber })
  id: number;

  @Column('timestamptz')
  at: Date;

  /** Who acted: "user:<uuid>", "slack:<id>", "system". */
  @Column('text')
  actor: string;

  @Column('text', { name: 'actor_name' })
  actorName: string;

  @Column('text')
  action: string;

  @Column('text', { name: 'entity_type' })
  entityType: string;

  @Column('text', { name: 'entity_id' })
  entityId: string;

  @Column('jsonb', { nullable: true })
  before: object | null;

  @Column('jsonb', { nullable: true })
  after: object | null;

  @Column('text', { name: 'prev_hash' })
  prevHash: string;

  @Column('text')
  hash: string;
}
