import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { IncidentFacts } from '../risk/facts.js';
import type { NoticeState } from './lifecycle/index.js';
import type { NoticeKind, NoticeLanguage, OrganisationProfile } from './render/index.js';

// The unnamed checks of migration 0003 carry PostgreSQL's names (notices_check, notices_check1, …), in order.
@Entity('notices')
@Check('notices_kind_check', `kind IN ('authority','data_subjects','controller')`)
@Check('notices_language_check', `language IN ('ro','en')`)
@Check('notices_state_check', `state IN ('draft','submitted','approved','rejected','sent')`)
@Check('notices_version_check', `version >= 1`)
@Check('notices_check', `reasons_for_delay IS NULL OR kind = 'authority'`)
// Named by migration 0050 (it was notices_check1).
@Check('notices_supplement_to_check', `supplement_to IS NULL OR kind = 'authority'`)
@Check('notices_recipient_count_check', `recipient_count IS NULL OR recipient_count >= 0`)
// The DPO approves a text: an approval stands only for the version and words it was given on.
@Check('notices_check2', `(state IN ('approved','sent')) = (approved_hash IS NOT NULL)`)
@Check(
  'notices_check3',
  `approved_hash IS NULL OR (approved_hash = body_hash AND approved_version = version AND approved_by IS NOT NULL AND approved_at IS NOT NULL)`,
)
@Check('notices_check4', `(state = 'sent') = (sent_at IS NOT NULL AND channel IS NOT NULL AND external_reference IS NOT NULL)`)
@Index('notices_incident_idx', ['incidentId', 'createdAt'])
export class Notice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'incident_id' })
  @ForeignKey('incidents', { name: 'notices_incident_id_fkey' })
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
  @ForeignKey('notices', { name: 'notices_supplement_to_fkey' })
  supplementTo: string | null;

  @Column('int', { name: 'approved_version', nullable: true })
  approvedVersion: number | null;

  @Column('text', { name: 'approved_hash', nullable: true })
  approvedHash: string | null;

  @Column('text', { name: 'approved_by', nullable: true })
  approvedBy: string | null;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  /** Set only when the approver wrote the text themselves (the organisation allows single-person approval): why. */
  @Column('text', { name: 'approved_single_person_reason', nullable: true })
  approvedSinglePersonReason: string | null;

  /** Set with an approval: true when the DPO confirmed it with a TOTP or recovery code (console step-up). */
  @Column('boolean', { name: 'approved_with_second_factor', nullable: true })
  approvedWithSecondFactor: boolean | null;

  @Column('text', { name: 'rejected_reason', nullable: true })
  rejectedReason: string | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;

  @Column('text', { nullable: true })
  channel: string | null;

  /** E.g. the registration number ANSPDCP gave the notification. */
  @Column('text', { name: 'external_reference', nullable: true })
  externalReference: string | null;

  /** The operator's identity the draft was written with: a supplement keeps it (Art. 33(4)). */
  @Column('jsonb', { name: 'organisation_snapshot', nullable: true })
  organisationSnapshot: OrganisationProfile | null;

  /** The incident's facts the draft was written from: a supplement says what changed since. */
  @Column('jsonb', { name: 'facts_snapshot', nullable: true })
  factsSnapshot: IncidentFacts | null;

  /** A letter to the people: how many it reached, recorded when sent (ANSPDCP form, section 2). */
  @Column('int', { name: 'recipient_count', nullable: true })
  recipientCount: number | null;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
