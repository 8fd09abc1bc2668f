import { Check, Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { OrganisationSettings } from './organisation.js';

/** A single row: Breach Desk serves one controller per deployment. */
@Entity('organisation')
@Check('organisation_id_check', `id = 1`)
export class OrganisationRow {
  @PrimaryColumn('int')
  id: number;

  @Column('jsonb')
  settings: OrganisationSettings;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
