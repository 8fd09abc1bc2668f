import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Assessment, Decision } from '../risk/assessment.js';

/** A DPO's decision in place of the engine's, with the written justification the law expects. */
export interface RiskOverride extends Omit<Decision, 'notifyControllers'> {
  justification: string;
  by: string;
  byName: string;
  at: string;
  /** The assessment version the DPO looked at; later versions carry the override forward. */
  madeOnVersion: number;
}

/**
 * This version would drop a duty (a notice no longer owed, a clock no longer required). Until a DPO confirms
 * it, `held` stays the decision in force (the previous one, with any duty this version raises added) and
 * the clocks in `heldClocks` keep running.
 */
export interface PendingDowngrade {
  /** One plain sentence per dropped duty or clock, e.g. "notify the authority (ANSPDCP): yes → no". */
  drops: string[];
  held: Decision;
  heldClocks: string[];
}

/** A DPO confirmed a downgrade, with the written justification; the confirmed version is named. */
export interface DowngradeConfirmation {
  confirmsVersion: number;
  justification: string;
  by: string;
  byName: string;
  at: string;
}

/** One version of an incident's risk assessment: the engine's result, and a DPO override beside it. */
@Entity('assessments')
@Unique('assessments_incident_id_version_key', ['incidentId', 'version'])
export class AssessmentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'incident_id' })
  // Checked at commit (migration 0005); an intake writes its assessment and its incident in one statement.
  @ForeignKey('incidents', { name: 'assessments_incident_id_fkey', deferrable: 'INITIALLY DEFERRED' })
  incidentId: string;

  @Column('int')
  version: number;

  @Column('jsonb')
  result: Assessment;

  @Column('jsonb', { nullable: true })
  override: RiskOverride | null;

  @Column('jsonb', { name: 'pending_downgrade', nullable: true })
  pendingDowngrade: PendingDowngrade | null;

  @Column('jsonb', { nullable: true })
  confirmation: DowngradeConfirmation | null;

  /** What made this version: 'intake', 'facts_changed', 'reassess', 'override', 'downgrade_confirmed'. */
  @Column('text')
  trigger: string;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}

/** What a version's decision in force is read from (its engine's decision, an override, a held downgrade). */
export type DecisionRecord = Pick<AssessmentRecord, 'incidentId' | 'override' | 'pendingDowngrade'> & { result: Decision };
