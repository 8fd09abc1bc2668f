import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NoticeState } from './lifecycle/index.js';
import type { NoticeKind, NoticeLanguage } from './render/index.js';

@Entity('notices')
export class Notice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'incident_id' })
  incidentId: string;

  @Column('text')
  kind: NoticeKind;

  @Column('text')
  language: NoticeLanguage;

  @Column('text')
  state: NoticeState;

  /** The version of the body; every edit adds one (notice_versions keeps them all). */
  @Column('int')
  version: number;

  @Column('text')
  title: string;

  /** Markdown. */
  @Column('text')
  body: string;

  @Column('text', { name: 'body_hash' })
  bodyHash: string;

  @Column('text', { name: 'reasons_for_delay', nullable: true })
  reasonsForDelay: string | null;

  /** The clock this notice meets once sent: 'gdpr_art33', 'gdpr_art34', 'processor_to_controller:0'. */
  @Column('text', { name: 'clock_key' })
  clockKey: string;

  /** Art. 33(4): the sent authority notice this one completes. */
  @Column('uuid', { name: 'supplement_to', nullable: true })
  supplementTo: string | null;

  @Column('int', { name: 'approved_version', nullable: true })
  approvedVersion: number | null;

  @Column('text', { name: 'approved_hash', nullable: true })
  approvedHash: string | null;

  @Column('text', { name: 'approved_by', nullable: true })
  approvedBy: string | null;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  @Column('text', { name: 'rejected_reason', nullable: true })
  rejectedReason: string | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;

  @Column('text', { nullable: true })
  channel: string | null;

  /** E.g. the registration number ANSPDCP gave the notification. */
  @Column('text', { name: 'external_reference', nullable: true })
  externalReference: string | null;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
