import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Assessment, RiskLevel } from '../risk/assessment.js';

/** A DPO's decision in place of the engine's, with the written justification the law expects. */
export interface RiskOverride {
  riskLevel: RiskLevel;
  notifyAuthority: boolean;
  notifyDataSubjects: boolean;
  justification: string;
  by: string;
  byName: string;
  at: string;
  /** The assessment version the DPO looked at; later versions carry the override forward. */
  madeOnVersion: number;
}

/** One version of an incident's risk assessment: the engine's result, and a DPO override beside it. */
@Entity('assessments')
@Unique('assessments_incident_id_version_key', ['incidentId', 'version'])
export class AssessmentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'incident_id' })
  // Checked at commit: an intake writes its assessment before its incident (migration 0005).
  @ForeignKey('incidents', { name: 'assessments_incident_id_fkey', deferrable: 'INITIALLY DEFERRED' })
  incidentId: string;

  @Column('int')
  version: number;

  @Column('jsonb')
  result: Assessment;

  @Column('jsonb', { nullable: true })
  override: RiskOverride | null;

  /** What made this version: 'intake', 'facts_changed', 'reassess', 'override'. */
  @Column('text')
  trigger: string;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
