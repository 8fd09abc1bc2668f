import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import type { AffectedController, IncidentFacts, IncidentRole, InventoryFacts, RiskFacts } from '../risk/facts.js';
import type { NoticeFacts } from '../risk/notice-facts.js';

export const INCIDENT_STATES = ['open', 'closed'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

export const CLOSE_CATEGORIES = ['resolved', 'not_a_personal_data_breach', 'duplicate', 'false_positive'] as const;
export type CloseCategory = (typeof CLOSE_CATEGORIES)[number];

/** Facts kept as one JSON document: they are read and written whole, and grow with the contract. */
export type StoredFacts = Omit<RiskFacts, 'role'> &
  NoticeFacts &
  Pick<IncidentFacts, 'sectors' | 'regime' | 'nis2Classification' | 'doraClassification'> &
  InventoryFacts & {
    affectedControllers?: AffectedController[];
  };

@Entity('incidents')
@Check('incidents_title_check', `length(title) BETWEEN 1 AND 200`)
@Check('incidents_role_check', `role IN ('controller','processor')`)
@Check('incidents_state_check', `state IN ('open','closed')`)
@Check('incidents_close_category_check', `close_category IN ('resolved','not_a_personal_data_breach','duplicate','false_positive')`)
@Check('incidents_check', `(state = 'closed') = (closed_at IS NOT NULL)`)
@Check(
  'incidents_acknowledged_check',
  `(acknowledged_by IS NULL) = (acknowledged_at IS NULL) AND (acknowledged_by IS NULL) = (acknowledged_by_name IS NULL)`,
)
@Unique('incidents_reference_key', ['reference'])
// (state,) aware_at DESC, reference DESC INCLUDE (title), written in migration 0150: @Index can state neither order nor INCLUDE.
@Index('incidents_state_aware_reference_idx', { synchronize: false })
@Index('incidents_aware_reference_idx', { synchronize: false })
export class Incident {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Operator classes (trigrams, migration 0120; text_pattern_ops for prefixes, 0150), which @Index cannot state.
  /** BR-YYYY-NNNN, gapless per year. */
  @Index('incidents_reference_trgm_idx', { synchronize: false })
  @Index('incidents_reference_pattern_idx', { synchronize: false })
  @Column('text')
  reference: string;

  // Trigram (GIN) indexes for the list's search, written in migration 0120: TypeORM cannot state an operator class.
  @Index('incidents_title_trgm_idx', { synchronize: false })
  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text')
  role: IncidentRole;

  @Column('text')
  state: IncidentState;

  /** Art. 33(1): the clocks count from awareness, not from occurrence. */
  @Column('timestamptz', { name: 'aware_at' })
  awareAt: Date;

  @Column('timestamptz', { name: 'occurred_at', nullable: true })
  occurredAt: Date | null;

  @Column('timestamptz', { name: 'detected_at', nullable: true })
  detectedAt: Date | null;

  @Column('jsonb')
  facts: StoredFacts;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column('text', { name: 'close_category', nullable: true })
  closeCategory: CloseCategory | null;

  @Column('text', { name: 'close_reason', nullable: true })
  closeReason: string | null;

  /** Who first took the incident on (an actor id, "user:<uuid>"); a later acknowledgement by another is a note. */
  @Column('text', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy: string | null;

  @Column('text', { name: 'acknowledged_by_name', nullable: true })
  acknowledgedByName: string | null;

  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt: Date | null;

  @VersionColumn()
  version: number;
}

/** An open incident as the console's board lists it. */
export type OpenIncident = Pick<
  Incident,
  'id' | 'reference' | 'title' | 'awareAt' | 'acknowledgedBy' | 'acknowledgedByName' | 'acknowledgedAt'
>;

export function incidentFacts(incident: Incident): IncidentFacts {
  // The title first (stored facts never hold one: a literal that starts with a spread gets maps of its own on Node 20,
  // docs/benchmarks.md, eleventh session); the incident's own columns still override whatever the facts hold.
  return {
    title: incident.title,
    ...incident.facts,
    description: incident.description ?? undefined,
    role: incident.role,
    awareAt: incident.awareAt,
    occurredAt: incident.occurredAt ?? undefined,
    detectedAt: incident.detectedAt ?? undefined,
  };
}
